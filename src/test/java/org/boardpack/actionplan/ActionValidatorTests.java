package org.boardpack.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.boardpack.input.CaseReferences;
import org.boardpack.input.Header;
import org.boardpack.input.InputRow;
import org.boardpack.input.Problem;
import org.boardpack.input.RejectKind;
import org.boardpack.input.RowRejectedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.batch.infrastructure.item.ExecutionContext;

class ActionValidatorTests {

	private static final Header<ActionColumn> HEADER = Header.match(1, new String[] { "Ref", "Section", "Action",
			"Owner", "Due date", "Revised due date", "Status", "RAG", "% complete", "Last updated" },
			ActionColumn.class, Map.of(), List.of());

	private final ActionValidator validator = new ActionValidator();

	@BeforeEach
	void open() {
		this.validator.open(new ExecutionContext());
	}

	@Test
	void aGoodRowBecomesAnAction() {
		Action a = this.validator.process(row(2, "3.2", "Section 3", "Audit", "Head of QA", "30/06/2021", "2021-08-31",
				"in progress", "a", "75%", "14/01/2021"));
		assertThat(a.ref()).isEqualTo("3.2");
		assertThat(a.section()).isEqualTo(3);
		assertThat(a.dueDate()).isEqualTo(LocalDate.of(2021, 6, 30));
		assertThat(a.effectiveDueDate()).isEqualTo(LocalDate.of(2021, 8, 31));
		assertThat(a.status()).isEqualTo(Status.IN_PROGRESS);
		assertThat(a.ownerRag()).isEqualTo(Rag.AMBER);
		assertThat(a.percentComplete()).isEqualTo(75);
		assertThat(a.line()).isEqualTo(2);
	}

	@ParameterizedTest
	@CsvSource({ "Not started,NOT_STARTED", "ONGOING,IN_PROGRESS", "on-hold,ON_HOLD", "Completed,COMPLETE",
			"done,COMPLETE", "Embedded,EMBEDDED" })
	void statusesMatchIgnoringCaseAndCommonWords(String text, Status status) {
		assertThat(Status.parse(text)).contains(status);
	}

	@ParameterizedTest
	@CsvSource({ "B,BLUE", "green,GREEN", "AMBER,AMBER", "r,RED" })
	void ragsMatchByLetterOrWord(String text, Rag rag) {
		assertThat(Rag.parse(text)).contains(rag);
	}

	@Test
	void everyProblemOfARowIsReportedAtOnce() {
		assertThatThrownBy(() -> this.validator
			.process(row(7, "", "x", "Audit", "", "31/02/2021", "", "Begun", "Purple", "150", "")))
			.isInstanceOfSatisfying(RowRejectedException.class, (ex) -> {
				assertThat(ex.line()).isEqualTo(7);
				assertThat(ex.problems()).extracting(Problem::column, Problem::kind)
					.containsExactly(tuple("Ref", RejectKind.MISSING_VALUE),
							tuple("Section", RejectKind.INVALID_NUMBER), tuple("Owner", RejectKind.MISSING_VALUE),
							tuple("Due date", RejectKind.INVALID_DATE), tuple("Status", RejectKind.UNKNOWN_VALUE),
							tuple("RAG", RejectKind.UNKNOWN_VALUE), tuple("% complete", RejectKind.OUT_OF_RANGE));
				assertThat(ex.problems().get(4).reason())
					.isEqualTo("'Begun' is not one of Not started, In progress, On hold, Complete, Embedded");
			});
	}

	@Test
	void aRefUsedTwiceIsADuplicateOfTheFirstValidRow() {
		this.validator.process(row(2, "1.1", "1", "A", "O", "30/06/2021", "", "Complete", "", "", ""));
		assertThatThrownBy(
				() -> this.validator.process(row(9, "1.1", "1", "B", "O", "30/06/2021", "", "Complete", "", "", "")))
			.isInstanceOfSatisfying(RowRejectedException.class, (ex) -> assertThat(ex.problems().get(0).reason())
				.isEqualTo(
						"ref 1.1 is already used on line 2 (refs that differ only in leading zeros or case are the same action)"));
	}

	@Test
	void aStatusWithADoubtIsRejectedAsUnclearNeverReadAsComplete() {
		assertThatThrownBy(() -> this.validator
			.process(row(2, "3.2", "3", "Audit", "Head of QA", "30/06/2021", "", "Done?", "", "", "")))
			.isInstanceOfSatisfying(RowRejectedException.class,
					(ex) -> assertThat(ex.problems()).extracting(Problem::column, Problem::kind, Problem::reason)
						.containsExactly(tuple("Status", RejectKind.UNCLEAR_VALUE,
								"'Done?' is unclear (it asks or doubts); give one of " + Status.ALLOWED)));
	}

	@Test
	void refsEqualButForLeadingZerosOrCaseAreOneAction() {
		this.validator.process(row(2, "1.1", "1", "First", "Head", "30/06/2021", "", "Complete", "", "", ""));
		this.validator.process(row(3, "3.2a", "3", "Third", "Head", "30/06/2021", "", "Complete", "", "", ""));
		for (String ref : List.of("01.1", "001.01", "3.2A", "03.02a")) {
			assertThatThrownBy(() -> this.validator
				.process(row(4, ref, "1", "Again", "Head", "30/06/2021", "", "Complete", "", "", ""))).as(ref)
				.isInstanceOfSatisfying(RowRejectedException.class,
						(ex) -> assertThat(ex.problems()).extracting(Problem::kind)
							.containsExactly(RejectKind.DUPLICATE));
		}
		assertThat(
				this.validator.process(row(5, "1.10", "1", "Tenth", "Head", "30/06/2021", "", "Complete", "", "", ""))
					.ref())
			.isEqualTo("1.10");
	}

