package org.boardpack.input;

import java.util.List;

/**
 * A column a file of some kind is expected to have: its canonical name, whether it is
 * required, its aliases.
 */
public interface ColumnSpec {

	/** The canonical name from the brief, e.g. {@code due_date}. */
	String canonical();

	boolean required();

	/** Other headers officers commonly use for this column, e.g. "target date". */
	List<String> aliases();

	/**
	 * Whether values are personal data (a child's case reference): never quoted in
	 * messages or logs.
	 */
	default boolean personal() {
		return false;
	}

}
