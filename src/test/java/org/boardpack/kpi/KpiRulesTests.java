package org.boardpack.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boardpack.kpi.Measures.RULES;
import static org.boardpack.kpi.Measures.band;
import static org.boardpack.kpi.Measures.dec;
import static org.boardpack.kpi.Measures.higher;
import static org.boardpack.kpi.Measures.lower;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class KpiRulesTests {

	@ParameterizedTest(name = "higher, target 80, tolerance 5: {0} is {1}")
	@CsvSource({ "80.1, GREEN", "80, GREEN", "79.9, AMBER", "75.1, AMBER", "75, AMBER", "74.9, RED", "0, RED" })
	void higherIsGreenAtOrAboveTargetAmberWithinTheToleranceBelowItRedBeyond(String value, MeasureRag rag) {
		assertThat(RULES.rag(higher("2021-01", value, "80", "5"))).isEqualTo(rag);
	}

	@ParameterizedTest(name = "lower, target 20, tolerance 2: {0} is {1}")
	@CsvSource({ "0, GREEN", "19.9, GREEN", "20, GREEN", "20.1, AMBER", "21.9, AMBER", "22, AMBER", "22.1, RED" })
	void lowerIsTheMirrorImage(String value, MeasureRag rag) {
		assertThat(RULES.rag(lower("2021-01", value, "20", "2"))).isEqualTo(rag);
	}

	@ParameterizedTest(name = "band 15..25, tolerance 3: {0} is {1}")
	@CsvSource({ "11.9, RED", "12, AMBER", "14.9, AMBER", "15, GREEN", "20, GREEN", "25, GREEN", "25.1, AMBER",
			"28, AMBER", "28.1, RED" })
	void bandIsGreenInsideAmberWithinTheToleranceOfAnEdgeRedBeyond(String value, MeasureRag rag) {
		assertThat(RULES.rag(band("2021-01", value, "15", "25", "3"))).isEqualTo(rag);
	}

	@Test
	void aBandOpenAtOneEndIsJudgedAgainstTheOtherEdge() {
		assertThat(RULES.rag(band("2021-01", "99", "15", null, "3"))).isEqualTo(MeasureRag.GREEN);
		assertThat(RULES.rag(band("2021-01", "13", "15", null, "3"))).isEqualTo(MeasureRag.AMBER);
		assertThat(RULES.rag(band("2021-01", "30", null, "25", "3"))).isEqualTo(MeasureRag.RED);
	}

	@Test
	void aToleranceOfZeroLeavesNoAmber() {
		assertThat(RULES.rag(higher("2021-01", "79.9", "80", "0"))).isEqualTo(MeasureRag.RED);
		assertThat(RULES.rag(higher("2021-01", "80", "80", "0"))).isEqualTo(MeasureRag.GREEN);
	}

	@Test
	void withoutATargetThereIsNoRag() {
		assertThat(RULES.rag(Measures.of("2021-01", "M", Unit.PERCENT, Polarity.HIGHER, "50", Target.NONE, "5")))
			.isEqualTo(MeasureRag.NO_TARGET);
		assertThat(RULES.rag(Measures.of("2021-01", "M", Unit.PERCENT, Polarity.BAND, "50", Target.NONE, "5")))
			.isEqualTo(MeasureRag.NO_TARGET);
		assertThat(MeasureRag.NO_TARGET.rated()).isFalse();
	}

	@Test
	void aRowWithoutToleranceTakesTheTemplatesDefaultForItsUnit() {
		// Percent: default 5, so 76 against 80 is 4 short, Amber; 74 is 6 short, Red.
		assertThat(RULES.rag(higher("2021-01", "76", "80", null))).isEqualTo(MeasureRag.AMBER);
		assertThat(RULES.rag(higher("2021-01", "74", "80", null))).isEqualTo(MeasureRag.RED);
		// Days: no default, so anything past the target is Red.
		MeasureValue days = Measures.of("2021-01", "M", Unit.DAYS, Polarity.LOWER, "45.5", Target.of(dec("45")), null);
		assertThat(RULES.tolerance(days)).isEqualByComparingTo("0");
		assertThat(RULES.rag(days)).isEqualTo(MeasureRag.RED);
	}

	@Test
	void aDenominatorBelowTheThresholdIsSmall() {
		assertThat(RULES.smallDenominator(Measures.withCounts(higher("2021-01", "88.9", "80", "5"), "8", "9")))
			.isTrue();
		assertThat(RULES.smallDenominator(Measures.withCounts(higher("2021-01", "80", "80", "5"), "8", "10")))
			.isFalse();
		assertThat(RULES.smallDenominator(higher("2021-01", "80", "80", "5"))).isFalse();
	}

	@ParameterizedTest(name = "{1} to {0} at 10%: sharp {2}")
	@CsvSource({ "110, 100, true", "109.9, 100, false", "90, 100, true", "90.1, 100, false", "1, 0, true",
			"0, 0, false" })
	void aSharpMoveIsAChangeOfTheTemplatesPercentOfLastMonthsFigure(String now, String before, boolean sharp) {
		assertThat(RULES.sharpMove(dec(now), dec(before))).isEqualTo(sharp);
	}

}
