package org.boardpack.input;

import java.math.BigDecimal;
import java.time.DateTimeException;

/**
 * What a cell holds, said without quoting it: the way to describe a row of a file with
 * personal data.
 */
enum CellKind {

	DATE("a date"), NUMBER("a number"), TEXT("text");

	private final String words;

	CellKind(String words) {
		this.words = words;
	}

	String words() {
		return this.words;
	}

	static CellKind of(String cell) {
		String value = cell.strip();
		try {
			new BigDecimal(value.endsWith("%") ? value.substring(0, value.length() - 1) : value);
			return NUMBER;
		}
		catch (NumberFormatException ex) {
			// not a number; perhaps a date
		}
		try {
			Dates.parse(value);
			return DATE;
		}
		catch (DateTimeException ex) {
			return TEXT;
		}
	}

}
