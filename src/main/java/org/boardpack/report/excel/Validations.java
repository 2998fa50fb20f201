package org.boardpack.report.excel;

import java.time.LocalDate;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * The rules a column's cells keep, from a sheet's first data row to its foot (so rows
 * officers add are checked too): a dropdown of allowed values, a whole number in a range,
 * a date. A strict rule refuses another value; a lenient one warns and lets the officer
 * keep it (a new owner is not yet on the list).
 */
final class Validations {

	/** The earliest date a plan's date may take. */
	private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	/** The latest. */
	private static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

	private final Sheet sheet;

	private final DataValidationHelper helper;

	private final int firstRow;

	Validations(Sheet sheet, int firstRow) {
		this.sheet = sheet;
		this.helper = sheet.getDataValidationHelper();
		this.firstRow = firstRow;
	}

	/** A dropdown of the given values, and nothing else. */
	void choice(int column, String title, String... values) {
		add(column, this.helper.createExplicitListConstraint(values), true, title,
				"Choose one of: " + String.join(", ", values) + ".");
	}

	/**
	 * A dropdown of the values in a named range of the workbook (a list too long to spell
	 * out in the rule).
	 * @param strict whether a value not on the list is refused, or only warned about
	 */
	void fromList(int column, String title, String rangeName, boolean strict) {
		add(column, this.helper.createFormulaListConstraint(rangeName), strict, title,
				strict ? "Choose a value from the list." : "This is not on the list. Keep it only if it is right.");
	}

	/** A whole number from {@code min} to {@code max}. */
	void wholeNumber(int column, String title, int min, int max) {
		add(column,
				this.helper.createIntegerConstraint(OperatorType.BETWEEN, Integer.toString(min), Integer.toString(max)),
				true, title, "Enter a whole number from " + min + " to " + max + ".");
	}

	/** A date (as its serial number, which Excel and LibreOffice both compare). */
	void date(int column, String title) {
		add(column, this.helper.createDateConstraint(OperatorType.BETWEEN, serial(EARLIEST), serial(LATEST), null),
				true, title, "Enter a date as dd/mm/yyyy.");
	}

	private void add(int column, DataValidationConstraint constraint, boolean strict, String title, String text) {
		DataValidation validation = this.helper.createValidation(constraint,
				new CellRangeAddressList(this.firstRow, SheetWriter.LAST_ROW, column, column));
		validation.setErrorStyle(strict ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
		validation.setShowErrorBox(true);
		validation.createErrorBox(title, text);
		validation.setEmptyCellAllowed(true);
		this.sheet.addValidationData(validation);
	}

	private static String serial(LocalDate date) {
		return Long.toString((long) DateUtil.getExcelDate(date));
	}

}
