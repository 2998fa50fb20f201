package org.boardpack.transfer;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * A set of completed transfers' waits in working days, measured as the brief defines: how
 * many, how many within their standard, the median (of an even number, the mean of the
 * middle two) and the 90th percentile (the smallest wait that at least 90% of the waits
 * do not exceed).
 *
 * @param count transfers completed
 * @param withinStandard of those, how many waited no longer than their route's standard
 * @param median the median wait; null when none completed
 * @param percentile90 the 90th percentile wait; null when none completed
 */
public record Waits(int count, int withinStandard, BigDecimal median, Integer percentile90) {

	static final Waits NONE = new Waits(0, 0, null, null);

	/**
	 * @param waits each completed transfer's wait in working days
	 * @param within how many of them were within their standard
	 */
	static Waits of(List<Integer> waits, int within) {
		if (waits.isEmpty()) {
			return NONE;
		}
		int[] sorted = waits.stream().mapToInt(Integer::intValue).toArray();
		Arrays.sort(sorted);
		int n = sorted.length;
		BigDecimal median = (n % 2 == 1) ? BigDecimal.valueOf(sorted[n / 2])
				: BigDecimal.valueOf(sorted[n / 2 - 1] + sorted[n / 2]).divide(BigDecimal.valueOf(2));
		// the smallest wait with at least 90% of waits at or below it: the ceil(0.9n)-th
		int rank = (9 * n + 9) / 10;
		return new Waits(n, within, median, sorted[rank - 1]);
	}

	/** The share within the standard, as a percent; null when none completed. */
	public BigDecimal withinStandardPercent() {
		return (this.count == 0) ? null : BigDecimal.valueOf(100L * this.withinStandard)
			.divide(BigDecimal.valueOf(this.count), 1, java.math.RoundingMode.HALF_UP);
	}

}
