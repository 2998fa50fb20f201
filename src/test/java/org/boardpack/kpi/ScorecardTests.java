package org.boardpack.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boardpack.kpi.Measures.RULES;
import static org.boardpack.kpi.Measures.band;
import static org.boardpack.kpi.Measures.higher;
import static org.boardpack.kpi.Measures.lower;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.boardpack.actionplan.Action;
import org.boardpack.actionplan.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScorecardTests {

	private static final YearMonth JAN = YearMonth.of(2021, 1);

	@ParameterizedTest(name = "{0}: {1} after {2} is {3}")
	@CsvSource({ "higher, 70, 65, IMPROVING", "higher, 60, 65, WORSENING", "higher, 65, 65, NO_CHANGE",
			"lower, 60, 65, IMPROVING", "lower, 70, 65, WORSENING", "lower, 65, 65, NO_CHANGE",
			// band 15..25: how far outside the band, now and before
			"band, 27, 30, IMPROVING", "band, 14, 13, IMPROVING", "band, 26, 13, IMPROVING", "band, 30, 27, WORSENING",
			"band, 12, 14, WORSENING", "band, 20, 24, NO_CHANGE", "band, 10, 30, NO_CHANGE" })
	void directionOfTravelIsJudgedByPolarity(String polarity, String now, String before, Direction direction) {
		List<MeasureValue> stored = List.of(value(polarity, "2020-12", before), value(polarity, "2021-01", now),
				value(polarity, "2020-01", before));
		AssessedMeasure m = only(Scorecard.of(JAN, RULES, stored, List.of()));
		assertThat(m.lastMonth().direction()).isEqualTo(direction);
		assertThat(m.lastMonth().month()).isEqualTo(YearMonth.of(2020, 12));
		assertThat(m.lastMonth().before()).isEqualByComparingTo(before);
		assertThat(m.yearAgo().direction()).isEqualTo(direction);
		assertThat(m.yearAgo().month()).isEqualTo(YearMonth.of(2020, 1));
	}

	@Test
	void withoutAnEarlierFigureTheDirectionIsNotKnown() {
		// November and February 2020 are stored, but neither is last month or a year ago.
		AssessedMeasure m = only(Scorecard.of(JAN, RULES, List.of(higher("2021-01", "70", "80", "5"),
				higher("2020-11", "60", "80", "5"), higher("2020-02", "60", "80", "5")), List.of()));
		assertThat(m.lastMonth().direction()).isEqualTo(Direction.NOT_KNOWN);
		assertThat(m.lastMonth().before()).isNull();
		assertThat(m.yearAgo().direction()).isEqualTo(Direction.NOT_KNOWN);
		assertThat(m.sharpMove()).isFalse();
	}

	@Test
	void aBandWithNoEdgesHasNoDirection() {
		List<MeasureValue> stored = List.of(
				Measures.of("2021-01", "M", Unit.PERCENT, Polarity.BAND, "20", Target.NONE, null),
				Measures.of("2020-12", "M", Unit.PERCENT, Polarity.BAND, "30", Target.NONE, null));
		AssessedMeasure m = only(Scorecard.of(JAN, RULES, stored, List.of()));
		assertThat(m.lastMonth().direction()).isEqualTo(Direction.NOT_KNOWN);
		assertThat(m.rag()).isEqualTo(MeasureRag.NO_TARGET);
	}

	@Test
	void monthsRedInARowCountBackFromThePeriodAndAMonthWithoutAFigureEndsTheRun() {
		// Target 80, tolerance 5: below 75 is Red. Aug 74 R, Sep 78 A, Oct 70 R, Nov 72
		// R, Dec 60 R, Jan 74.9 R.
		List<MeasureValue> stored = new ArrayList<>(
				List.of(higher("2020-08", "74", "80", "5"), higher("2020-09", "78", "80", "5"),
						higher("2020-10", "70", "80", "5"), higher("2020-11", "72", "80", "5"),
						higher("2020-12", "60", "80", "5"), higher("2021-01", "74.9", "80", "5")));
		AssessedMeasure m = only(Scorecard.of(JAN, RULES, stored, List.of()));
		assertThat(m.rag()).isEqualTo(MeasureRag.RED);
		assertThat(m.monthsRed()).isEqualTo(4);
		assertThat(m.trend()).hasSize(12);
		assertThat(m.trend().get(0).month()).isEqualTo(YearMonth.of(2020, 2));
		assertThat(m.trend().get(0).value()).isNull();
		assertThat(m.trend().get(6).rag()).isEqualTo(MeasureRag.RED);
		assertThat(m.trend().get(7).rag()).isEqualTo(MeasureRag.AMBER);
		assertThat(m.trend().get(11).value()).isEqualByComparingTo("74.9");
		stored.removeIf((v) -> v.month().equals(YearMonth.of(2020, 12)));
		assertThat(only(Scorecard.of(JAN, RULES, stored, List.of())).monthsRed()).isEqualTo(1);
		stored.set(stored.size() - 1, higher("2021-01", "75", "80", "5"));
		assertThat(only(Scorecard.of(JAN, RULES, stored, List.of())).monthsRed()).isZero();
	}

	@Test
	void eachMonthIsRatedAgainstItsOwnTarget() {
		// December's 70 was Green against December's target of 70; January's target rose
		// to 80.
		List<MeasureValue> stored = List.of(higher("2020-12", "70", "70", "5"), higher("2021-01", "74", "80", "5"));
		AssessedMeasure m = only(Scorecard.of(JAN, RULES, stored, List.of()));
		assertThat(m.trend().get(10).rag()).isEqualTo(MeasureRag.GREEN);
		assertThat(m.monthsRed()).isEqualTo(1);
	}

	@Test
	void positionAgainstBenchmarksIsJudgedByPolarity() {
		AssessedMeasure high = only(Scorecard.of(JAN, RULES,
				List.of(Measures.withBenchmarks(higher("2021-01", "70", "80", "5"), "65", "75")), List.of()));
		assertThat(high.statNeighbours()).isEqualTo(Position.BETTER);
		assertThat(high.england()).isEqualTo(Position.WORSE);
		AssessedMeasure low = only(Scorecard.of(JAN, RULES,
				List.of(Measures.withBenchmarks(lower("2021-01", "70", "80", "5"), "65", "70")), List.of()));
		assertThat(low.statNeighbours()).isEqualTo(Position.WORSE);
		assertThat(low.england()).isEqualTo(Position.SAME);
		// Band 15..25: 27 is 2 outside; 30 is 5 outside, 22 inside.
		AssessedMeasure inBand = only(Scorecard.of(JAN, RULES,
				List.of(Measures.withBenchmarks(band("2021-01", "27", "15", "25", "3"), "30", "22")), List.of()));
		assertThat(inBand.statNeighbours()).isEqualTo(Position.BETTER);
		assertThat(inBand.england()).isEqualTo(Position.WORSE);
		assertThat(only(Scorecard.of(JAN, RULES, List.of(higher("2021-01", "70", "80", "5")), List.of())).england())
			.isEqualTo(Position.NOT_KNOWN);
	}

	@Test
	void aSmallDenominatorIsFlaggedAndNeverCalledASharpMove() {
		// 8 of 9 = 88.9% after 5 of 9 = 55.6%: a 60% rise, but of nine children.
		List<MeasureValue> stored = List.of(Measures.withCounts(higher("2020-12", "55.6", "80", "5"), "5", "9"),
				Measures.withCounts(higher("2021-01", "88.9", "80", "5"), "8", "9"));
		AssessedMeasure m = only(Scorecard.of(JAN, RULES, stored, List.of()));
		assertThat(m.smallDenominator()).isTrue();
		assertThat(m.sharpMove()).isFalse();
		List<MeasureValue> large = List.of(Measures.withCounts(higher("2020-12", "55.6", "80", "5"), "50", "90"),
				Measures.withCounts(higher("2021-01", "88.9", "80", "5"), "80", "90"));
		assertThat(only(Scorecard.of(JAN, RULES, large, List.of())).sharpMove()).isTrue();
	}

	@Test
	void aDoneActionWhoseMeasureHasBeenRedThreeMonthsOrMoreIsAContradiction() {
		// Target 80, tolerance 5: Nov 70, Dec 72, Jan 74 are three Red months.
		List<MeasureValue> longRed = List.of(linked("2020-11", "70", "8.1"), linked("2020-12", "72", "8.1"),
				linked("2021-01", "74", "8.1"));
		List<Action> plan = List.of(action("8.1", Status.COMPLETE), action("8.4", Status.EMBEDDED));
		Scorecard scorecard = Scorecard.of(JAN, RULES, longRed, plan);
		assertThat(scorecard.contradictions()).hasSize(1);
		assertThat(scorecard.contradictions().get(0).action().ref()).isEqualTo("8.1");
		assertThat(scorecard.contradictions().get(0).measure().monthsRed()).isEqualTo(3);
		// Embedded counts as done too.
		assertThat(Scorecard.of(JAN, RULES, longRed, List.of(action("8.1", Status.EMBEDDED))).contradictions())
			.hasSize(1);
		// Not done: no contradiction, however long red.
		assertThat(Scorecard.of(JAN, RULES, longRed, List.of(action("8.1", Status.IN_PROGRESS))).contradictions())
			.isEmpty();
		// Red for two months only (November Amber): none.
		List<MeasureValue> twoMonths = List.of(linked("2020-11", "76", "8.1"), linked("2020-12", "72", "8.1"),
				linked("2021-01", "74", "8.1"));
		assertThat(Scorecard.of(JAN, RULES, twoMonths, plan).contradictions()).isEmpty();
	}

	@Test
	void aMeasureWithoutAFigureForThePeriodIsListedAsNotReported() {
		List<MeasureValue> stored = List.of(higher("2021-01", "70", "80", "5"),
				Measures.of("2020-11", "OLD", Unit.NUMBER, Polarity.LOWER, "3", Target.NONE, null),
				Measures.of("2020-12", "OLD", Unit.NUMBER, Polarity.LOWER, "4", Target.NONE, null));
		Scorecard scorecard = Scorecard.of(JAN, RULES, stored, List.of());
		assertThat(scorecard.measures()).extracting(AssessedMeasure::kpiId).containsExactly("M");
		assertThat(scorecard.notReported()).singleElement()
			.satisfies((v) -> assertThat(v.month()).isEqualTo(YearMonth.of(2020, 12)));
	}

	private static MeasureValue linked(String month, String value, String ref) {
		return Measures.withRefs(higher(month, value, "80", "5"), ref);
	}

	private static Action action(String ref, Status status) {
		return new Action(ref, 8, null, "Action " + ref, "Owner", null, LocalDate.of(2020, 12, 31), null, status, null,
				100, null, null, null, null, null, null, 2);
	}

	private static MeasureValue value(String polarity, String month, String value) {
		return switch (polarity) {
			case "higher" -> higher(month, value, "80", "5");
			case "lower" -> lower(month, value, "80", "5");
			default -> band(month, value, "15", "25", "3");
		};
	}

	private static AssessedMeasure only(Scorecard scorecard) {
		assertThat(scorecard.measures()).hasSize(1);
		return scorecard.measures().get(0);
	}

}
