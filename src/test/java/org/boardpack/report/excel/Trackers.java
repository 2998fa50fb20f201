package org.boardpack.report.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.boardpack.pack.BoardPack;

/** Renders trackers for tests and finds things in them. */
final class Trackers {

	/**
	 * The row (zero based) of every listing's header, under the title line and an empty
	 * row.
	 */
	static final int HEADER = 2;

	private Trackers() {
	}

	static byte[] render(BoardPack pack) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			new ExcelTracker().render(pack, out, Files.createTempDirectory("tracker-test"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * Opens a tracker as Excel would, through POI's full model (its zip-bomb limits on).
	 */
	static XSSFWorkbook open(byte[] tracker) {
		try {
			return new XSSFWorkbook(new ByteArrayInputStream(tracker));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A listing's columns by header. */
	static Map<String, Integer> columns(Sheet sheet) {
		Map<String, Integer> columns = new HashMap<>();
		sheet.getRow(HEADER).forEach((cell) -> columns.put(cell.getStringCellValue(), cell.getColumnIndex()));
		return columns;
	}

	/** The listing's row whose first cell is the given text. */
	static Row row(Sheet sheet, String first) {
		for (int r = HEADER + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row != null && row.getCell(0) != null && first.equals(row.getCell(0).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row " + first + " on " + sheet.getSheetName());
	}

	/** The first row of the sheet, anywhere, whose first cell is the given text. */
	static Row rowAnywhere(Sheet sheet, String first) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
					&& first.equals(row.getCell(0).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row " + first + " on " + sheet.getSheetName());
	}

}
