package org.boardpack.actionplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.boardpack.input.Column;
import org.boardpack.input.ColumnSpec;
import org.boardpack.input.ValueKind;

/**
 * The action-plan columns of the brief, with the aliases officers commonly use, and the
 * header the tracker writes for each: one of its names, so a tracker sent back reads as
 * next month's plan.
 */
public enum ActionColumn implements ColumnSpec {

	REF("Ref", Column.required("ref", ValueKind.ID, "action ref", "reference", "no", "action no", "ref no")),
	SECTION("Section", Column.required("section", ValueKind.NUMBER, "section no", "section number", "priority")),
	SECTION_TITLE("Section title",
			Column.optional("section_title", ValueKind.TEXT, "section name", "priority area", "section heading")),
	ACTION("Action", Column.required("action", ValueKind.TEXT, "action description", "description")),
	OWNER("Owner",
			Column.required("owner", ValueKind.TEXT, "lead", "lead officer", "responsible officer", "action owner")),
	START_DATE("Start date", Column.optional("start_date", ValueKind.DATE, "start", "planned start")),
	DUE_DATE("Original due date",
			Column.required("due_date", ValueKind.DATE, "target date", "deadline", "completion date",
					"original due date")),
	REVISED_DUE_DATE("Revised due date",
			Column.optional("revised_due_date", ValueKind.DATE, "revised target date", "revised date", "revised due")),
	STATUS("Status", Column.required("status", ValueKind.CHOICE, "progress status")),
	RAG("Owner's RAG",
			Column.optional("rag", ValueKind.CHOICE, "rag rating", "rag status", "owner rag", "owner's rag",
					"owners rag")),
	PERCENT_COMPLETE("Percent complete",
			Column.optional("percent_complete", ValueKind.NUMBER, "% complete", "progress", "percent",
					"percentage complete")),
	LAST_UPDATED("Last updated",
			Column.optional("last_updated", ValueKind.DATE, "updated", "date updated", "date of last update")),
	UPDATE("Last update",
			Column.optional("update", ValueKind.TEXT, "progress update", "commentary", "latest update", "last update")),
	UPDATE_THIS_MONTH("Update this month",
			Column.optional("update_this_month", ValueKind.TEXT, "this month's update", "new update")),
	EVIDENCE("Evidence of impact", Column.optional("evidence", ValueKind.TEXT, "evidence of impact", "impact")),
	BOARD_ASK("Board ask",
			Column.optional("board_ask", ValueKind.TEXT, "ask of the board", "help needed", "asks of the board")),
	BOARD_DECISION("Board decision",
			Column.optional("board_decision", ValueKind.TEXT, "decision", "board's decision", "decision of the board")),
	DECIDED_ON("Decided on", Column.optional("decided_on", ValueKind.DATE, "date decided", "decision date")),
	THEME("Theme", Column.optional("theme", ValueKind.TEXT, "priority theme", "plan priority"));

	private final String trackerHeader;

	private final Column column;

	ActionColumn(String trackerHeader, Column column) {
		this.trackerHeader = trackerHeader;
		this.column = column;
	}

	/** The header of this column on the tracker's Actions sheet. */
	public String trackerHeader() {
		return this.trackerHeader;
	}

	/** Every header the columns are known by, with the authority's own aliases. */
	public static List<String> headers(Map<String, List<String>> extraAliases) {
		List<String> headers = new ArrayList<>();
		for (ActionColumn column : values()) {
			headers.add(column.canonical());
			headers.addAll(column.aliases());
			headers.addAll(extraAliases.getOrDefault(column.canonical(), List.of()));
		}
		return headers;
	}

	@Override
	public Column column() {
		return this.column;
	}

}
