package org.boardpack.workforce;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One team's workforce figures for one month, as loaded (or as stored by an earlier
 * month's run). An optional figure not given is null, never 0: a blank is "not known",
 * and a rate without it is not worked out.
 *
 * @param month the month the figures are for
 * @param team the team, as the file names it
 * @param caseHoldingFte full-time equivalent of the social workers who hold cases
 * @param allocatedCases children's cases allocated to them at the month's end
 * @param unallocatedCases cases waiting for a worker; null when not given
 * @param establishedFte posts in the structure; null when not given
 * @param vacantFte established posts not filled; null when not given
 * @param agencyFte filled posts held by agency workers; null when not given
 * @param leavers people who left in the month; null when not given
 * @param supervisionsDue supervision sessions due in the month; null when not given
 * @param supervisionsOnTime of those, held on time; null when not given
 * @param line the line of the input file; 0 when read back from the history
 */
public record TeamMonth(YearMonth month, String team, BigDecimal caseHoldingFte, long allocatedCases,
		Long unallocatedCases, BigDecimal establishedFte, BigDecimal vacantFte, BigDecimal agencyFte, Long leavers,
		Long supervisionsDue, Long supervisionsOnTime, long line) {

	/** Established posts less vacancies: the posts filled; null unless both are given. */
	public BigDecimal filledFte() {
		return (this.establishedFte != null && this.vacantFte != null) ? this.establishedFte.subtract(this.vacantFte)
				: null;
	}

}
