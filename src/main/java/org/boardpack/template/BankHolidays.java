package org.boardpack.template;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * England and Wales' bank holidays, for a template that does not list its own: the list
 * is kept as data beside this class (one ISO date a line), not in code.
 */
final class BankHolidays {

	static final List<LocalDate> ENGLAND_AND_WALES = read("bank-holidays-england-and-wales.txt");

	private BankHolidays() {
	}

	private static List<LocalDate> read(String name) {
		List<LocalDate> days = new ArrayList<>();
		try (InputStream in = BankHolidays.class.getResourceAsStream(name)) {
			BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				String date = line.replaceFirst("#.*", "").strip();
				if (!date.isEmpty()) {
					days.add(LocalDate.parse(date));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return List.copyOf(days);
	}

}
