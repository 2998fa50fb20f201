package org.boardpack.actionplan;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.boardpack.input.Dates;

/** Assesses actions as at a date against the template's {@link RagRules}. */
public final class ActionAssessor {

	private final RagRules rules;

	private final LocalDate asAt;

	private final Map<Integer, String> sectionTitles;

	/**
	 * @param sectionTitles headings by section number from the template, for plans that
	 * give none
	 */
	public ActionAssessor(RagRules rules, LocalDate asAt, Map<Integer, String> sectionTitles) {
		this.rules = rules;
		this.asAt = asAt;
		this.sectionTitles = sectionTitles;
	}

	public AssessedAction assess(Action action, DueDateHistory history) {
		LocalDate effectiveDue = action.effectiveDueDate();
		LocalDate firstDue = (history.firstDueDate() != null) ? history.firstDueDate() : action.dueDate();
		boolean done = action.status().done();
		int daysOverdue = done ? 0 : daysAfter(this.asAt, effectiveDue);
		int daysOverdueOriginal = done ? 0 : daysAfter(this.asAt, firstDue);
		int slippedDays = daysAfter(effectiveDue, firstDue);
		int dateMoves = dateMoves(firstDue, history.effectiveDueDates(), effectiveDue);
		Integer daysSinceUpdate = (action.lastUpdated() != null) ? (int) DAYS.between(action.lastUpdated(), this.asAt)
				: null;
		boolean stale = !done && !notYetDue(action)
				&& (daysSinceUpdate == null || daysSinceUpdate > this.rules.staleAfterDays());
		Rag derived;
		String reason;
		if (done) {
			derived = Rag.BLUE;
			reason = (action.status() == Status.EMBEDDED) ? "Embedded: evidence of impact accepted" : "Complete";
		}
		else if (daysOverdue > 0) {
			derived = Rag.RED;
			reason = "Past its due date of " + Dates.uk(effectiveDue) + " by " + days(daysOverdue);
		}
		else {
			List<String> amber = amberReasons(action, effectiveDue, firstDue, stale, daysSinceUpdate);
			derived = amber.isEmpty() ? Rag.GREEN : Rag.AMBER;
			List<String> said = amber.isEmpty() ? new ArrayList<>(List.of("on track for " + Dates.uk(effectiveDue)))
					: amber;
			// Blank (or unreadable, and so left blank), the start date cannot make the
			// action Amber: the reader should know a rule was not applied, not that it
			// passed.
			if (action.status() == Status.NOT_STARTED && action.startDate() == null) {
				said.add("no start date given, so a late start cannot be judged");
			}
			reason = capitalise(String.join("; ", said));
		}
		String challenge = (Disagreement.of(action.ownerRag(), derived, done) == Disagreement.OWNER_ROSIER)
				? "Owner rates " + action.ownerRag().label() + "; the rules give " + derived.label() + ": "
						+ Character.toLowerCase(reason.charAt(0)) + reason.substring(1)
				: null;
		String sectionTitle = (action.sectionTitle() != null) ? action.sectionTitle()
				: this.sectionTitles.getOrDefault(action.section(), "Section " + action.section());
		return new AssessedAction(action, sectionTitle, effectiveDue, firstDue, daysOverdue, daysOverdueOriginal,
				slippedDays, dateMoves, stale, daysSinceUpdate, derived, reason, challenge);
	}

	private List<String> amberReasons(Action action, LocalDate effectiveDue, LocalDate firstDue, boolean stale,
			Integer daysSinceUpdate) {
		List<String> reasons = new ArrayList<>();
		int daysToGo = (int) DAYS.between(this.asAt, effectiveDue);
		int percent = (action.percentComplete() != null) ? action.percentComplete() : 0;
		if (daysToGo <= this.rules.dueSoonDays() && percent < this.rules.dueSoonBelowPercent()) {
			reasons.add("due " + Dates.uk(effectiveDue) + " (in " + days(daysToGo) + ") and "
					+ ((action.percentComplete() != null) ? percent + "% complete" : "no % complete reported"));
		}
		if (action.status() == Status.ON_HOLD && this.rules.amberWhenOnHold()) {
			reasons.add("on hold");
		}
		if (stale) {
			reasons.add((daysSinceUpdate != null) ? "no update for " + days(daysSinceUpdate) : "no update recorded");
		}
		if (action.status() == Status.NOT_STARTED && action.startDate() != null
				&& DAYS.between(action.startDate(), this.asAt) > this.rules.startGraceDays()) {
			reasons.add("not started; planned to start " + Dates.uk(action.startDate()));
		}
		if (this.rules.amberWhenSlipped() && effectiveDue.isAfter(firstDue)) {
			reasons.add("due date moved from " + Dates.uk(firstDue) + " to " + Dates.uk(effectiveDue));
		}
		return reasons;
	}

	/** Not started and not yet meant to have: nothing to update on. */
	private boolean notYetDue(Action action) {
		return action.status() == Status.NOT_STARTED
				&& (action.startDate() == null || action.startDate().isAfter(this.asAt));
	}

	/**
	 * Changes along first due date, each stored month's effective date, then this
	 * month's.
	 */
	static int dateMoves(LocalDate firstDue, List<LocalDate> storedEffective, LocalDate effectiveDue) {
		int moves = 0;
		LocalDate previous = firstDue;
		List<LocalDate> sequence = new ArrayList<>(storedEffective);
		sequence.add(effectiveDue);
		for (LocalDate date : sequence) {
			if (!date.equals(previous)) {
				moves++;
			}
			previous = date;
		}
		return moves;
	}

	private static int daysAfter(LocalDate later, LocalDate earlier) {
		return (int) Math.max(0, DAYS.between(earlier, later));
	}

	private static String days(int days) {
		return days + ((days == 1) ? " day" : " days");
	}

	private static String capitalise(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
