package org.boardpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.boardpack.actionplan.AssessedAction;
import org.boardpack.actionplan.Rag;
import org.boardpack.actionplan.Status;
import org.boardpack.actionplan.Tally;
import org.junit.jupiter.api.Test;

/**
 * Pins the figures {@link BoardPackFixtures} documents, worked out by hand from its rows.
 */
class BoardPackFixturesTest {

	private final BoardPack pack = BoardPackFixtures.small();

	@Test
	void derivedRagAndCountsAreAsDocumented() {
		Tally t = this.pack.progress().overall();
		assertThat(t.actions()).isEqualTo(12);
		assertThat(refs(Rag.BLUE)).containsExactly("1.1", "1.2", "1.3", "2.1");
		assertThat(refs(Rag.RED)).containsExactly("2.2", "2.3", "3.1");
		assertThat(refs(Rag.AMBER)).containsExactly("1.4", "3.2", "3.3");
		assertThat(refs(Rag.GREEN)).containsExactly("2.4", "3.4");
		assertThat(t.count(Status.COMPLETE)).isEqualTo(3);
		assertThat(t.count(Status.EMBEDDED)).isEqualTo(1);
		assertThat(t.overdue()).isEqualTo(3);
		assertThat(t.slipped()).isEqualTo(2);
		assertThat(t.challenged()).isEqualTo(3);
		assertThat(t.stale()).isEqualTo(1);
		assertThat(this.pack.headline()).isEqualTo("4 of 12 actions complete, 3 off track");
	}

	@Test
	void overdueAndSlippageAreJudgedAgainstBothDates() {
		AssessedAction a = action("2.3");
		assertThat(a.daysOverdue()).isEqualTo(10);
		assertThat(a.daysOverdueOriginal()).isEqualTo(62);
		assertThat(a.slippedDays()).isEqualTo(52);
		assertThat(a.dateMoves()).isEqualTo(2);
		assertThat(action("2.2").daysOverdue()).isEqualTo(31);
		assertThat(action("3.3").slippedDays()).isEqualTo(31);
		assertThat(action("1.4").daysSinceUpdate()).isEqualTo(91);
	}

	@Test
	void sinceLastBoardIsAsDocumented() {
		var since = this.pack.sinceLastBoard();
		assertThat(since.previousPeriod()).isEqualTo("2020-12");
		assertThat(since.completed()).extracting(AssessedAction::ref).containsExactly("1.3", "2.1");
		assertThat(since.embedded()).isEmpty();
		assertThat(since.newlyOverdue()).extracting(AssessedAction::ref).containsExactly("2.2", "2.3", "3.1");
		assertThat(since.dueDateMoves()).extracting((m) -> m.action().ref() + ":" + m.days())
			.containsExactly("2.3:21", "3.3:31");
		assertThat(since.added()).extracting(AssessedAction::ref).containsExactly("3.4");
		assertThat(since.removed()).extracting(AssessedAction::ref).containsExactly("3.9");
		assertThat(this.pack.completed()).extracting(AssessedAction::ref).containsExactly("2.1");
		assertThat(this.pack.embedded()).extracting(AssessedAction::ref).containsExactly("1.3");
	}

	@Test
	void auditFiguresAreAsDocumented() {
		var audits = this.pack.audits();
		assertThat(audits.trend()).hasSize(12);
		assertThat(audits.current().goodOrBetter().label()).isEqualTo("63% (5 of 8, small sample)");
		assertThat(audits.previous().goodOrBetter().label()).isEqualTo("50% (5 of 10)");
		assertThat(audits.current().inadequate().label()).isEqualTo("13% (1 of 8, small sample)");
		assertThat(audits.current().driftFound().label()).isEqualTo("33% (2 of 6, small sample)");
		assertThat(audits.current().driftNotRecorded()).isEqualTo(2);
		assertThat(audits.byTeam()).extracting((g) -> g.name() + ":" + g.audits().audited())
			.containsExactly("Duty:5", "Permanence:3");
		assertThat(audits.moderation().moderated().count()).isEqualTo(3);
		assertThat(audits.moderation().up().count()).isEqualTo(1);
		assertThat(audits.moderation().down().count()).isEqualTo(1);
		assertThat(audits.trend().get(0).empty()).isTrue();
	}

