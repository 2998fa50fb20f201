package org.boardpack.actionplan;

import static org.boardpack.actionplan.ActionColumn.ACTION;
import static org.boardpack.actionplan.ActionColumn.BOARD_ASK;
import static org.boardpack.actionplan.ActionColumn.BOARD_DECISION;
import static org.boardpack.actionplan.ActionColumn.DECIDED_ON;
import static org.boardpack.actionplan.ActionColumn.DUE_DATE;
import static org.boardpack.actionplan.ActionColumn.EVIDENCE;
import static org.boardpack.actionplan.ActionColumn.LAST_UPDATED;
import static org.boardpack.actionplan.ActionColumn.OWNER;
import static org.boardpack.actionplan.ActionColumn.PERCENT_COMPLETE;
import static org.boardpack.actionplan.ActionColumn.RAG;
import static org.boardpack.actionplan.ActionColumn.REF;
import static org.boardpack.actionplan.ActionColumn.REVISED_DUE_DATE;
import static org.boardpack.actionplan.ActionColumn.SECTION;
import static org.boardpack.actionplan.ActionColumn.SECTION_TITLE;
import static org.boardpack.actionplan.ActionColumn.START_DATE;
import static org.boardpack.actionplan.ActionColumn.STATUS;
import static org.boardpack.actionplan.ActionColumn.THEME;
import static org.boardpack.actionplan.ActionColumn.UPDATE;
import static org.boardpack.actionplan.ActionColumn.UPDATE_THIS_MONTH;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.boardpack.input.InputRow;
import org.boardpack.input.RejectKind;
import org.boardpack.input.RowCheck;
import org.boardpack.input.SeenIds;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStream;

/**
 * Turns a row of the plan into an {@link Action}, or rejects it with every problem found.
 * A ref seen before in the file is a duplicate; the first valid row with a ref keeps it.
 */
public class ActionValidator implements ItemProcessor<InputRow<ActionColumn>, Action>, ItemStream {

	/** "3", "3.0", "Section 3" and "3. Social work practice" all name section 3. */
	private static final Pattern SECTION_NUMBER = Pattern
		.compile("(?i)^(?:section\\s*)?(\\d{1,3})(?:\\.0+)?(?:\\s*[-:.)]\\s*.*|\\s+\\D.*)?$");

	private static final int MAX_SECTION = 99;

	/** Longest ref stored. */
	private static final int MAX_REF = 100;

	private final SeenIds lineByRef = new SeenIds();

	@Override
	public void open(ExecutionContext executionContext) {
		this.lineByRef.clear();
	}

	@Override
	public Action process(InputRow<ActionColumn> row) {
		RowCheck<ActionColumn> check = new RowCheck<>(row);
		String ref = check.requiredText(REF);
		if (ref != null && ref.length() > MAX_REF) {
			check.problem(REF, RejectKind.TOO_LONG, "a ref of more than " + MAX_REF + " characters");
			ref = null;
		}
		int section = section(row, check);
		String description = check.requiredText(ACTION);
		String owner = check.requiredText(OWNER);
		LocalDate start = check.date(START_DATE);
		LocalDate due = check.requiredDate(DUE_DATE);
		LocalDate revised = check.date(REVISED_DUE_DATE);
		Status status = check.requiredChoice(STATUS, Status::parse, Status.ALLOWED);
		Rag ownerRag = check.choice(RAG, Rag::parse, Rag.ALLOWED);
		Integer percent = check.integer(PERCENT_COMPLETE, 0, 100);
		LocalDate lastUpdated = check.date(LAST_UPDATED);
		// A tracker sent back carries this month's words beside last month's: the new
		// text, when written, is the update from now on.
		String written = check.text(UPDATE_THIS_MONTH);
		String update = (written != null) ? written : check.text(UPDATE);
		String evidence = check.text(EVIDENCE);
		String boardAsk = check.text(BOARD_ASK);
		BoardDecision decision = decision(check);
		String theme = check.text(THEME);
		String sectionTitle = check.text(SECTION_TITLE);
		if (check.ok()) {
			long first = this.lineByRef.firstSeen(sameAction(ref), row.line());
			if (first >= 0) {
				check.problem(REF, RejectKind.DUPLICATE, "ref " + ref + " is already used on line " + first
						+ " (refs that differ only in leading zeros or case are the same action)");
			}
		}
		check.throwIfRejected(ref);
		return new Action(ref, section, sectionTitle, description, owner, start, due, revised, status, ownerRag,
				percent, lastUpdated, update, evidence, boardAsk, theme, decision, row.line());
	}

	/**
	 * What makes two refs one action: "01.1" and "1.1", "3.2a" and "3.2A" are read alike
	 * by people, so counting both would show the board an action twice.
	 */
	static String sameAction(String ref) {
		StringBuilder key = new StringBuilder(ref.length());
		for (int i = 0; i < ref.length(); i++) {
			boolean runStarts = i == 0 || !Character.isDigit(ref.charAt(i - 1));
			if (runStarts) {
				while (ref.charAt(i) == '0' && i + 1 < ref.length() && Character.isDigit(ref.charAt(i + 1))) {
					i++;
				}
			}
			key.append(Character.toLowerCase(ref.charAt(i)));
		}
		return key.toString();
	}

	/** The board's decision; a date with no decision is kept out, with a warning. */
	private static BoardDecision decision(RowCheck<ActionColumn> check) {
		String decision = check.text(BOARD_DECISION);
		LocalDate decidedOn = check.date(DECIDED_ON);
		if (decision != null) {
			return new BoardDecision(decision, decidedOn);
		}
		if (decidedOn != null) {
			check.leaveBlank(DECIDED_ON, RejectKind.MISSING_VALUE,
					"a date decided with no board decision written beside it");
		}
		return null;
	}

	private static int section(InputRow<ActionColumn> row, RowCheck<ActionColumn> check) {
		String value = row.get(SECTION);
		if (value == null) {
			check.missing(SECTION);
			return 0;
		}
		Matcher matcher = SECTION_NUMBER.matcher(value);
		if (!matcher.matches()) {
			check.problem(SECTION, RejectKind.INVALID_NUMBER, check.quote(SECTION, value) + " is not a section number");
			return 0;
		}
		int section = Integer.parseInt(matcher.group(1));
		if (section < 1 || section > MAX_SECTION) {
			check.problem(SECTION, RejectKind.OUT_OF_RANGE, "section " + section + " is outside 1 to " + MAX_SECTION);
			return 0;
		}
		return section;
	}

}
