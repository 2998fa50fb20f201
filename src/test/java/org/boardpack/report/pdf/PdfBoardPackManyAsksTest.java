package org.boardpack.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boardpack.report.pdf.RenderedPdf.squeeze;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.boardpack.actionplan.ActionAssessor;
import org.boardpack.actionplan.AssessedAction;
import org.boardpack.actionplan.DueDateHistory;
import org.boardpack.actionplan.Status;
import org.boardpack.pack.BoardPack;
import org.boardpack.pack.BoardPackAssembler;
import org.boardpack.pack.BoardPackFixtures;
import org.boardpack.template.Template;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A plan built to ask a lot of its board: 48 actions, 24 of them with an ask and 6 more
 * past their due date, so 30 matters, far more than the summary's limit of 8. Every one
 * must be in the pack before the annex, once, and the pages before the annex stay at most
 * eight.
 */
class PdfBoardPackManyAsksTest {

	private static final int ACTIONS = 48;

	private static final int ASKS = 24;

	private static final int OVERDUE = 6;

	private static Template template;

	private static RenderedPdf pdf;

	private static int annex;

	@BeforeAll
	static void render() {
		template = BoardPackFixtures.template();
		pdf = RenderedPdf.of(pack());
		annex = RenderedPdf.page(pdf.bookmarks.stream()
			.filter((b) -> b.get("Title").equals("Section pages (annex)"))
			.findFirst()
			.orElseThrow());
	}

	@Test
	void everyAskIsBeforeTheAnnexOnce() {
		String before = beforeTheAnnex();
		for (int i = 1; i <= ASKS; i++) {
			assertThat(occurrences(before, squeeze(ask(i)))).as(ask(i)).isEqualTo(1);
		}
		// each delay without an ask is challenged once, by its ref
		assertThat(occurrences(before, squeeze("Challenge the delay: what will get it done"))).isEqualTo(OVERDUE);
	}

	@Test
	void theSummaryHoldsTheTemplatesLimitAndSaysWhereTheRestAre() {
		String summary = pdf.squeezed(2);
		int limit = template.mattersForTheBoard();
		assertThat(limit).isEqualTo(8);
		// past their due date first: the 6 challenges, then the 2 asks due soonest
		assertThat(occurrences(summary, squeeze("Challenge the delay"))).isEqualTo(OVERDUE);
		assertThat(summary).contains(squeeze(ask(1)), squeeze(ask(2))).doesNotContain(squeeze(ask(3)));
		// the page's number is drawn in a box, which the text extraction puts first
		assertThat(summary).contains(squeeze("3 The other 22 matters for the board (22 to decide) are on page"));
		assertThat(pdf.page(3)).contains("More matters for the board\n");
	}

	@Test
	void thePagesBeforeTheAnnexAreAtMostEightCoverIncluded() {
		assertThat(annex - 1).isLessThanOrEqualTo(8);
	}

	private static String beforeTheAnnex() {
		StringBuilder text = new StringBuilder();
		for (int n = 1; n < annex; n++) {
			text.append(pdf.squeezed(n));
		}
		return text.toString();
	}

	private static int occurrences(String text, String what) {
		Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

	/** "Agree the funding bid number 07 for this board.": unique, none inside another. */
	private static String ask(int i) {
		return String.format("Agree the funding bid number %02d for this board.", i);
	}

	private static String late(int i) {
		return String.format("%02d", i);
	}

	/**
	 * 48 actions in 6 sections: the odd-numbered ones ask something, due a week apart
	 * from February; six others are past their due date; the rest are on track. No owner
	 * rates an action, so no rating is challenged.
	 */
	private static BoardPack pack() {
		LocalDate asAt = BoardPackFixtures.AS_AT;
		ActionAssessor assessor = new ActionAssessor(template.rag(), asAt, template.sections());
		List<AssessedAction> actions = new ArrayList<>();
		int asked = 0;
		int late = 0;
		for (int n = 1; n <= ACTIONS; n++) {
			int section = 1 + (n - 1) / 8;
			String ref = section + "." + (1 + (n - 1) % 8);
			String description = "Action " + n + " of the plan";
			String ask = null;
			LocalDate due = asAt.plusMonths(6);
			if (n % 2 == 1) {
				asked++;
				ask = ask(asked);
				due = asAt.plusDays(7L * asked);
			}
			else if (late < OVERDUE) {
				late++;
				description = "Late action " + late(late);
				due = asAt.minusDays(10L + late);
			}
			actions.add(assessor
				.assess(BoardPackFixtures.action(ref, section, description, "Head of Service", due.minusMonths(6), due,
						null, Status.IN_PROGRESS, null, 50, asAt.minusDays(5), "Work is under way.", null, ask, null),
						DueDateHistory.NONE));
		}
		BoardPackAssembler.Stored s = BoardPackFixtures.stored();
		return BoardPackAssembler.compose(template, BoardPackFixtures.PERIOD, asAt,
				new BoardPackAssembler.Stored(actions, null, List.of(), s.counts(), s.domainCounts(), s.periodAudits(),
						s.fileLoads(), s.rejects(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of()));
	}

}
