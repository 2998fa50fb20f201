package org.boardpack.workforce;

import java.math.BigDecimal;

/**
 * A team's own caseload cap, from the template's {@code workforce.teams}.
 *
 * @param team the team, as the workforce file names it (matched without regard to case)
 * @param green the most children per case-holding worker that is Green
 * @param amber the most that is still Amber
 */
public record TeamCap(String team, BigDecimal green, BigDecimal amber) {

	public TeamCap {
		if (team == null || team.isBlank()) {
			throw new IllegalArgumentException("a team's caseload cap needs the team's name");
		}
	}

	public CaseloadCap cap() {
		return new CaseloadCap(this.green, this.amber);
	}

}
