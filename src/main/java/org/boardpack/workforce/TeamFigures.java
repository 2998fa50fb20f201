package org.boardpack.workforce;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One team's figures for one month (or all teams together), each rate with the counts
 * behind it; a figure whose inputs were not given is null.
 *
 * @param team the team; {@link WorkforceFindings#ALL_TEAMS} for the total
 * @param month the month
 * @param caseHoldingFte full-time equivalent of the workers holding cases
 * @param allocatedCases cases allocated to them
 * @param caseload cases per case-holding FTE to one decimal place; null when no one holds
 * cases
 * @param cap the cap it is judged against
 * @param rag the caseload against the cap; null when there is no caseload
 * @param unallocatedCases cases waiting for a worker
 * @param agency agency FTE of filled FTE (established less vacant)
 * @param vacancy vacant FTE of established FTE
 * @param turnover leavers over the twelve months to this one, of the mean filled FTE over
 * the months that gave both
 * @param turnoverMonths the months the turnover is over: fewer than twelve when fewer
 * were given
 * @param supervision supervisions on time of those due
 */
public record TeamFigures(String team, YearMonth month, BigDecimal caseHoldingFte, long allocatedCases,
		BigDecimal caseload, CaseloadCap cap, CaseloadRag rag, Long unallocatedCases, Ratio agency, Ratio vacancy,
		Ratio turnover, int turnoverMonths, Ratio supervision) {

	/** Whether the caseload is over its cap. */
	public boolean overCap() {
		return this.rag != null && this.rag.overCap();
	}

}
