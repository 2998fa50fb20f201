package org.boardpack.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.boardpack.input.Header;
import org.boardpack.input.InputRow;
import org.boardpack.input.Problem;
import org.boardpack.input.RejectKind;
import org.boardpack.input.RowRejectedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.infrastructure.item.ExecutionContext;

class KpiValidatorTests {

	// Officers' headers: aliases from the brief, in their own order.
	private static final Header<KpiColumn> HEADER = Header.match(1,
			new String[] { "Month", "KPI ID", "Indicator", "Area", "Actual", "Numerator", "Denominator", "Unit",
					"Good is", "Target", "Target low", "Target high", "Tolerance", "Statistical neighbours", "National",
					"Benchmark year", "Owner", "Commentary", "Action refs" },
			KpiColumn.class, Map.of(), List.of());

	private final KpiValidator validator = new KpiValidator();

	@BeforeEach
	void open() {
		this.validator.open(new ExecutionContext());
	}

	@Test
	void aRateIsWorkedOutFromItsCountsToOneDecimalPlace() {
		// 187 of 213 = 87.7934...%, kept as 87.8; the typed 88 is the counts' to
		// override.
		MeasureValue v = this.validator.process(row(2, "Jan-21", "CP-VISITS", "Child protection visits in timescale",
				"Child protection", "88", "187", "213", "%", "Higher is better", "90", "", "", "5", "82.1", "80.4",
				"2019-20", "Head of Service", "Up again", "2.3; 5.5"));
		assertThat(v.month()).isEqualTo(YearMonth.of(2021, 1));
		assertThat(v.value()).isEqualByComparingTo("87.8");
		assertThat(v.numerator()).isEqualByComparingTo("187");
		assertThat(v.denominator()).isEqualByComparingTo("213");
		assertThat(v.unit()).isEqualTo(Unit.PERCENT);
		assertThat(v.polarity()).isEqualTo(Polarity.HIGHER);
		assertThat(v.target()).isEqualTo(Target.of(new java.math.BigDecimal("90")));
		assertThat(v.tolerance()).isEqualByComparingTo("5");
		assertThat(v.statNeighbours()).isEqualByComparingTo("82.1");
		assertThat(v.england()).isEqualByComparingTo("80.4");
		assertThat(v.benchmarkYear()).isEqualTo("2019-20");
		assertThat(v.actionRefs()).containsExactly("2.3", "5.5");
	}

	@Test
	void aCaseloadIsCasesOverWorkersAndMayExceedItsDenominator() {
		// 1,830 cases over 101.5 FTE = 18.029... children per worker.
		MeasureValue v = this.validator.process(row(3, "2021-01-31", "CASELOAD", "Average caseload", "Workforce", "",
				"1,830", "101.5", "number", "lower", "18", "", "", "", "", "", "", "", "", ""));
		assertThat(v.value()).isEqualByComparingTo("18.0");
		assertThat(v.month()).isEqualTo(YearMonth.of(2021, 1));
	}

	@Test
	void aBandReadsItsEdgesAndAMeasureMayHaveNoTarget() {
		MeasureValue band = this.validator.process(row(4, "2021-01", "RE-REF", "Re-referrals", "", "21.4%", "", "", "%",
				"band", "", "18", "24", "", "", "", "", "", "", ""));
		assertThat(band.target())
			.isEqualTo(Target.band(new java.math.BigDecimal("18"), new java.math.BigDecimal("24")));
		assertThat(band.value()).isEqualByComparingTo("21.4");
		MeasureValue none = this.validator.process(row(5, "01/2021", "CONTACTS", "Contacts", "", "1240", "", "", "",
				"higher", "", "", "", "", "", "", "", "", "", ""));
		assertThat(none.target().none()).isTrue();
		assertThat(none.unit()).isEqualTo(Unit.NUMBER);
	}

	@Test
	void everyProblemOfARowIsRejectedWithItsColumnAndKind() {
		assertThatThrownBy(() -> this.validator.process(row(7, "2021-13", "CP-VISITS", "CP visits", "", "lots", "", "",
				"%", "", "90", "", "", "", "", "", "", "", "", "")))
			.isInstanceOfSatisfying(RowRejectedException.class, (ex) -> {
				assertThat(ex.line()).isEqualTo(7);
				assertThat(ex.problems()).extracting(Problem::column, Problem::kind, Problem::reason)
					.containsExactly(
							org.assertj.core.groups.Tuple.tuple("Month", RejectKind.INVALID_DATE,
									"'2021-13' is not a month (write 2021-01, or a date in the month)"),
							org.assertj.core.groups.Tuple.tuple("Good is", RejectKind.MISSING_VALUE,
									"polarity is required"),
							org.assertj.core.groups.Tuple.tuple("Actual", RejectKind.INVALID_NUMBER,
									"'lots' is not a number"));
			});
	}