	@Test
	void exceptionsAreOpenActionsAndEveryMatterIsListedOnceGroupedByKindInOrderOfUrgency() {
		// stale 1.4, overdue 2.2, 2.3 and 3.1, slipped 3.3; 3.2 is only due soon, and
		// done actions are history
		assertThat(this.pack.exceptions()).extracting(AssessedAction::ref)
			.containsExactly("1.4", "2.2", "2.3", "3.1", "3.3");
		// one row an action: asks 2.2 (overdue, rated better by its owner, said beside
		// the ask) and 3.2; challenges: 3.1 overdue and rated better, 2.3 overdue, 1.4
		// rated better; by due date: 2.2 (31/12), 2.3 (21/01), 3.1 (30/01), 3.2 (20/02),
		// 1.4 (30/06)
		assertThat(this.pack.matters().all()).extracting((m) -> m.kind() + " " + m.ref())
			.containsExactly("DECIDE 2.2", "CHALLENGE 2.3", "CHALLENGE 3.1", "DECIDE 3.2", "CHALLENGE 1.4");
		assertThat(this.pack.matters().onSummary()).extracting((m) -> m.kind() + " " + m.ref())
			.containsExactly("DECIDE 2.2", "DECIDE 3.2", "CHALLENGE 2.3", "CHALLENGE 3.1", "CHALLENGE 1.4");
		assertThat(this.pack.matters().rest()).isEmpty();
		assertThat(this.pack.matters().whereTheRestAre()).isNull();
		Matter ask = this.pack.matters().all().get(0);
		assertThat(ask.owner()).isEqualTo("Head of Legal");
		assertThat(ask.ask()).isEqualTo("Agree extra legal capacity.");
		assertThat(ask.whyNow()).isEqualTo(
				"31 days past its due date of 31/12/2020. The owner rates it Green, better than the rules give.");
		assertThat(this.pack.matters().all().get(1).whyNow())
			.isEqualTo("10 days past its due date of 21/01/2021; date moved twice, 52 days later than first agreed.");
		assertThat(this.pack.matters().all().get(4).ask())
			.isEqualTo("Challenge the owner's Green rating: the rules give Amber.");

		BoardPack tight = BoardPackAssembler.compose(withMatters(BoardPackFixtures.template(), 3),
				BoardPackFixtures.PERIOD, BoardPackFixtures.AS_AT, BoardPackFixtures.stored());
		assertThat(tight.matters().onSummary()).extracting((m) -> m.kind() + " " + m.ref())
			.containsExactly("DECIDE 2.2", "CHALLENGE 2.3", "CHALLENGE 3.1");
		assertThat(tight.matters().rest()).extracting((m) -> m.kind() + " " + m.ref())
			.containsExactly("DECIDE 3.2", "CHALLENGE 1.4");
		assertThat(tight.matters().whereTheRestAre())
			.isEqualTo("The other 2 matters for the board (1 to decide, 1 to challenge) are on page");
	}

	private static org.boardpack.template.Template withMatters(org.boardpack.template.Template t, int limit) {
		return new org.boardpack.template.Template(t.authority(), t.board(), t.reportTitle(), t.protectiveMarking(),
				t.author(), t.meetings(), t.boardIsAsked(), t.sections(), t.colours(), t.rag(), t.audits(), limit,
				t.legend(), t.columns(), t.kpis(), t.tracker(), t.language(), t.transfers(), t.bankHolidays(),
				t.workforce(), t.inbox(), t.notice(), t.historySchema());
	}

	@Test
	void caseReferencesAndAuditorsAreNotInThePackWhenTheTemplateForbidsThem() {
		assertThat(this.pack.periodAudits()).hasSize(2)
			.allSatisfy((a) -> assertThat(a.caseRef()).isNull())
			.allSatisfy((a) -> assertThat(a.auditor()).isNull());
	}

	private List<String> refs(Rag rag) {
		return this.pack.actions().stream().filter((a) -> a.derivedRag() == rag).map(AssessedAction::ref).toList();
	}

	private AssessedAction action(String ref) {
		return this.pack.actions().stream().filter((a) -> a.ref().equals(ref)).findFirst().orElseThrow();
	}

}
