package org.boardpack.input;

import java.util.List;

/**
 * One column of an input, declared once: its canonical name from the brief, whether a row
 * needs it, what it holds, whether its values are personal data, and the other headers
 * officers use for it.
 *
 * @param canonical the brief's name, e.g. {@code due_date}
 * @param required whether a row without a value is rejected (and a file without the
 * column refused)
 * @param kind what the column holds
 * @param personal whether values are personal data (a child's case reference): never
 * quoted in messages or logs
 * @param aliases other headers officers commonly use, e.g. "target date"
 */
public record Column(String canonical, boolean required, ValueKind kind, boolean personal, List<String> aliases) {

	public Column {
		aliases = List.copyOf(aliases);
	}

	public static Column required(String canonical, ValueKind kind, String... aliases) {
		return new Column(canonical, true, kind, false, List.of(aliases));
	}

	public static Column optional(String canonical, ValueKind kind, String... aliases) {
		return new Column(canonical, false, kind, false, List.of(aliases));
	}

	/** The same column, its values personal data. */
	public Column personalData() {
		return new Column(this.canonical, this.required, this.kind, true, this.aliases);
	}

}
