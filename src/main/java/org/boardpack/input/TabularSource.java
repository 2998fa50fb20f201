package org.boardpack.input;

import java.io.Closeable;
import java.util.List;

/** Rows of a CSV file or an XLSX sheet, streamed one at a time. */
interface TabularSource extends Closeable {

	/** The next row, or {@code null} at the end. */
	Record next();

	/**
	 * Where the rows come from, for messages: the file name and, for a workbook, the
	 * sheet.
	 */
	String describe();

	/** Whether the rows are cells of delimited text, read with a separator. */
	default boolean delimited() {
		return false;
	}

	/**
	 * What a reader of the data quality report should know of how the file was read
	 * ("separated by semicolons"); complete once every row has been read.
	 */
	default List<String> notices() {
		return List.of();
	}

	/** SHA-256 of the file's bytes, in hex; asked once every row has been read. */
	String sha256();

	/** One physical row: the line (or sheet row) it starts on and its cells. */
	record Record(long line, String[] cells) {

		boolean blank() {
			for (String cell : this.cells) {
				if (cell != null && !cell.isBlank()) {
					return false;
				}
			}
			return true;
		}

	}

}
