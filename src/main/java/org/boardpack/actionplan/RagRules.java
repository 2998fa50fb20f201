package org.boardpack.actionplan;

import java.util.ArrayList;
import java.util.List;

/**
 * The thresholds of the derived RAG, from the template. Blue: Complete or Embedded. Red:
 * not complete and past its current due date. Amber: any switched-on condition. Green:
 * none of them.
 *
 * @param staleAfterDays an open action with no update for longer than this is stale
 * @param dueSoonDays an action due within this many days ...
 * @param dueSoonBelowPercent ... and less complete than this is Amber
 * @param startGraceDays still Not started this many days after its planned start is Amber
 * @param amberWhenSlipped whether a due date moved later than the original makes an
 * action Amber
 * @param amberWhenOnHold whether On hold makes an action Amber
 */
public record RagRules(int staleAfterDays, int dueSoonDays, int dueSoonBelowPercent, int startGraceDays,
		boolean amberWhenSlipped, boolean amberWhenOnHold) {

	/** The rules in force, as the short "how RAG is derived" note both outputs print. */
	public List<String> describe() {
		List<String> lines = new ArrayList<>();
		lines.add("Blue: status Complete or Embedded.");
		lines.add("Red: not complete and past its current due date (the revised date where there is one).");
		List<String> amber = new ArrayList<>();
		amber.add("due within " + this.dueSoonDays + " days and less than " + this.dueSoonBelowPercent + "% complete");
		if (this.amberWhenOnHold) {
			amber.add("on hold");
		}
		amber.add("no update for more than " + this.staleAfterDays + " days (or none recorded)");
		amber.add("not started " + this.startGraceDays + " days after its planned start");
		if (this.amberWhenSlipped) {
			amber.add("its due date has moved later than the first date recorded");
		}
		lines.add("Amber: not Red, and " + String.join("; or ", amber) + ".");
		lines.add("Green: none of the above.");
		lines.add(
				"Where the owner's own RAG is better than the one these rules give, the board is asked to challenge it; "
						+ "where it is worse, it is the owner's warning, and the board is asked to note it.");
		return lines;
	}

}
