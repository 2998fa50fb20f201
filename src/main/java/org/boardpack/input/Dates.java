package org.boardpack.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Dates as officers type them: ISO (2020-06-30), UK day first (30/06/2020, 30-06-2020,
 * 30.06.20), or written out (30 June 2020). A day-first date is never read month first,
 * and a date that is one only month first (01/31/2021, as an en-US Excel or LibreOffice
 * writes it) is refused, saying so: a guessed US reading would be wrong whenever the day
 * is 12 or less. Excel date cells arrive as ISO already.
 */
public final class Dates {

	private static final DateTimeFormatter UK_DISPLAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter WRITTEN = new DateTimeFormatterBuilder().parseCaseInsensitive()
		.appendPattern("[d MMMM uuuu][d MMM uuuu][d-MMM-uuuu][d-MMM-uu]")
		.toFormatter(Locale.UK);

	// Written-out dates ("30 June 2020") are rare and slow to parse: each spelling is
	// parsed once.
	private static final RecentValues<Object> WRITTEN_DATES = new RecentValues<>(Dates::parseWrittenOrReason);

	private Dates() {
	}

	/**
	 * Parses a date.
	 * @throws DateTimeException saying what is wrong with the text, to follow the quoted
	 * text ("is not a real date"), so the caller decides how much of a bad value to quote
	 */
	public static LocalDate parse(String text) {
		String date = text.strip();
		Numeric numeric = Numeric.of(date);
		if (numeric != null) {
			LocalDate monthFirst = numeric.monthFirst();
			if (monthFirst != null) {
				throw new DateTimeException(
						"looks like a month-first (US) date: write it day first, " + uk(monthFirst));
			}
			return of(numeric.year(), numeric.month(), numeric.day());
		}
		Object written = WRITTEN_DATES.get(date);
		if (written instanceof LocalDate writtenDate) {
			return writtenDate;
		}
		throw new DateTimeException((String) written);
	}

	/**
	 * Whether the text is a date only when read month first (01/31/2021): how a column of
	 * a file saved with US dates reads.
	 */
	public static boolean monthFirstOnly(String text) {
		Numeric numeric = Numeric.of(text.strip());
		return numeric != null && numeric.monthFirst() != null;
	}

	/**
	 * " 00:00", " 00:00:00", "T00:00" and the like: a date exported with its midnight.
	 */
	private static boolean isMidnight(String text, int at) {
		char separator = text.charAt(at);
		return (separator == ' ' || separator == 'T') && text.substring(at + 1).matches("00:00(:00(\\.0+)?)?");
	}

	/** A written-out date, or the reason the text is not a date. */
	private static Object parseWrittenOrReason(String text) {
		try {
			return parseWritten(text);
		}
		catch (DateTimeException ex) {
			return ex.getMessage();
		}
	}

	private static LocalDate parseWritten(String text) {
		try {
			return LocalDate.parse(text, WRITTEN);
		}
		catch (DateTimeParseException ex) {
			if (!text.isEmpty() && text.chars().allMatch(Character::isDigit)) {
				throw new DateTimeException("is a number, not a date (in Excel, format the column as dates)");
			}
			throw new DateTimeException("is not a date (use 30/06/2020 or 2020-06-30)");
		}
	}

	private static LocalDate of(int year, int month, int day) {
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			throw new DateTimeException("is not a real date");
		}
	}

	/**
	 * The common forms, read straight from their digits: three groups separated by -, /
	 * or . (year first with four digits, or day first with a two- or four-digit year),
	 * optionally followed by a midnight time.
	 *
	 * @param dayFirst whether the text put the day first (not ISO)
	 */
	private record Numeric(int year, int month, int day, boolean dayFirst) {

		/** The text's groups, or null for any other shape. */
		static Numeric of(String text) {
			int[] groups = new int[3];
			int[] digits = new int[3];
			int group = 0;
			int i = 0;
			int length = text.length();
			while (i < length && group < 3) {
				int start = i;
				int value = 0;
				while (i < length && i - start < 5 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
					value = value * 10 + (text.charAt(i) - '0');
					i++;
				}
				if (i == start) {
					return null;
				}
				groups[group] = value;
				digits[group++] = i - start;
				if (group < 3) {
					if (i >= length || "-/.".indexOf(text.charAt(i)) < 0) {
						return null;
					}
					i++;
				}
			}
			if (group < 3 || (i < length && !isMidnight(text, i)) || digits[1] > 2) {
				return null;
			}
			if (digits[0] == 4 && digits[2] <= 2) {
				return new Numeric(groups[0], groups[1], groups[2], false);
			}
			if (digits[0] <= 2 && (digits[2] == 4 || digits[2] == 2)) {
				return new Numeric(groups[2] + ((digits[2] == 2) ? 2000 : 0), groups[1], groups[0], true);
			}
			return null;
		}

		/**
		 * The date read month first, where the text put the day first but only the
		 * month-first reading is a date (its second group is above 12); else null.
		 */
		LocalDate monthFirst() {
			if (!this.dayFirst || this.month <= 12 || this.day < 1 || this.day > 12) {
				return null;
			}
			try {
				return LocalDate.of(this.year, this.day, this.month);
			}
			catch (DateTimeException ex) {
				return null;
			}
		}

	}

	/** The form both outputs show dates in. */
	public static String uk(LocalDate date) {
		return (date != null) ? UK_DISPLAY.format(date) : "";
	}

}