	@Test
	void aNumeratorAboveItsDenominatorIsRejectedForAShare() {
		assertThatThrownBy(() -> this.validator.process(row(8, "2021-01", "CP-VISITS", "CP visits", "", "", "214",
				"213", "%", "higher", "90", "", "", "", "", "", "", "", "", "")))
			.isInstanceOfSatisfying(RowRejectedException.class,
					(ex) -> assertThat(ex.problems()).extracting(Problem::column, Problem::kind, Problem::reason)
						.containsExactly(org.assertj.core.groups.Tuple.tuple("Numerator", RejectKind.OUT_OF_RANGE,
								"the numerator 214 is above its denominator 213")));
	}

	@Test
	void theSameMeasureTwiceInAMonthIsADuplicate() {
		this.validator.process(row(2, "2021-01", "CP-VISITS", "CP visits", "", "88", "", "", "%", "higher", "90", "",
				"", "", "", "", "", "", "", ""));
		this.validator.process(row(3, "2020-12", "CP-VISITS", "CP visits", "", "86", "", "", "%", "higher", "90", "",
				"", "", "", "", "", "", "", ""));
		assertThatThrownBy(() -> this.validator.process(row(4, "31/01/2021", "CP-VISITS", "CP visits", "", "87", "", "",
				"%", "higher", "90", "", "", "", "", "", "", "", "", "")))
			.isInstanceOfSatisfying(RowRejectedException.class, (ex) -> {
				assertThat(ex.recordId()).isEqualTo("CP-VISITS 2021-01");
				assertThat(ex.problems()).extracting(Problem::kind, Problem::reason)
					.containsExactly(org.assertj.core.groups.Tuple.tuple(RejectKind.DUPLICATE,
							"CP-VISITS already has a figure for 2021-01 on line 2"));
			});
	}

	@Test
	void aTargetOfTheWrongKindForThePolarityIsRejectedNotPassedOver() {
		assertThatThrownBy(() -> this.validator.process(row(9, "2021-01", "RE-REF", "Re-referrals", "", "21", "", "",
				"%", "band", "20", "", "", "", "", "", "", "", "", "")))
			.isInstanceOfSatisfying(RowRejectedException.class,
					(ex) -> assertThat(ex.problems()).extracting(Problem::column).containsExactly("Target"));
		assertThatThrownBy(() -> this.validator.process(row(10, "2021-01", "CP-VISITS", "CP visits", "", "88", "", "",
				"%", "higher", "", "85", "95", "", "", "", "", "", "", "")))
			.isInstanceOfSatisfying(RowRejectedException.class,
					(ex) -> assertThat(ex.problems()).extracting(Problem::column).containsExactly("Target low"));
		assertThatThrownBy(() -> this.validator.process(row(11, "2021-01", "RE-REF", "Re-referrals", "", "21", "", "",
				"%", "band", "", "24", "18", "", "", "", "", "", "", "")))
			.isInstanceOfSatisfying(RowRejectedException.class,
					(ex) -> assertThat(ex.problems()).extracting(Problem::reason)
						.containsExactly("target_low 24 is above target_high 18"));
	}

	@Test
	void countsComeInPairsAndADenominatorOfZeroGivesNoRate() {
		assertThatThrownBy(() -> this.validator.process(row(12, "2021-01", "CP-VISITS", "CP visits", "", "", "187", "",
				"%", "higher", "90", "", "", "", "", "", "", "", "", "")))
			.isInstanceOfSatisfying(RowRejectedException.class,
					(ex) -> assertThat(ex.problems()).extracting(Problem::column, Problem::reason)
						.containsExactly(org.assertj.core.groups.Tuple.tuple("Denominator",
								"numerator and denominator go together: denominator is missing")));
		assertThatThrownBy(() -> this.validator.process(row(13, "2021-01", "CP-VISITS", "CP visits", "", "", "0", "0",
				"%", "higher", "90", "", "", "", "", "", "", "", "", "")))
			.isInstanceOfSatisfying(RowRejectedException.class,
					(ex) -> assertThat(ex.problems()).extracting(Problem::reason)
						.containsExactly("the denominator is 0, so there is no rate"));
		assertThatThrownBy(() -> this.validator.process(row(14, "2021-01", "CP-VISITS", "CP visits", "", "", "", "",
				"%", "higher", "90", "", "", "", "", "", "", "", "", "")))
			.isInstanceOfSatisfying(RowRejectedException.class,
					(ex) -> assertThat(ex.problems()).extracting(Problem::column, Problem::kind)
						.containsExactly(org.assertj.core.groups.Tuple.tuple("Actual", RejectKind.MISSING_VALUE)));
	}

	private static InputRow<KpiColumn> row(long line, String... cells) {
		return new InputRow<>("kpis.csv", line, cells, HEADER);
	}

}
