package org.boardpack.report.excel;

import java.util.List;
import java.util.function.Function;

/**
 * One column of a table on a sheet: its header, its width in characters, how its cells
 * look, and the value a row shows in it (text, a whole number, a date, or null for an
 * empty cell).
 *
 * @param derived whether boardpack works the value out: such a column's header looks
 * different, and on the Actions sheet its header is one the reader sets aside when a
 * tracker comes back
 */
record Column<T>(String header, int width, Kind kind, boolean derived, Function<? super T, ?> value) {

	static <T> Column<T> of(String header, int width, Kind kind, Function<? super T, ?> value) {
		return new Column<>(header, width, kind, false, value);
	}

	static <T> Column<T> derived(String header, int width, Kind kind, Function<? super T, ?> value) {
		return new Column<>(header, width, kind, true, value);
	}

	/** Where the column with this header is among the columns. */
	static <T> int indexOf(List<Column<T>> columns, String header) {
		for (int c = 0; c < columns.size(); c++) {
			if (columns.get(c).header().equals(header)) {
				return c;
			}
		}
		throw new IllegalArgumentException("no column " + header);
	}

	/** How a column's cells look. */
	enum Kind {

		/** Short text on one line. */
		TEXT,
		/** Long text, wrapped. */
		WRAP,
		/** A date cell shown dd/mm/yyyy. */
		DATE,
		/** A whole number. */
		NUMBER,
		/** A number that need not be whole (a measure's figure), shown as it is. */
		DECIMAL,
		/** A whole-number percentage shown with a % sign (the cell holds 63 for 63%). */
		PERCENT

	}

}
