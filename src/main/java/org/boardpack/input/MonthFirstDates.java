package org.boardpack.input;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;

/**
 * Watches a file's date columns for the sign of a file saved with US dates: every date in
 * a column is one only month first (01/31/2021). Each such date is still refused on its
 * own row, never read the US way; this says once, for the column, what to do about the
 * file.
 */
final class MonthFirstDates {

	private final int[] positions;

	private final String[] names;

	private final boolean[] months;

	private final long[] monthFirst;

	/** A column that holds a date read day first (or a month) is not a US column. */
	private final boolean[] dayFirst;

	<C extends Enum<C> & ColumnSpec> MonthFirstDates(Header<C> header, Class<C> columns) {
		List<C> dated = new ArrayList<>();
		for (C column : columns.getEnumConstants()) {
			if ((column.kind() == ValueKind.DATE || column.kind() == ValueKind.MONTH) && header.has(column)) {
				dated.add(column);
			}
		}
		this.positions = dated.stream().mapToInt(header::indexOf).toArray();
		this.names = dated.stream().map(header::textOf).toArray(String[]::new);
		this.months = new boolean[dated.size()];
		for (int i = 0; i < this.months.length; i++) {
			this.months[i] = dated.get(i).kind() == ValueKind.MONTH;
		}
		this.monthFirst = new long[dated.size()];
		this.dayFirst = new boolean[dated.size()];
	}

	void note(String[] cells) {
		for (int i = 0; i < this.positions.length; i++) {
			int at = this.positions[i];
			if (this.dayFirst[i] || at >= cells.length || cells[at] == null || cells[at].isBlank()) {
				continue;
			}
			if (Dates.monthFirstOnly(cells[at])) {
				this.monthFirst[i]++;
			}
			else if (reads(cells[at], this.months[i])) {
				this.dayFirst[i] = true;
			}
		}
	}

	private static boolean reads(String cell, boolean month) {
		try {
			if (month) {
				Months.parse(cell);
			}
			else {
				Dates.parse(cell);
			}
			return true;
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

	/** One line for each column whose every date is one only month first. */
	List<String> notices() {
		List<String> notices = new ArrayList<>();
		for (int i = 0; i < this.positions.length; i++) {
			if (!this.dayFirst[i] && this.monthFirst[i] > 0) {
				notices.add(this.names[i] + ": every date is month first (US), on "
						+ ((this.monthFirst[i] == 1) ? "the 1 row" : "all " + this.monthFirst[i] + " rows")
						+ " with one: save the file with UK dates (day first)");
			}
		}
		return notices;
	}

}
