package org.boardpack.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * A measure as the scorecard shows it for the period: the period's figure and everything
 * worked out from it and from the stored months before it.
 *
 * @param latest the period's figure, with the month's target, benchmarks and commentary
 * @param rag the period's RAG
 * @param tolerance the tolerance in force (the row's, else the template's)
 * @param lastMonth against the month before the period
 * @param yearAgo against the same month a year earlier
 * @param monthsRed months in a row, up to and including the period, rated Red (a month
 * without a figure ends the run)
 * @param statNeighbours position against the statistical neighbours' average
 * @param england position against England
 * @param smallDenominator whether the period's denominator is below the template's
 * threshold
 * @param sharpMove whether the figure moved sharply since last month (never said of a
 * small denominator)
 * @param trend one point per month of the trend window, oldest first, the period last; a
 * month without a figure is there, empty
 */
public record AssessedMeasure(MeasureValue latest, MeasureRag rag, BigDecimal tolerance, Change lastMonth,
		Change yearAgo, int monthsRed, Position statNeighbours, Position england, boolean smallDenominator,
		boolean sharpMove, List<Point> trend) {

	public AssessedMeasure {
		trend = List.copyOf(trend);
	}

	public String kpiId() {
		return this.latest.kpiId();
	}

	/**
	 * A comparison with an earlier month.
	 *
	 * @param month the earlier month
	 * @param before its figure; null when none is stored
	 * @param direction which way the measure moved, judged by its polarity
	 */
	public record Change(YearMonth month, BigDecimal before, Direction direction) {
	}

	/**
	 * One month of the trend.
	 *
	 * @param value the figure; null when none is stored for the month
	 * @param rag the month's RAG; null when there is no figure
	 */
	public record Point(YearMonth month, BigDecimal value, MeasureRag rag) {
	}

}
