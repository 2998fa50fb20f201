package org.boardpack.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** Measures for tests, built from the figures that matter to each. */
final class Measures {

	/** Tolerance 5 for a percentage, 1 for a number; none for days. */
	static final KpiRules RULES = new KpiRules(Map.of(Unit.PERCENT, new BigDecimal("5"), Unit.NUMBER, BigDecimal.ONE),
			10, 3, 10, 12);

	private Measures() {
	}

	static MeasureValue higher(String month, String value, String target, String tolerance) {
		return of(month, "M", Unit.PERCENT, Polarity.HIGHER, value, Target.of(dec(target)), tolerance);
	}

	static MeasureValue lower(String month, String value, String target, String tolerance) {
		return of(month, "M", Unit.PERCENT, Polarity.LOWER, value, Target.of(dec(target)), tolerance);
	}

	static MeasureValue band(String month, String value, String low, String high, String tolerance) {
		return of(month, "M", Unit.PERCENT, Polarity.BAND, value, Target.band(dec(low), dec(high)), tolerance);
	}

	static MeasureValue of(String month, String kpiId, Unit unit, Polarity polarity, String value, Target target,
			String tolerance) {
		return new MeasureValue(YearMonth.parse(month), kpiId, "Measure " + kpiId, "Domain", dec(value), null, null,
				unit, polarity, target, dec(tolerance), null, null, null, null, null, List.of(), 2);
	}

	static MeasureValue withCounts(MeasureValue v, String numerator, String denominator) {
		return new MeasureValue(v.month(), v.kpiId(), v.measure(), v.domain(), v.value(), dec(numerator),
				dec(denominator), v.unit(), v.polarity(), v.target(), v.tolerance(), v.statNeighbours(), v.england(),
				v.benchmarkYear(), v.owner(), v.commentary(), v.actionRefs(), v.line());
	}

	static MeasureValue withBenchmarks(MeasureValue v, String statNeighbours, String england) {
		return new MeasureValue(v.month(), v.kpiId(), v.measure(), v.domain(), v.value(), v.numerator(),
				v.denominator(), v.unit(), v.polarity(), v.target(), v.tolerance(), dec(statNeighbours), dec(england),
				"2019-20", v.owner(), v.commentary(), v.actionRefs(), v.line());
	}

	static MeasureValue withRefs(MeasureValue v, String... refs) {
		return new MeasureValue(v.month(), v.kpiId(), v.measure(), v.domain(), v.value(), v.numerator(),
				v.denominator(), v.unit(), v.polarity(), v.target(), v.tolerance(), v.statNeighbours(), v.england(),
				v.benchmarkYear(), v.owner(), v.commentary(), List.of(refs), v.line());
	}

	static BigDecimal dec(String text) {
		return (text != null) ? new BigDecimal(text) : null;
	}

}
