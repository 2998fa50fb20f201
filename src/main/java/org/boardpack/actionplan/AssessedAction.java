package org.boardpack.actionplan;

import java.time.LocalDate;

/**
 * An action with what the board needs derived for it, as at a date.
 *
 * @param action the action as its owner reported it
 * @param sectionTitle the section's heading (from the plan, else the template)
 * @param effectiveDueDate the revised due date when there is one, else the original
 * @param firstDueDate the earliest original due date stored for the ref: re-baselining
 * never hides slippage
 * @param daysOverdue days past the effective due date, 0 when not overdue or done
 * @param daysOverdueOriginal days past the first due date, 0 when not past it or done
 * @param slippedDays days the effective due date lies after the first due date, 0 when it
 * does not
 * @param dateMoves how many times the due date has moved, across the stored months and
 * this one
 * @param stale an open action with no update for longer than the threshold (or none
 * recorded)
 * @param daysSinceUpdate days since the last update, null when none recorded
 * @param derivedRag the RAG from the rules
 * @param ragReason why the derived RAG is what it is, in words
 * @param challenge where the owner's RAG is better than the derived one, the challenge to
 * raise; else null
 */
public record AssessedAction(Action action, String sectionTitle, LocalDate effectiveDueDate, LocalDate firstDueDate,
		int daysOverdue, int daysOverdueOriginal, int slippedDays, int dateMoves, boolean stale,
		Integer daysSinceUpdate, Rag derivedRag, String ragReason, String challenge) {

	public String ref() {
		return this.action.ref();
	}

	public boolean overdue() {
		return this.daysOverdue > 0;
	}

	public boolean slipped() {
		return this.slippedDays > 0;
	}

	public boolean challenged() {
		return this.challenge != null;
	}

	/** How the owner's RAG compares with the rules'. */
	public Disagreement disagreement() {
		return Disagreement.of(this.action.ownerRag(), this.derivedRag, done());
	}

	/**
	 * The owner rates the open action worse than the rules do: a warning the board should
	 * hear.
	 */
	public boolean ownerWarns() {
		return disagreement() == Disagreement.OWNER_GLOOMIER;
	}

	/** An ask of the board it has not yet decided. */
	public boolean asksTheBoard() {
		return this.action.boardAsk() != null && this.action.decision() == null;
	}

	public boolean done() {
		return this.action.status().done();
	}

}
