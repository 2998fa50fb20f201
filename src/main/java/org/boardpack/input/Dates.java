package org.boardpack.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dates as officers type them: ISO (2020-06-30), UK day first (30/06/2020, 30-06-2020, 30.06.20), or written
 * out (30 June 2020). A day-first date is never read month first. Excel date cells arrive as ISO already.
 */
public final class Dates {

	private static final DateTimeFormatter UK_DISPLAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter WRITTEN = new DateTimeFormatterBuilder().parseCaseInsensitive()
		.appendPattern("[d MMMM uuuu][d MMM uuuu][d-MMM-uuuu][d-MMM-uu]")
		.toFormatter(Locale.UK);

	private static final int CACHE_LIMIT = 4096;

	// A month of audits holds few distinct dates: parse each once.
	private static final Map<String, LocalDate> CACHE = new ConcurrentHashMap<>();

	private Dates() {
	}

	/**
	 * Parses a date.
	 * @throws DateTimeException saying what is wrong with the text, to follow the quoted text ("is not a real
	 * date"), so the caller decides how much of a bad value to quote
	 */
	public static LocalDate parse(String text) {
		LocalDate cached = CACHE.get(text);
		if (cached != null) {
			return cached;
		}
		LocalDate date = parseUncached(text.strip());
		if (CACHE.size() >= CACHE_LIMIT) {
			CACHE.clear();
		}
		CACHE.put(text, date);
		return date;
	}

	private static LocalDate parseUncached(String text) {
		String date = stripMidnight(text);
		String[] parts = date.split("[-/.]");
		if (parts.length == 3 && allDigits(parts) && parts[1].length() <= 2) {
			if (parts[0].length() == 4 && parts[2].length() <= 2) {
				return of(text, number(parts[0]), number(parts[1]), number(parts[2]));
			}
			if (parts[0].length() <= 2 && (parts[2].length() == 4 || parts[2].length() == 2)) {
				int year = number(parts[2]) + ((parts[2].length() == 2) ? 2000 : 0);
				return of(text, year, number(parts[1]), number(parts[0]));
			}
		}
		try {
			return LocalDate.parse(date, WRITTEN);
		}
		catch (DateTimeParseException ex) {
			if (allDigits(new String[] { date })) {
				throw new DateTimeException("is a number, not a date (in Excel, format the column as dates)");
			}
			throw new DateTimeException("is not a date (use 30/06/2020 or 2020-06-30)");
		}
	}

	private static LocalDate of(String text, int year, int month, int day) {
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			throw new DateTimeException("is not a real date");
		}
	}

	/** "2020-06-30 00:00:00" and "30/06/2020 00:00" (a date exported with its midnight) read as the date. */
	private static String stripMidnight(String text) {
		int space = text.indexOf(' ');
		int tee = text.indexOf('T');
		int cut = (space > 0) ? space : (tee == 10 ? tee : -1);
		if (cut > 0 && text.substring(cut + 1).matches("00:00(:00(\\.0+)?)?")) {
			return text.substring(0, cut);
		}
		return text;
	}

	private static boolean allDigits(String[] parts) {
		for (String part : parts) {
			if (part.isEmpty()) {
				return false;
			}
			for (int i = 0; i < part.length(); i++) {
				if (!Character.isDigit(part.charAt(i))) {
					return false;
				}
			}
		}
		return true;
	}

	private static int number(String digits) {
		return Integer.parseInt(digits);
	}

	/** The form both outputs show dates in. */
	public static String uk(LocalDate date) {
		return (date != null) ? UK_DISPLAY.format(date) : "";
	}

}
