package org.boardpack.report.excel;

import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Sheet protection with no password, so an officer sees at once which cells are theirs:
 * the cells boardpack works out are locked (their styles say so) and officers' own are
 * open. It guards against slips, not against anyone: Review, Unprotect Sheet lifts it
 * without a password. Filtering, sorting, resizing and inserting rows stay allowed.
 */
final class Protection {

	private Protection() {
	}

	/** Protects the sheet, leaving what officers do with a tracker allowed. */
	static void lockDerived(XSSFSheet sheet) {
		sheet.enableLocking();
		sheet.lockAutoFilter(false);
		sheet.lockSort(false);
		sheet.lockFormatColumns(false);
		sheet.lockFormatRows(false);
		sheet.lockInsertRows(false);
		sheet.lockSelectLockedCells(false);
		sheet.lockSelectUnlockedCells(false);
	}

}
