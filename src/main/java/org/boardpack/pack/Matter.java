package org.boardpack.pack;

/**
 * Something the board should decide or challenge.
 *
 * @param kind what the board is asked to do with it
 * @param ref the action it concerns; null for a matter about the plan as a whole
 * @param title one line
 * @param detail the evidence behind it
 */
public record Matter(Kind kind, String ref, String title, String detail) {

	/** What the board is asked to do. */
	public enum Kind {

		DECIDE("Decide"), CHALLENGE("Challenge"), NOTE("Note");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
