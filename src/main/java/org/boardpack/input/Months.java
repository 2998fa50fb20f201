package org.boardpack.input;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Months as performance teams write them: 2021-01, 01/2021, Jan 2021, January 2021,
 * Jan-21, or any date in the month (31/01/2021, an Excel date cell).
 */
public final class Months {

	private static final DateTimeFormatter WRITTEN = new DateTimeFormatterBuilder().parseCaseInsensitive()
		.appendPattern("[MMMM uuuu][MMM uuuu][MMM-uuuu][MMM-uu][MMMM-uu][MMM uu]")
		.toFormatter(Locale.UK);

	// A file spells its months a handful of ways down thousands of rows.
	private static final RecentValues<Object> SPELLINGS = new RecentValues<>(Months::parseOrReason);

	private Months() {
	}

	/**
	 * Parses a month.
	 * @throws DateTimeException saying what is wrong, to follow the quoted text
	 */
	public static YearMonth parse(String text) {
		Object month = SPELLINGS.get(text.strip());
		if (month instanceof YearMonth parsed) {
			return parsed;
		}
		throw new DateTimeException((String) month);
	}

	private static Object parseOrReason(String text) {
		String[] parts = text.split("[-/.]");
		if (parts.length == 2 && digits(parts[0]) && digits(parts[1])) {
			int year = Integer.parseInt((parts[0].length() == 4) ? parts[0] : parts[1]);
			int month = Integer.parseInt((parts[0].length() == 4) ? parts[1] : parts[0]);
			if ((parts[0].length() == 4) == (parts[1].length() == 4) || month < 1 || month > 12) {
				return "is not a month (write 2021-01, or a date in the month)";
			}
			return YearMonth.of(year, month);
		}
		try {
			return YearMonth.parse(text, WRITTEN);
		}
		catch (DateTimeParseException ex) {
			// not written out: a date in the month, or nothing
		}
		try {
			return YearMonth.from(Dates.parse(text));
		}
		catch (DateTimeException ex) {
			// a US date says how to write it day first, which makes it a month again
			return Dates.monthFirstOnly(text) ? ex.getMessage()
					: "is not a month (write 2021-01, or a date in the month)";
		}
	}

	private static boolean digits(String part) {
		return !part.isEmpty() && part.length() <= 4 && part.chars().allMatch(Character::isDigit);
	}

}
