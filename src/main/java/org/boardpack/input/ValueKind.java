package org.boardpack.input;

/** What a column holds, as the brief describes each input's columns. */
public enum ValueKind {

	/** A record's own id or reference, unique in its file. */
	ID,
	/** Free text. */
	TEXT,
	/** A whole number or a decimal. */
	NUMBER,
	/** A date: ISO, UK or an Excel date cell. */
	DATE,
	/** A month: 2021-01, Jan 2021, or a date within it. */
	MONTH,
	/** One value of a closed list (a status, a grade). */
	CHOICE,
	/** References to other records, separated by commas or semicolons. */
	REFERENCES

}
