package org.boardpack.actionplan;

import java.util.List;

import org.boardpack.input.Column;
import org.boardpack.input.ColumnSpec;
import org.boardpack.input.ValueKind;

/**
 * The columns a tracker shows beside the plan's that boardpack works out itself, under
 * the headers the tracker gives them, and the ref that says which action a row is. When a
 * tracker comes back these are never read into the plan; they are only compared with what
 * the tracker showed, so the run can say which edits to them it ignored.
 */
public enum DerivedColumn implements ColumnSpec {

	REF("Ref", ValueKind.ID), EFFECTIVE_DUE_DATE("Effective due date", ValueKind.DATE),
	FIRST_DUE_DATE("First due date", ValueKind.DATE), DAYS_OVERDUE("Days overdue", ValueKind.NUMBER),
	DAYS_OVERDUE_ORIGINAL("Days overdue (first due date)", ValueKind.NUMBER),
	SLIPPED_DAYS("Slipped (days)", ValueKind.NUMBER), DATE_MOVES("Date moves", ValueKind.NUMBER),
	DAYS_SINCE_UPDATE("Days since update", ValueKind.NUMBER), STALE("Stale", ValueKind.TEXT),
	DERIVED_RAG("Derived RAG", ValueKind.TEXT), RAG_REASON("Why (derived RAG)", ValueKind.TEXT),
	RAG_CHALLENGE("RAG challenge", ValueKind.TEXT);

	/** Every worked-out column's header, in tracker order: never read as plan columns. */
	public static final List<String> HEADERS = derived().stream().map(DerivedColumn::header).toList();

	private final Column column;

	DerivedColumn(String header, ValueKind kind) {
		// The ref is found by the plan's aliases too; the worked-out columns only by
		// their header.
		this.column = "Ref".equals(header) ? new Column(header, true, kind, false, ActionColumn.REF.column().aliases())
				: Column.optional(header, kind);
	}

	/** The header the tracker gives the column. */
	public String header() {
		return this.column.canonical();
	}

	@Override
	public Column column() {
		return this.column;
	}

	/** The columns worked out, without the ref. */
	public static List<DerivedColumn> derived() {
		return List.of(values()).subList(1, values().length);
	}

}
