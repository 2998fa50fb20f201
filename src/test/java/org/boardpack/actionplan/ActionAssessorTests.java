package org.boardpack.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.boardpack.input.Header;
import org.boardpack.input.InputRow;
import org.junit.jupiter.api.Test;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The derived RAG rules, one at a time, as at 31/01/2021 with the sample template's
 * thresholds.
 */
class ActionAssessorTests {

	private static final LocalDate AS_AT = LocalDate.of(2021, 1, 31);

	private static final RagRules RULES = new RagRules(35, 28, 75, 14, true, true);

	private final ActionAssessor assessor = new ActionAssessor(RULES, AS_AT, Map.of(1, "Leadership"));

	@Test
	void completeAndEmbeddedAreBlueEvenWhenLate() {
		AssessedAction a = assess(action(Status.COMPLETE, date(2020, 6, 30), null, 100, null));
		assertThat(a.derivedRag()).isEqualTo(Rag.BLUE);
		assertThat(a.daysOverdue()).isZero();
		assertThat(a.stale()).isFalse();
		assertThat(assess(action(Status.EMBEDDED, date(2021, 6, 30), null, 100, null)).ragReason())
			.isEqualTo("Embedded: evidence of impact accepted");
	}

	@Test
	void pastItsCurrentDueDateIsRedAndCountedAgainstBothDates() {
		// due 30/11/2020, revised 10/01/2021: 21 days past the revised date, 62 past the
		// original
		AssessedAction a = assess(action(Status.IN_PROGRESS, date(2020, 11, 30), date(2021, 1, 10), 90, AS_AT));
		assertThat(a.derivedRag()).isEqualTo(Rag.RED);
		assertThat(a.daysOverdue()).isEqualTo(21);
		assertThat(a.daysOverdueOriginal()).isEqualTo(62);
		assertThat(a.slippedDays()).isEqualTo(41);
		assertThat(a.dateMoves()).isEqualTo(1);
		assertThat(a.ragReason()).isEqualTo("Past its due date of 10/01/2021 by 21 days");
	}

	@Test
	void dueOnTheAsAtDateIsNotYetOverdue() {
		AssessedAction a = assess(action(Status.IN_PROGRESS, AS_AT, null, 90, AS_AT));
		assertThat(a.overdue()).isFalse();
		assertThat(a.derivedRag()).isEqualTo(Rag.GREEN);
	}

	@Test
	void dueWithinTheWindowAndBehindIsAmberButNotWhenFarEnoughAlong() {
		// due 28/02/2021 is 28 days on: inside the 28-day window
		assertThat(assess(action(Status.IN_PROGRESS, date(2021, 2, 28), null, 74, AS_AT)).ragReason())
			.isEqualTo("Due 28/02/2021 (in 28 days) and 74% complete");
		assertThat(assess(action(Status.IN_PROGRESS, date(2021, 2, 28), null, 75, AS_AT)).derivedRag())
			.isEqualTo(Rag.GREEN);
		assertThat(assess(action(Status.IN_PROGRESS, date(2021, 3, 1), null, 10, AS_AT)).derivedRag())
			.isEqualTo(Rag.GREEN);
		assertThat(assess(action(Status.IN_PROGRESS, date(2021, 2, 1), null, null, AS_AT)).ragReason())
			.isEqualTo("Due 01/02/2021 (in 1 day) and no % complete reported");
	}

	@Test
	void noUpdateForLongerThanTheThresholdIsStaleAndAmber() {
		// 26/12/2020 is 36 days before 31/01/2021; 27/12/2020 is 35
		AssessedAction stale = assess(action(Status.IN_PROGRESS, date(2021, 9, 30), null, 50, date(2020, 12, 26)));
		assertThat(stale.stale()).isTrue();
		assertThat(stale.daysSinceUpdate()).isEqualTo(36);
		assertThat(stale.ragReason()).isEqualTo("No update for 36 days");
		assertThat(assess(action(Status.IN_PROGRESS, date(2021, 9, 30), null, 50, date(2020, 12, 27))).stale())
			.isFalse();
		assertThat(assess(action(Status.IN_PROGRESS, date(2021, 9, 30), null, 50, null)).ragReason())
			.isEqualTo("No update recorded");
	}

