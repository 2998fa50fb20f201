package org.boardpack.report.excel;

import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFTableStyleInfo;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;

/**
 * A real Excel table over a range already written: a name officers can use in formulas
 * and pivots, filter buttons on its header and banded rows, and a range Excel grows when
 * a row is typed beneath it. Only the table's part (its range and column names) is
 * created: the rows stay where the sheet's writer put them, so a streamed sheet streams
 * as before, whatever its size.
 */
final class ExcelTable {

	/** Excel's own medium style: banded rows, no banded columns. */
	static final String STYLE = "TableStyleMedium2";

	private ExcelTable() {
	}

	/**
	 * Makes the range (its first row the header) a table.
	 * @param name the table's name, unique in the workbook: letters and digits only
	 * @param headers the header cells' text, in order: a table's column names must be the
	 * same
	 */
	static XSSFTable create(XSSFSheet sheet, String name, CellRangeAddress range, List<String> headers) {
		// A table needs a row under its header: an empty listing gets one empty row.
		int lastRow = Math.max(range.getLastRow(), range.getFirstRow() + 1);
		AreaReference area = new AreaReference(new CellReference(range.getFirstRow(), range.getFirstColumn()),
				new CellReference(lastRow, range.getLastColumn()), SpreadsheetVersion.EXCEL2007);
		XSSFTable table = sheet.createTable(area);
		table.setName(name);
		table.setDisplayName(name);
		CTTable ct = table.getCTTable();
		for (int c = 0; c < headers.size(); c++) {
			ct.getTableColumns().getTableColumnArray(c).setName(headers.get(c));
		}
		if (!ct.isSetAutoFilter()) {
			ct.addNewAutoFilter();
		}
		ct.getAutoFilter().setRef(area.formatAsString());
		ct.addNewTableStyleInfo();
		XSSFTableStyleInfo style = (XSSFTableStyleInfo) table.getStyle();
		style.setName(STYLE);
		style.setShowRowStripes(true);
		style.setShowColumnStripes(false);
		style.setFirstColumn(false);
		style.setLastColumn(false);
		return table;
	}

}
