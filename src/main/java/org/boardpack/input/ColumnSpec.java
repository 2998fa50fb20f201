package org.boardpack.input;

import java.util.List;

/**
 * The columns of one kind of input file, as an enum whose constants each declare their
 * {@link Column}: {@code REF(Column.required("ref", ValueKind.ID, "action ref"))}.
 */
public interface ColumnSpec {

	Column column();

	/** The canonical name from the brief, e.g. {@code due_date}. */
	default String canonical() {
		return column().canonical();
	}

	default boolean required() {
		return column().required();
	}

	default ValueKind kind() {
		return column().kind();
	}

	/** Other headers officers commonly use for this column, e.g. "target date". */
	default List<String> aliases() {
		return column().aliases();
	}

	/**
	 * Whether values are personal data (a child's case reference): never quoted in
	 * messages or logs.
	 */
	default boolean personal() {
		return column().personal();
	}

}
