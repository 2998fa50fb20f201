package org.boardpack.workforce;

import java.math.BigDecimal;
import java.util.List;

/**
 * The caseload caps, from the template's {@code workforce:} section: one for every team,
 * and a team's own where the template names it.
 *
 * @param overall the cap of a team the template does not name, and of all teams together;
 * {@link #DEFAULT} when not given
 * @param teams caps of named teams
 * @param trendMonths months shown in each team's trend
 */
public record CaseloadCaps(CaseloadCap overall, List<TeamCap> teams, int trendMonths) {

	/**
	 * The cap of a template without a {@code workforce:} section: Green up to 18 children
	 * per worker, Amber up to 20. An authority sets its own.
	 */
	public static final CaseloadCap DEFAULT = new CaseloadCap(BigDecimal.valueOf(18), BigDecimal.valueOf(20));

	/** Months of trend when the template gives none. */
	public static final int DEFAULT_TREND_MONTHS = 12;

	public CaseloadCaps {
		overall = (overall != null) ? overall : DEFAULT;
		teams = (teams != null) ? List.copyOf(teams) : List.of();
		// each team's cap checked as the template loads, not when a pack first needs it
		teams.forEach(TeamCap::cap);
		trendMonths = (trendMonths > 0) ? trendMonths : DEFAULT_TREND_MONTHS;
	}

	/** The caps of a template that says nothing about workforce. */
	public static CaseloadCaps defaults() {
		return new CaseloadCaps(null, null, 0);
	}

	/** A team's cap: its own, or the overall one. */
	public CaseloadCap of(String team) {
		return this.teams.stream()
			.filter((t) -> t.team().equalsIgnoreCase(team))
			.findFirst()
			.map(TeamCap::cap)
			.orElse(this.overall);
	}

}