	@Test
	void onHoldNotStartedLateAndSlippedAreAmberWithEveryReason() {
		assertThat(assess(action(Status.ON_HOLD, date(2021, 9, 30), null, 20, AS_AT)).ragReason()).isEqualTo("On hold");
		Action notStarted = new Action("1.1", 1, null, "Do it", "Owner", date(2021, 1, 10), date(2021, 9, 30), null,
				Status.NOT_STARTED, null, 0, AS_AT, null, null, null, null, null, 2);
		assertThat(assess(notStarted).ragReason()).isEqualTo("Not started; planned to start 10/01/2021");
		AssessedAction both = assess(
				action(Status.ON_HOLD, date(2021, 6, 30), date(2021, 9, 30), 20, date(2020, 1, 1)));
		assertThat(both.derivedRag()).isEqualTo(Rag.AMBER);
		assertThat(both.ragReason())
			.isEqualTo("On hold; no update for 396 days; due date moved from 30/06/2021 to 30/09/2021");
	}

	@Test
	void aNotStartedActionWhoseStartIsStillAheadIsNeitherStaleNorLate() {
		Action future = new Action("1.1", 1, null, "Do it", "Owner", date(2021, 3, 1), date(2021, 9, 30), null,
				Status.NOT_STARTED, null, null, null, null, null, null, null, null, 2);
		AssessedAction a = assess(future);
		assertThat(a.stale()).isFalse();
		assertThat(a.derivedRag()).isEqualTo(Rag.GREEN);
	}

	@Test
	void aNotStartedActionWithNoStartDateSaysALateStartCannotBeJudged() {
		String note = "no start date given, so a late start cannot be judged";
		// due 30/09/2021, 242 days on: nothing else to say
		assertThat(assess(notStarted(null, date(2021, 9, 30), null)).ragReason())
			.isEqualTo("On track for 30/09/2021; " + note);
		// due 28/02/2021, 28 days on, with no % complete: Amber for that alone
		AssessedAction dueSoon = assess(notStarted(null, date(2021, 2, 28), Rag.GREEN));
		assertThat(dueSoon.derivedRag()).isEqualTo(Rag.AMBER);
		assertThat(dueSoon.ragReason()).isEqualTo("Due 28/02/2021 (in 28 days) and no % complete reported; " + note);
		assertThat(dueSoon.challenge())
			.isEqualTo("Owner rates Green; the rules give Amber: due 28/02/2021 (in 28 days) "
					+ "and no % complete reported; " + note);
		// Red is Red whatever the start: due 10/01/2021, 21 days past
		assertThat(assess(notStarted(null, date(2021, 1, 10), null)).ragReason())
			.isEqualTo("Past its due date of 10/01/2021 by 21 days");
		// with a start date the rule is applied, and nothing is said of it
		assertThat(assess(notStarted(date(2021, 3, 1), date(2021, 9, 30), null)).ragReason())
			.isEqualTo("On track for 30/09/2021");
		assertThat(assess(action(Status.IN_PROGRESS, date(2021, 9, 30), null, 50, AS_AT)).ragReason())
			.isEqualTo("On track for 30/09/2021");
	}

	@Test
	void aStartDateLeftBlankBecauseItCouldNotBeReadSaysTheSame() {
		Header<ActionColumn> header = Header.match(1,
				new String[] { "Ref", "Section", "Action", "Owner", "Start date", "Due date", "Status" },
				ActionColumn.class, Map.of(), List.of());
		ActionValidator validator = new ActionValidator();
		validator.open(new ExecutionContext());
		InputRow<ActionColumn> row = new InputRow<>("plan.csv", 2,
				new String[] { "1.1", "1", "Do it", "Owner", "12/13/2020", "30/09/2021", "Not started" }, header);
		Action action = validator.process(row);
		assertThat(row.warnings()).hasSize(1);
		assertThat(action.startDate()).isNull();
		assertThat(assess(action).ragReason())
			.isEqualTo("On track for 30/09/2021; no start date given, so a late start cannot be judged");
	}

