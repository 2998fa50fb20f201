package org.boardpack.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

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

class WorkforceValidatorTests {

	// Officers' headers: the brief's aliases, in their own order.
	private static final Header<WorkforceColumn> HEADER = Header.match(1,
			new String[] { "Month", "Team", "Case holders", "Cases", "Unallocated", "Establishment", "Vacancies",
					"Agency", "Leavers", "Supervisions due", "Supervisions on time" },
			WorkforceColumn.class, Map.of(), List.of());

	private final WorkforceValidator validator = new WorkforceValidator();

	@BeforeEach
	void open() {
		this.validator.open(new ExecutionContext());
	}

	@Test
	void aRowIsReadWithItsCountsAndFte() {
		TeamMonth m = this.validator
			.process(row(2, "Jan-21", "Assessment", "52.5", "1,009", "23", "60", "3.5", "19.5", "1", "56", "49"));
		assertThat(m.month()).isEqualTo(YearMonth.of(2021, 1));
		assertThat(m.team()).isEqualTo("Assessment");
		assertThat(m.caseHoldingFte()).isEqualByComparingTo("52.5");
		assertThat(m.allocatedCases()).isEqualTo(1009);
		assertThat(m.unallocatedCases()).isEqualTo(23);
		assertThat(m.establishedFte()).isEqualByComparingTo("60");
		assertThat(m.vacantFte()).isEqualByComparingTo("3.5");
		assertThat(m.filledFte()).isEqualByComparingTo("56.5");
		assertThat(m.agencyFte()).isEqualByComparingTo("19.5");
		assertThat(m.leavers()).isEqualTo(1);
		assertThat(m.supervisionsDue()).isEqualTo(56);
		assertThat(m.supervisionsOnTime()).isEqualTo(49);
		assertThat(m.line()).isEqualTo(2);
	}

	@Test
	void aBlankOptionalFigureIsNotGivenNotZero() {
		TeamMonth m = this.validator.process(row(3, "2021-01", "Early Help", "17", "236", "", "", "", "", "", "", ""));
		assertThat(m.unallocatedCases()).isNull();
		assertThat(m.establishedFte()).isNull();
		assertThat(m.vacantFte()).isNull();
		assertThat(m.filledFte()).isNull();
		assertThat(m.agencyFte()).isNull();
		assertThat(m.leavers()).isNull();
		assertThat(m.supervisionsDue()).isNull();
		assertThat(m.supervisionsOnTime()).isNull();
	}

	@Test
	void aBlankTeamAndABlankFteAreRequired() {
		assertThatThrownBy(() -> this.validator.process(row(4, "2021-01", " ", "", "12", "", "", "", "", "", "", "")))
			.isInstanceOfSatisfying(RowRejectedException.class,
					(ex) -> assertThat(ex.problems()).extracting(Problem::column, Problem::kind, Problem::reason)
						.containsExactly(tuple("Team", RejectKind.MISSING_VALUE, "team is required"),
								tuple("Case holders", RejectKind.MISSING_VALUE, "case_holding_fte is required")));
	}

	@Test
	void anFteOfZeroWithCasesIsRejectedButAnEmptyTeamLoads() {
		assertThatThrownBy(() -> this.validator
			.process(row(5, "2021-01", "Disabled Children", "0", "14", "", "", "", "", "", "", "")))
			.isInstanceOfSatisfying(RowRejectedException.class, (ex) -> {
				assertThat(ex.recordId()).isEqualTo("Disabled Children 2021-01");
				assertThat(ex.problems()).extracting(Problem::column, Problem::kind, Problem::reason)
					.containsExactly(tuple("Case holders", RejectKind.OUT_OF_RANGE,
							"a case-holding FTE of 0 cannot hold 14 allocated cases: give the FTE holding them, "
									+ "or count them as unallocated"));
			});
		TeamMonth empty = this.validator
			.process(row(6, "2021-01", "Disabled Children", "0", "0", "14", "", "", "", "", "", ""));
		assertThat(empty.unallocatedCases()).isEqualTo(14);
	}

