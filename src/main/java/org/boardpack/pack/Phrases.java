package org.boardpack.pack;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.boardpack.actionplan.Rag;
import org.boardpack.actionplan.AssessedAction;
import org.boardpack.actionplan.Disagreement;
import org.boardpack.template.Template;

/**
 * The pack's words for an action's figures, so the PDF and the tracker say them alike:
 * plain terms a board member uses, each defined where the pack first uses it.
 */
public final class Phrases {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	private Phrases() {
	}

	/** "5.3, 6.7 and 7.3". */
	public static String and(List<String> items) {
		int last = items.size() - 1;
		return (last < 1) ? String.join("", items)
				: String.join(", ", items.subList(0, last)) + " and " + items.get(last);
	}

	/** "November 2020": a board is named by the month its pack reports on. */
	public static String month(YearMonth month) {
		return month.format(MONTH);
	}

	/**
	 * "Ciarán O’Neill" from "Ciarán O’Neill, Head of Service (...)"; a role without its
	 * brackets.
	 */
	public static String shortOwner(String owner) {
		return PlanMatters.shortOwner(owner);
	}

	/** "118 days later, once"; "never" when the date has not moved. */
	public static String dateMoved(AssessedAction a) {
		if (a.dateMoves() == 0 && !a.slipped()) {
			return "never";
		}
		String far = a.slipped() ? PlanMatters.days(a.slippedDays()) + " later, " : "";
		return far + ((a.dateMoves() > 0) ? PlanMatters.times(a.dateMoves()) : "before the first stored month");
	}

	/** Why an action is among the exceptions, in words. */
	public static String whyListed(AssessedAction a) {
		List<String> why = new ArrayList<>();
		if (a.derivedRag() == Rag.RED || a.derivedRag() == Rag.AMBER) {
			why.add(a.derivedRag().label() + ": " + PlanMatters.lower(a.ragReason()));
		}
		if (a.disagreement() == Disagreement.OWNER_ROSIER) {
			why.add("owner rates it better than the rules (" + a.action().ownerRag().label() + ")");
		}
		if (a.disagreement() == Disagreement.OWNER_GLOOMIER) {
			why.add("owner's warning: rates it " + a.action().ownerRag().label());
		}
		String text = String.join("; ", why);
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** What the exceptions are, with the terms they use. */
	public static String exceptionsNote(Template template) {
		return "Open actions that are Red (past their due date), not updated for more than "
				+ template.rag().staleAfterDays() + " days, have a due date later than first agreed, or that the owner "
				+ "rates differently from the rules: better (a challenge for the board) or worse (the owner's warning: "
				+ "the owner knows what the dates do not). RAG is what the rules in the appendix give from the dates "
				+ "and updates; owner's RAG is the owner's own. Days late count from the current due date; due date "
				+ "moved says how far it now lies after the first date agreed, and how often it has moved.";
	}

	/** What the progress table's columns mean. */
	public static String progressNote(Template template) {
		return "RAG is what the rules in the appendix give; Red means past its current due date. Due date moved: "
				+ "due later than first agreed. Not updated: open, with no update for more than "
				+ template.rag().staleAfterDays() + " days. Owner rates better: the owner's own RAG is better than the "
				+ "rules give, a challenge for the board. Owner's warning: the owner's RAG is worse than the rules give. "
				+ "Average % complete counts done actions as 100%.";
	}

	/** What the audit figures are, and the small-sample mark said once. */
	public static String auditNote(int smallSampleBelow) {
		return "Each audit counts at its moderated grade where it was moderated. A share marked "
				+ org.boardpack.audit.Share.SMALL_SAMPLE_MARK + " is of fewer than " + smallSampleBelow
				+ " audits: a small sample, to read with care.";
	}

	/** An input as the board knows it: "Action plan" for actions. */
	public static String input(String role) {
		return switch (role) {
			case "actions" -> "Action plan";
			case "audits" -> "Case audits";
			case "kpis" -> "Performance measures";
			case "transfers" -> "Case transfers";
			case "workforce" -> "Workforce and caseloads";
			default -> Character.toUpperCase(role.charAt(0)) + role.substring(1).replace('_', ' ');
		};
	}

	/**
	 * An input the run was not given: "Case audits: no file was given for this run, ...".
	 */
	public static String leftOut(org.boardpack.rejects.FileLoad file) {
		return input(file.role()) + ": no file was given for this run, so they are left out of this pack.";
	}

	/**
	 * Whether every row read is accounted for, and where officers find the rejected ones:
	 * a file's name and place are for the manifest and the tracker, not the pack.
	 */
	public static String reconciliation(List<org.boardpack.rejects.FileLoad> files) {
		List<String> lost = files.stream()
			.filter((f) -> !f.reconciles())
			.map((f) -> input(f.role()).toLowerCase(java.util.Locale.UK))
			.toList();
		String accounted = lost.isEmpty() ? "Every row read was either used or rejected."
				: "Rows are unaccounted for in the " + String.join(" and the ", lost) + ": ask the analyst who ran "
						+ "the pack.";
		long rejected = files.stream().mapToLong(org.boardpack.rejects.FileLoad::rejected).sum();
		return accounted + ((rejected == 0) ? " No row was rejected."
				: " Rejected rows are left out of every figure in this pack; officers find each, with its line and "
						+ "reason, in the rejects list sent with the tracker. Here they are counted by kind.");
	}

	/**
	 * "5 actions: 2 past their due date, 1 with its date moved, ...; 83% complete on
	 * average."
	 */
	public static String sectionLine(org.boardpack.actionplan.Tally t) {
		return plural(t.actions(), "action") + ": " + t.overdue() + " past the due date, " + t.slipped()
				+ " with the due date moved, " + t.stale() + " not updated, " + t.challenged()
				+ " rated better by the owner than by the rules, " + t.ownerWarnings() + " rated worse"
				+ ((t.meanPercent() != null) ? "; " + t.meanPercent() + "% complete on average" : "") + ".";
	}

	static String plural(int n, String noun) {
		return n + " " + noun + ((n == 1) ? "" : "s");
	}

	/** What was completed since the last board, and what its statuses mean. */
	public static String completedSince(int completed) {
		return completed(completed, "since the last board");
	}

	/** On a first pack: the actions done and last updated in the period. */
	public static String completedInPeriod(int completed) {
		return completed(completed, "this month");
	}

	private static String completed(int completed, String when) {
		if (completed == 0) {
			return "No action was completed " + when + ".";
		}
		return plural(completed, "action") + ((completed == 1) ? " was" : " were") + " completed " + when
				+ ". Complete: delivered. Embedded: delivered, and the board has accepted the evidence of impact.";
	}

}
