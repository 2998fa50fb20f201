package org.boardpack.actionplan;

import java.time.LocalDate;

/**
 * What the board decided on an action's ask, as officers record it in the tracker after
 * the meeting.
 *
 * @param decision the decision in the board's words
 * @param decidedOn the date of the meeting that decided it; null when not recorded
 */
public record BoardDecision(String decision, LocalDate decidedOn) {

	/** The same decision: the same words, whatever the date says. */
	public boolean sameAs(BoardDecision other) {
		return other != null && this.decision.equals(other.decision);
	}

}