	@Test
	void negativeCountsAreRejectedEvenInOptionalColumns() {
		assertThatThrownBy(() -> this.validator
			.process(row(7, "2021-01", "Duty", "15", "-3", "-1", "19", "2", "-0.5", "1", "17", "15")))
			.isInstanceOfSatisfying(RowRejectedException.class, (ex) -> assertThat(ex.problems())
				.extracting(Problem::column, Problem::kind, Problem::reason)
				.containsExactly(
						tuple("Cases", RejectKind.OUT_OF_RANGE, "'-3' is below 0: allocated_cases cannot be negative"),
						tuple("Unallocated", RejectKind.OUT_OF_RANGE,
								"'-1' is below 0: unallocated_cases cannot be negative"),
						tuple("Agency", RejectKind.OUT_OF_RANGE, "'-0.5' is below 0: agency_fte cannot be negative")));
	}

	@Test
	void moreVacanciesThanPostsAndMoreSupervisionsOnTimeThanDueAreRejected() {
		assertThatThrownBy(() -> this.validator
			.process(row(8, "2021-01", "Care Leavers", "12", "209", "0", "13", "14", "1", "0", "13", "15")))
			.isInstanceOfSatisfying(RowRejectedException.class,
					(ex) -> assertThat(ex.problems()).extracting(Problem::column, Problem::reason)
						.containsExactly(tuple("Vacancies", "vacant_fte 14 is above established_fte 13"),
								tuple("Supervisions on time", "supervisions_on_time 15 is above supervisions_due 13")));
	}

	@Test
	void theSameTeamTwiceInAMonthIsADuplicateWhateverItsCase() {
		this.validator.process(row(2, "2020-12", "Permanence", "20", "332", "", "", "", "", "", "", ""));
		this.validator.process(row(3, "2021-01", "Permanence", "20", "328", "", "", "", "", "", "", ""));
		assertThatThrownBy(() -> this.validator
			.process(row(4, "31/12/2020", "PERMANENCE", "20", "330", "", "", "", "", "", "", "")))
			.isInstanceOfSatisfying(RowRejectedException.class, (ex) -> {
				assertThat(ex.recordId()).isEqualTo("PERMANENCE 2020-12");
				assertThat(ex.problems()).extracting(Problem::kind, Problem::reason)
					.containsExactly(
							tuple(RejectKind.DUPLICATE, "PERMANENCE already has figures for 2020-12 on line 2"));
			});
	}

	@Test
	void aBadMonthAPartCaseAndTextForANumberAreRejected() {
		assertThatThrownBy(
				() -> this.validator.process(row(9, "2021-13", "Duty", "lots", "12.5", "", "", "", "", "1.5", "", "")))
			.isInstanceOfSatisfying(RowRejectedException.class,
					(ex) -> assertThat(ex.problems()).extracting(Problem::column, Problem::kind, Problem::reason)
						.containsExactly(
								tuple("Month", RejectKind.INVALID_DATE,
										"'2021-13' is not a month (write 2021-01, or a date in the month)"),
								tuple("Case holders", RejectKind.INVALID_NUMBER, "'lots' is not a number"),
								tuple("Cases", RejectKind.INVALID_NUMBER,
										"'12.5' is not a whole number: allocated_cases is a count"),
								tuple("Leavers", RejectKind.INVALID_NUMBER,
										"'1.5' is not a whole number: leavers is a count")));
	}

	@Test
	void textInAnOptionalFigureIsAWarningAndTheRowLoadsWithItBlank() {
		InputRow<WorkforceColumn> row = row(10, "2021-01", "Duty", "15", "226", "n/a", "19", "2", "4.5", "1", "17",
				"15");
		TeamMonth m = this.validator.process(row);
		assertThat(m.unallocatedCases()).isNull();
		assertThat(row.warnings()).extracting(Problem::column, Problem::kind)
			.containsExactly(tuple("Unallocated", RejectKind.WARNING));
	}

	private static InputRow<WorkforceColumn> row(long line, String... cells) {
		return new InputRow<>("workforce.csv", line, cells, HEADER);
	}

}
