package org.boardpack.actionplan;

import java.util.List;

import org.boardpack.input.ColumnSpec;

/**
 * The columns a tracker shows beside the plan's that boardpack works out itself, under
 * the headers the tracker gives them, and the ref that says which action a row is. When a
 * tracker comes back these are never read into the plan; they are only compared with what
 * the tracker showed, so the run can say which edits to them it ignored.
 */
public enum DerivedColumn implements ColumnSpec {

	REF("Ref", true, Kind.TEXT), EFFECTIVE_DUE_DATE("Effective due date", false, Kind.DATE),
	FIRST_DUE_DATE("First due date", false, Kind.DATE), DAYS_OVERDUE("Days overdue", false, Kind.NUMBER),
	DAYS_OVERDUE_ORIGINAL("Days overdue (first due date)", false, Kind.NUMBER),
	SLIPPED_DAYS("Slipped (days)", false, Kind.NUMBER), DATE_MOVES("Date moves", false, Kind.NUMBER),
	DAYS_SINCE_UPDATE("Days since update", false, Kind.NUMBER), STALE("Stale", false, Kind.TEXT),
	DERIVED_RAG("Derived RAG", false, Kind.TEXT), RAG_REASON("Why (derived RAG)", false, Kind.TEXT),
	RAG_CHALLENGE("RAG challenge", false, Kind.TEXT);

	private final String header;

	private final boolean required;

	private final Kind kind;

	DerivedColumn(String header, boolean required, Kind kind) {
		this.header = header;
		this.required = required;
		this.kind = kind;
	}

	/** The header the tracker gives the column. */
	public String header() {
		return this.header;
	}

	/** How its values compare: dates as dates, numbers as numbers, text as text. */
	public Kind kind() {
		return this.kind;
	}

	@Override
	public String canonical() {
		return this.header;
	}

	@Override
	public boolean required() {
		return this.required;
	}

	@Override
	public List<String> aliases() {
		return (this == REF) ? ActionColumn.REF.aliases() : List.of();
	}

	/** The columns worked out, without the ref. */
	public static List<DerivedColumn> derived() {
		return List.of(values()).subList(1, values().length);
	}

	/** How a column's values compare. */
	public enum Kind {

		TEXT, DATE, NUMBER

	}

}