	@Test
	void anOwnersRatingBetterThanTheEvidenceIsChallenged() {
		Action rosy = new Action("2.2", 1, null, "Recruit", "Head of Legal", null, date(2020, 12, 31), null,
				Status.IN_PROGRESS, Rag.GREEN, 60, AS_AT, null, null, null, null, null, 2);
		assertThat(assess(rosy).challenge())
			.isEqualTo("Owner rates Green; the rules give Red: past its due date of 31/12/2020 by 31 days");
		Action honest = new Action("2.2", 1, null, "Recruit", "Head of Legal", null, date(2020, 12, 31), null,
				Status.IN_PROGRESS, Rag.RED, 60, AS_AT, null, null, null, null, null, 2);
		assertThat(assess(honest).challenged()).isFalse();
		Action claimsDone = new Action("2.3", 1, null, "Train", "AD", null, date(2021, 6, 30), null, Status.IN_PROGRESS,
				Rag.BLUE, 90, AS_AT, null, null, null, null, null, 2);
		assertThat(assess(claimsDone).challenge()).startsWith("Owner rates Blue; the rules give Green");
	}

	@Test
	void slippageAndMovesCountFromTheFirstRecordedDueDate() {
		// first recorded due 31/10/2020; stored months had 31/12/2020 then 28/02/2021;
		// now 31/03/2021
		DueDateHistory history = new DueDateHistory(date(2020, 10, 31), List.of(date(2020, 12, 31), date(2021, 2, 28)));
		Action overwritten = new Action("6.1", 1, null, "Plan", "HoS", null, date(2021, 3, 31), null,
				Status.IN_PROGRESS, null, 50, AS_AT, null, null, null, null, null, 2);
		AssessedAction a = this.assessor.assess(overwritten, history);
		assertThat(a.firstDueDate()).isEqualTo(date(2020, 10, 31));
		assertThat(a.slippedDays()).isEqualTo(151);
		assertThat(a.dateMoves()).isEqualTo(3);
		assertThat(a.daysOverdueOriginal()).isEqualTo(92);
		assertThat(a.daysOverdue()).isZero();
	}

	@Test
	void theSectionTitleComesFromThePlanElseTheTemplate() {
		assertThat(assess(action(Status.IN_PROGRESS, date(2021, 9, 30), null, 50, AS_AT)).sectionTitle())
			.isEqualTo("Leadership");
		Action titled = new Action("1.1", 1, "Own title", "Do it", "Owner", null, date(2021, 9, 30), null,
				Status.IN_PROGRESS, null, 50, AS_AT, null, null, null, null, null, 2);
		assertThat(assess(titled).sectionTitle()).isEqualTo("Own title");
	}

	@Test
	void tallyKeepsCompleteApartFromEmbeddedAndTakesTheMeanOverReportedFigures() {
		List<AssessedAction> actions = List.of(assess(action(Status.COMPLETE, date(2020, 6, 30), null, null, null)),
				assess(action(Status.EMBEDDED, date(2020, 6, 30), null, 100, null)),
				assess(action(Status.IN_PROGRESS, date(2021, 9, 30), null, 40, AS_AT)),
				assess(action(Status.IN_PROGRESS, date(2021, 9, 30), null, null, AS_AT)),
				assess(new Action("1.9", 1, null, "Later", "Owner", date(2021, 6, 1), date(2021, 9, 30), null,
						Status.NOT_STARTED, null, null, null, null, null, null, null, null, 9)));
		Tally t = Tally.of(actions);
		assertThat(t.count(Status.COMPLETE)).isEqualTo(1);
		assertThat(t.count(Status.EMBEDDED)).isEqualTo(1);
		assertThat(t.done()).isEqualTo(2);
		// (100 + 100 + 40 + 0) / 4, the in-progress action with no figure left out
		assertThat(t.meanPercent()).isEqualTo(60);
		assertThat(t.percentReported()).isEqualTo(4);
		assertThat(t.count(Rag.BLUE)).isEqualTo(2);
		assertThat(t.count(Rag.GREEN)).isEqualTo(3);
	}

	private AssessedAction assess(Action action) {
		return this.assessor.assess(action, DueDateHistory.NONE);
	}

	private static Action action(Status status, LocalDate due, LocalDate revised, Integer percent, LocalDate updated) {
		return new Action("1.1", 1, null, "Do it", "Owner", null, due, revised, status, null, percent, updated, null,
				null, null, null, null, 2);
	}

	private static Action notStarted(LocalDate start, LocalDate due, Rag ownerRag) {
		return new Action("1.1", 1, null, "Do it", "Owner", start, due, null, Status.NOT_STARTED, ownerRag, null, null,
				null, null, null, null, null, 2);
	}

	private static LocalDate date(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}

}
