package org.boardpack.kpi;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * How measures are judged, from the template's {@code kpis:} section.
 *
 * @param defaultTolerance the tolerance, in the measure's unit, of a measure whose row
 * gives none; a unit not listed has none (no Amber: on target or Red)
 * @param smallDenominatorBelow a denominator below this is flagged small
 * @param longRedMonths months red in a row that make a measure a matter for the board,
 * and a done action linked to it a contradiction
 * @param sharpMovePercent a change since last month of at least this percent of last
 * month's figure is a sharp move
 * @param trendMonths months shown in a measure's trend line
 */
public record KpiRules(Map<Unit, BigDecimal> defaultTolerance, int smallDenominatorBelow, int longRedMonths,
		int sharpMovePercent, int trendMonths) {

	public KpiRules {
		defaultTolerance = (defaultTolerance != null && !defaultTolerance.isEmpty()) ? new EnumMap<>(defaultTolerance)
				: new EnumMap<>(Unit.class);
	}

	/** The tolerance in force for a month's figure. */
	public BigDecimal tolerance(MeasureValue value) {
		if (value.tolerance() != null) {
			return value.tolerance();
		}
		return this.defaultTolerance.getOrDefault(value.unit(), BigDecimal.ZERO);
	}

	/**
	 * A month's RAG. Higher: Green at or above target, Amber below it by no more than the
	 * tolerance, Red beyond. Lower: the mirror image. Band: Green inside the band, Amber
	 * outside it by no more than the tolerance, Red beyond. No target: not rated.
	 */
	public MeasureRag rag(MeasureValue value) {
		Target target = value.target();
		BigDecimal shortBy;
		if (value.polarity() == Polarity.BAND) {
			if (!target.isBand()) {
				return MeasureRag.NO_TARGET;
			}
			shortBy = target.outside(value.value());
		}
		else {
			if (target.value() == null) {
				return MeasureRag.NO_TARGET;
			}
			BigDecimal gap = target.value().subtract(value.value());
			shortBy = ((value.polarity() == Polarity.HIGHER) ? gap : gap.negate()).max(BigDecimal.ZERO);
		}
		if (shortBy.signum() == 0) {
			return MeasureRag.GREEN;
		}
		return (shortBy.compareTo(tolerance(value)) <= 0) ? MeasureRag.AMBER : MeasureRag.RED;
	}

	/** Whether a month's denominator is below the small-sample threshold. */
	public boolean smallDenominator(MeasureValue value) {
		return value.denominator() != null
				&& value.denominator().compareTo(BigDecimal.valueOf(this.smallDenominatorBelow)) < 0;
	}

	/**
	 * Whether a figure moved sharply from last month's: by at least the sharp-move
	 * percent of last month's figure (any move from 0).
	 */
	public boolean sharpMove(BigDecimal now, BigDecimal before) {
		BigDecimal change = now.subtract(before).abs();
		if (before.signum() == 0) {
			return change.signum() != 0;
		}
		return change.multiply(BigDecimal.valueOf(100))
			.compareTo(before.abs().multiply(BigDecimal.valueOf(this.sharpMovePercent))) >= 0;
	}

}
