package org.boardpack.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.boardpack.actionplan.Action;

/**
 * The period's performance measures, each assessed against target, trend and benchmark;
 * and the contradictions with the plan. Worked out here once, for the pack and the
 * tracker alike.
 *
 * @param period the month reported on
 * @param measures the measures with a figure for the period, in the file's order
 * @param notReported measures with a figure in the trend window but none for the period:
 * the latest figure of each, by code
 * @param contradictions done actions whose linked measure has been Red for the template's
 * number of months or more, in plan order
 * @param months every stored month of every measure with its RAG and direction, by
 * measure (the period's in the file's order, then the others by code) and month
 * @param rules the rules in force
 */
public record Scorecard(YearMonth period, List<AssessedMeasure> measures, List<MeasureValue> notReported,
		List<Contradiction> contradictions, List<MeasureMonth> months, KpiRules rules) {

	public Scorecard {
		measures = List.copyOf(measures);
		notReported = List.copyOf(notReported);
		contradictions = List.copyOf(contradictions);
		months = List.copyOf(months);
	}

	/**
	 * Months of history the scorecard reads: the trend, and a year back for direction.
	 */
	public static int monthsNeeded(KpiRules rules) {
		return Math.max(rules.trendMonths(), 13);
	}

	/**
	 * Assesses the period's measures.
	 * @param stored every stored figure of the months the scorecard reads, at most one
	 * per measure and month
	 * @param plan the period's plan actions, in plan order
	 */
	public static Scorecard of(YearMonth period, KpiRules rules, List<MeasureValue> stored, List<Action> plan) {
		Map<String, Map<YearMonth, MeasureValue>> byMeasure = new HashMap<>();
		for (MeasureValue v : stored) {
			byMeasure.computeIfAbsent(v.kpiId(), (k) -> new HashMap<>()).put(v.month(), v);
		}
		List<MeasureValue> current = stored.stream()
			.filter((v) -> v.month().equals(period))
			.sorted(Comparator.comparingLong(MeasureValue::line).thenComparing(MeasureValue::kpiId))
			.toList();
		List<AssessedMeasure> measures = new ArrayList<>();
		for (MeasureValue latest : current) {
			measures.add(assess(period, rules, latest, byMeasure.get(latest.kpiId())));
		}
		YearMonth trendStart = period.minusMonths(rules.trendMonths() - 1L);
		List<MeasureValue> notReported = new ArrayList<>();
		byMeasure.forEach((id, months) -> {
			if (!months.containsKey(period)) {
				months.values()
					.stream()
					.filter((v) -> !v.month().isBefore(trendStart) && v.month().isBefore(period))
					.max(Comparator.comparing(MeasureValue::month))
					.ifPresent(notReported::add);
			}
		});
		notReported.sort(Comparator.comparing(MeasureValue::kpiId));
		List<MeasureMonth> history = new ArrayList<>();
		Set<String> order = new LinkedHashSet<>(current.stream().map(MeasureValue::kpiId).toList());
		byMeasure.keySet().stream().sorted().forEach(order::add);
		for (String id : order) {
			Map<YearMonth, MeasureValue> months = byMeasure.get(id);
			months.values().stream().sorted(Comparator.comparing(MeasureValue::month)).forEach((v) -> {
				MeasureValue before = months.get(v.month().minusMonths(1));
				history.add(new MeasureMonth(v, rules.rag(v), change(v, before, v.month().minusMonths(1)).direction(),
						rules.smallDenominator(v)));
			});
		}
		return new Scorecard(period, measures, notReported, contradictions(rules, measures, plan), history, rules);
	}

	static AssessedMeasure assess(YearMonth period, KpiRules rules, MeasureValue latest,
			Map<YearMonth, MeasureValue> months) {
		List<AssessedMeasure.Point> trend = new ArrayList<>();
		for (YearMonth m = period.minusMonths(rules.trendMonths() - 1L); !m.isAfter(period); m = m.plusMonths(1)) {
			MeasureValue v = months.get(m);
			trend.add(new AssessedMeasure.Point(m, (v != null) ? v.value() : null, (v != null) ? rules.rag(v) : null));
		}
		int monthsRed = 0;
		for (YearMonth m = period;; m = m.minusMonths(1)) {
			MeasureValue v = months.get(m);
			if (v == null || rules.rag(v) != MeasureRag.RED) {
				break;
			}
			monthsRed++;
		}
		AssessedMeasure.Change lastMonth = change(latest, months.get(period.minusMonths(1)), period.minusMonths(1));
		AssessedMeasure.Change yearAgo = change(latest, months.get(period.minusMonths(12)), period.minusMonths(12));
		boolean small = rules.smallDenominator(latest);
		boolean sharp = !small && lastMonth.before() != null && rules.sharpMove(latest.value(), lastMonth.before());
		return new AssessedMeasure(latest, rules.rag(latest), rules.tolerance(latest), lastMonth, yearAgo, monthsRed,
				position(latest, latest.statNeighbours()), position(latest, latest.england()), small, sharp, trend);
	}

	private static AssessedMeasure.Change change(MeasureValue now, MeasureValue before, YearMonth month) {
		if (before == null) {
			return new AssessedMeasure.Change(month, null, Direction.NOT_KNOWN);
		}
		return new AssessedMeasure.Change(month, before.value(),
				Direction.of(now.polarity().compare(now.value(), before.value(), now.target())));
	}

	private static Position position(MeasureValue now, BigDecimal benchmark) {
		if (benchmark == null) {
			return Position.NOT_KNOWN;
		}
		return Position.of(now.polarity().compare(now.value(), benchmark, now.target()));
	}

	/**
	 * Done actions (Complete or Embedded) linked from a measure Red for the template's
	 * months or more; an action linked from two such measures is a contradiction with
	 * each.
	 */
	static List<Contradiction> contradictions(KpiRules rules, List<AssessedMeasure> measures, List<Action> plan) {
		Map<String, List<AssessedMeasure>> longRedByRef = new LinkedHashMap<>();
		for (AssessedMeasure m : measures) {
			if (m.monthsRed() >= rules.longRedMonths()) {
				for (String ref : m.latest().actionRefs()) {
					longRedByRef.computeIfAbsent(ref, (r) -> new ArrayList<>()).add(m);
				}
			}
		}
		List<Contradiction> found = new ArrayList<>();
		for (Action action : plan) {
			if (action.status().done()) {
				for (AssessedMeasure m : longRedByRef.getOrDefault(action.ref(), List.of())) {
					found.add(new Contradiction(action, m));
				}
			}
		}
		return found;
	}

}
