package org.boardpack.actionplan;

import java.time.LocalDate;

/**
 * One action of the improvement plan as its owner last reported it.
 *
 * @param ref unique reference such as 3.2
 * @param section section number, 1..n
 * @param sectionTitle the section's heading as the plan gives it; null when the template
 * supplies it
 * @param description what will be done
 * @param owner lead officer or role
 * @param startDate planned start; may be null
 * @param dueDate original target date
 * @param revisedDueDate a later agreed target; null when never revised
 * @param status as reported
 * @param ownerRag the owner's own rating; may be null
 * @param percentComplete 0..100; may be null
 * @param lastUpdated date of the latest update; may be null
 * @param update the latest progress commentary
 * @param evidence evidence of impact
 * @param boardAsk what the owner needs the board to decide or unblock
 * @param theme the plan priority the action serves
 * @param decision what the board decided on the ask; null when it has not decided
 * @param line the line of the input file the action was read from
 */
public record Action(String ref, int section, String sectionTitle, String description, String owner,
		LocalDate startDate, LocalDate dueDate, LocalDate revisedDueDate, Status status, Rag ownerRag,
		Integer percentComplete, LocalDate lastUpdated, String update, String evidence, String boardAsk, String theme,
		BoardDecision decision, long line) {

	/**
	 * The date the action is now due: the revised date when there is one, else the
	 * original.
	 */
	public LocalDate effectiveDueDate() {
		return (this.revisedDueDate != null) ? this.revisedDueDate : this.dueDate;
	}

}
