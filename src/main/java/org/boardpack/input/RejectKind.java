package org.boardpack.input;

/**
 * Kinds of error a row can have, so officers can filter the rejects and fix one kind at a
 * time.
 */
public enum RejectKind {

	MISSING_VALUE("Missing value"), INVALID_DATE("Invalid date"), INVALID_NUMBER("Invalid number"),
	OUT_OF_RANGE("Out of range"), UNKNOWN_VALUE("Not an allowed value"), DUPLICATE("Duplicate"),
	MALFORMED_ROW("Malformed row"), TOO_LONG("Text too long"), UNCLEAR_VALUE("Unclear value"),

	/**
	 * Not a reject: a cell of an optional column that could not be read, so the row was
	 * loaded with that cell blank. Listed beside the rejects so officers can filter them.
	 */
	WARNING("Warning");

	private final String label;

	RejectKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