	@Test
	void anOptionalCellThatCannotBeReadIsAWarningAndTheRowIsLoadedWithoutIt() {
		InputRow<ActionColumn> row = row(2, "3.2", "3", "Audit", "Head of QA", "30/06/2021", "44198", "In progress",
				"Purple", "", "");
		Action a = this.validator.process(row);
		assertThat(a.revisedDueDate()).isNull();
		assertThat(a.ownerRag()).isNull();
		assertThat(row.recordId()).isEqualTo("3.2");
		assertThat(row.warnings()).extracting(Problem::column, Problem::kind)
			.containsExactly(tuple("Revised due date", RejectKind.WARNING), tuple("RAG", RejectKind.WARNING));
		assertThat(row.warnings().get(0).reason()).isEqualTo("Invalid date: '44198' is a number, not a date "
				+ "(in Excel, format the column as dates); the row is loaded with this cell blank");
	}

	@Test
	void aMonthFirstDateIsRejectedWhenRequiredAndLeftBlankWhenOptionalNeverReadTheUsWay() {
		assertThatThrownBy(() -> this.validator
			.process(row(2, "3.2", "3", "Audit", "Head of QA", "01/31/2021", "", "In progress", "", "", "")))
			.isInstanceOfSatisfying(RowRejectedException.class,
					(ex) -> assertThat(ex.problems()).extracting(Problem::column, Problem::kind, Problem::reason)
						.containsExactly(tuple("Due date", RejectKind.INVALID_DATE,
								"'01/31/2021' looks like a month-first (US) date: write it day first, 31/01/2021")));
		InputRow<ActionColumn> row = row(3, "3.3", "3", "Audit", "Head of QA", "30/06/2021", "", "In progress", "", "",
				"12/13/2020");
		Action a = this.validator.process(row);
		assertThat(a.lastUpdated()).isNull();
		assertThat(row.warnings()).extracting(Problem::column, Problem::reason)
			.containsExactly(tuple("Last updated", "Invalid date: '12/13/2020' looks like a month-first (US) date: "
					+ "write it day first, 13/12/2020; the row is loaded with this cell blank"));
		// valid both ways: read day first, as ever
		assertThat(this.validator
			.process(row(4, "3.4", "3", "Audit", "Head of QA", "01/02/2021", "", "In progress", "", "", ""))
			.dueDate()).isEqualTo(LocalDate.of(2021, 2, 1));
	}

	@Test
	void aBoardDecisionIsReadWithItsDateAndADateAloneIsLeftOutWithAWarning() {
		Header<ActionColumn> header = Header.match(1, new String[] { "Ref", "Section", "Action", "Owner", "Due date",
				"Status", "Board ask", "Board decision", "Decided on" }, ActionColumn.class, Map.of(), List.of());
		Action decided = this.validator.process(new InputRow<>("plan.csv", 2, new String[] { "6.7", "6", "Recruit",
				"Head", "30/07/2021", "On hold", "Agree funding", "Agreed: fund the post.", "09/02/2021" }, header));
		assertThat(decided.decision()).isEqualTo(new BoardDecision("Agreed: fund the post.", LocalDate.of(2021, 2, 9)));

		InputRow<ActionColumn> dateAlone = new InputRow<>("plan.csv", 3, new String[] { "6.8", "6", "Plan", "Head",
				"30/07/2021", "In progress", "Agree funding", "", "09/02/2021" }, header);
		assertThat(this.validator.process(dateAlone).decision()).isNull();
		assertThat(dateAlone.warnings()).extracting(Problem::column, Problem::reason)
			.containsExactly(tuple("Decided on", "Missing value: a date decided with no board decision written beside "
					+ "it; the row is loaded with this cell blank"));
	}

	@Test
	void aCaseReferenceTypedInTheWrongColumnIsNeverQuoted() {
		CaseReferences.use("NMB-\\d{6}");
		try {
			InputRow<ActionColumn> row = row(2, "NMB-900003", "3", "Review NMB-900004's plan", "Head", "NMB-900003", "",
					"In progress", "", "", "");
			assertThatThrownBy(() -> this.validator.process(row)).isInstanceOfSatisfying(RowRejectedException.class,
					(ex) -> {
						assertThat(ex.recordId()).isEqualTo(CaseReferences.MASK);
						assertThat(ex.problems()).extracting(Problem::reason)
							.containsExactly("a case reference is not a date (use 30/06/2020 or 2020-06-30)");
					});
			Action a = this.validator.process(row(3, "3.3", "3", "Review NMB-900004's plan", "Head", "30/06/2021", "",
					"In progress", "", "", ""));
			assertThat(a.description()).isEqualTo("Review [case reference]'s plan");
		}
		finally {
			CaseReferences.use(null);
		}
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}

	private static InputRow<ActionColumn> row(long line, String... cells) {
		return new InputRow<>("plan.csv", line, cells, HEADER);
	}

}
