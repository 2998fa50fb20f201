package org.boardpack.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * One measure's figure for one month, as loaded (or as stored by an earlier month's run).
 *
 * @param month the month the figure is for
 * @param kpiId the measure's stable code, e.g. CP-VISITS
 * @param measure the measure as the board knows it
 * @param domain e.g. Front door, Child protection; null when not given
 * @param value the month's figure: numerator / denominator scaled by the unit when both
 * are given
 * @param numerator the count behind a rate; null when not given
 * @param denominator the count it is out of; null when not given
 * @param unit what the figure counts
 * @param polarity which way is better
 * @param target the month's target; {@link Target#NONE} when there is none
 * @param tolerance how far on the wrong side of the target is still Amber; null for the
 * template's default
 * @param statNeighbours the statistical neighbours' average; null when not given
 * @param england England's figure; null when not given
 * @param benchmarkYear the year the benchmarks are for, as given
 * @param owner who answers for the measure
 * @param commentary the owner's commentary
 * @param actionRefs plan actions whose impact the measure shows
 * @param line the line of the input file; 0 when read back from the history
 */
public record MeasureValue(YearMonth month, String kpiId, String measure, String domain, BigDecimal value,
		BigDecimal numerator, BigDecimal denominator, Unit unit, Polarity polarity, Target target, BigDecimal tolerance,
		BigDecimal statNeighbours, BigDecimal england, String benchmarkYear, String owner, String commentary,
		List<String> actionRefs, long line) {

	public MeasureValue {
		actionRefs = List.copyOf(actionRefs);
	}

	public boolean hasCounts() {
		return this.numerator != null && this.denominator != null;
	}

}
