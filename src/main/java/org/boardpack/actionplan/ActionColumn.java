package org.boardpack.actionplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.boardpack.input.ColumnSpec;

/** The action-plan columns of the brief, with the aliases officers commonly use. */
public enum ActionColumn implements ColumnSpec {

	REF("ref", true, "action ref", "reference", "no", "action no", "ref no"),
	SECTION("section", true, "section no", "section number", "priority"),
	SECTION_TITLE("section_title", false, "section name", "priority area", "section heading"),
	ACTION("action", true, "action description", "description"),
	OWNER("owner", true, "lead", "lead officer", "responsible officer", "action owner"),
	START_DATE("start_date", false, "start", "planned start"),
	DUE_DATE("due_date", true, "target date", "deadline", "completion date", "original due date"),
	REVISED_DUE_DATE("revised_due_date", false, "revised target date", "revised date", "revised due"),
	STATUS("status", true, "progress status"),
	RAG("rag", false, "rag rating", "rag status", "owner rag", "owner's rag", "owners rag"),
	PERCENT_COMPLETE("percent_complete", false, "% complete", "progress", "percent", "percentage complete"),
	LAST_UPDATED("last_updated", false, "updated", "date updated", "date of last update"),
	UPDATE("update", false, "progress update", "commentary", "latest update", "last update"),
	UPDATE_THIS_MONTH("update_this_month", false, "this month's update", "new update"),
	EVIDENCE("evidence", false, "evidence of impact", "impact"),
	BOARD_ASK("board_ask", false, "ask of the board", "help needed", "asks of the board"),
	THEME("theme", false, "priority theme", "plan priority");

	private final String canonical;

	private final boolean required;

	private final List<String> aliases;

	ActionColumn(String canonical, boolean required, String... aliases) {
		this.canonical = canonical;
		this.required = required;
		this.aliases = List.of(aliases);
	}

	/** Every header the columns are known by, with the authority's own aliases. */
	public static List<String> headers(Map<String, List<String>> extraAliases) {
		List<String> headers = new ArrayList<>();
		for (ActionColumn column : values()) {
			headers.add(column.canonical);
			headers.addAll(column.aliases);
			headers.addAll(extraAliases.getOrDefault(column.canonical, List.of()));
		}
		return headers;
	}

	@Override
	public String canonical() {
		return this.canonical;
	}

	@Override
	public boolean required() {
		return this.required;
	}

	@Override
	public List<String> aliases() {
		return this.aliases;
	}

}
