package org.boardpack.report.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes a sheet from the top down, row after row, so the same code serves a streamed
 * sheet (whose written rows are gone from memory) and an ordinary one. Values are typed:
 * text stays text (never a formula), whole numbers are numbers and dates are date cells.
 */
final class SheetWriter {

	/**
	 * The last row index of an .xlsx sheet: dropdowns and colour rules run to it, to
	 * cover rows officers add.
	 */
	static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

	/**
	 * Characters Excel leaves a formula to start with: such text gets a quote prefix so
	 * it stays text.
	 */
	private static final String FORMULA_STARTS = "=+-@";

	private final Sheet sheet;

	private final Styles styles;

	private int next;

	SheetWriter(Sheet sheet, Styles styles) {
		this.sheet = sheet;
		this.styles = styles;
	}

	Sheet sheet() {
		return this.sheet;
	}

	Styles styles() {
		return this.styles;
	}

	/** The index of the row the next write goes to. */
	int row() {
		return this.next;
	}

	/** Leaves a row empty. */
	void gap() {
		this.next++;
	}

	/** One line of plain text in the first column. */
	void line(String text) {
		this.sheet.createRow(this.next++).createCell(0).setCellValue(text);
	}

	/** One line of text in the first column, in the given style. */
	void line(String text, CellStyle style) {
		Row row = this.sheet.createRow(this.next++);
		text(row, 0, text, style);
	}

	/**
	 * A label and its value, side by side; text wraps in the value's column, whose width
	 * is set first.
	 */
	void pair(String label, Object value) {
		pair(label, this.styles.strong(), value);
	}

	/** A label in the given style and its value, side by side. */
	void pair(String label, CellStyle labelStyle, Object value) {
		Row row = this.sheet.createRow(this.next++);
		text(row, 0, label, labelStyle);
		value(row, 1, value, kindOf(value), false);
		if (value instanceof String text) {
			row.setHeightInPoints(TextFit.height(TextFit.lines(text, this.sheet.getColumnWidth(1) / 256.0, false)));
		}
	}

	/**
	 * A header row and one row per item, each row as tall as its longest wrapped cell
	 * needs at the columns' widths, so no text is cut off or runs into the next row.
	 * @return the table's range, header included
	 */
	<T> CellRangeAddress table(List<Column<T>> columns, Iterable<? extends T> items) {
		int first = this.next;
		header(columns);
		for (T item : items) {
			Row row = this.sheet.createRow(this.next++);
			int lines = 1;
			for (int c = 0; c < columns.size(); c++) {
				Column<T> column = columns.get(c);
				Object value = column.value().apply(item);
				value(row, c, value, column.kind(), column.derived());
				if (column.kind() == Column.Kind.WRAP && value instanceof String text) {
					lines = Math.max(lines, TextFit.lines(text, column.width(), false));
				}
			}
			row.setHeightInPoints(TextFit.height(lines));
		}
		return new CellRangeAddress(first, this.next - 1, 0, columns.size() - 1);
	}

	private <T> void header(List<Column<T>> columns) {
		Row row = this.sheet.createRow(this.next++);
		int lines = 1;
		for (int c = 0; c < columns.size(); c++) {
			Column<T> column = columns.get(c);
			text(row, c, column.header(), this.styles.header(column.derived()));
			lines = Math.max(lines, TextFit.lines(column.header(), column.width(), true));
		}
		row.setHeightInPoints(TextFit.height(lines));
	}

	/**
	 * Opens the empty cells of the columns officers edit, below the rows written, so a
	 * row can be typed under a protected sheet's table.
	 */
	<T> void openBelow(List<Column<T>> columns) {
		for (int c = 0; c < columns.size(); c++) {
			if (!columns.get(c).derived()) {
				this.sheet.setDefaultColumnStyle(c, this.styles.entry(columns.get(c).kind()));
			}
		}
	}

	/**
	 * The sheet's full model, where its table and protection are kept even when streamed.
	 */
	XSSFSheet model() {
		if (this.sheet instanceof SXSSFSheet streamed) {
			return streamed.getWorkbook().getXSSFWorkbook().getSheet(streamed.getSheetName());
		}
		return (XSSFSheet) this.sheet;
	}

	/**
	 * Sets each column's width from the columns' spec: measuring text needs fonts and is
	 * slow.
	 */
	<T> void widths(List<Column<T>> columns) {
		for (int c = 0; c < columns.size(); c++) {
			width(c, columns.get(c).width());
		}
	}

	/** Sets a column's width in characters. */
	void width(int column, int characters) {
		this.sheet.setColumnWidth(column, characters * 256);
	}

	/**
	 * A row of text that wraps across the first columns (merged when more than one), as
	 * tall as its text needs.
	 * @param columns how many columns the text spans
	 * @param width their width together, in characters
	 */
	void wrapped(String text, CellStyle style, int columns, int width) {
		int index = this.next++;
		Row row = this.sheet.createRow(index);
		text(row, 0, text, style);
		if (columns > 1) {
			this.sheet.addMergedRegion(new CellRangeAddress(index, index, 0, columns - 1));
		}
		row.setHeightInPoints(TextFit.height(TextFit.lines(text, width, false)));
	}

	/**
	 * Writes a value typed as its column says; an empty value still gets the style, so a
	 * typed entry looks right.
	 */
	private void value(Row row, int column, Object value, Column.Kind kind, boolean derived) {
		Cell cell = row.createCell(column);
		boolean quote = value instanceof String text && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
		cell.setCellStyle(this.styles.body(kind, quote, derived));
		if (value instanceof String text) {
			cell.setCellValue(text);
		}
		else if (value instanceof LocalDate date) {
			cell.setCellValue(date);
		}
		else if (value instanceof Integer || value instanceof Long) {
			cell.setCellValue(((Number) value).longValue());
		}
		else if (value instanceof BigDecimal decimal) {
			cell.setCellValue(decimal.doubleValue());
		}
		else if (value != null) {
			throw new IllegalArgumentException("no cell type for " + value.getClass().getSimpleName());
		}
	}

	private void text(Row row, int column, String text, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(text);
		cell.setCellStyle(style);
	}

	private static Column.Kind kindOf(Object value) {
		if (value instanceof LocalDate) {
			return Column.Kind.DATE;
		}
		return (value instanceof Integer || value instanceof Long) ? Column.Kind.NUMBER : Column.Kind.WRAP;
	}

}
