package org.boardpack.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boardpack.report.pdf.RenderedPdf.squeeze;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.boardpack.actionplan.Action;
import org.boardpack.actionplan.ActionAssessor;
import org.boardpack.actionplan.AssessedAction;
import org.boardpack.actionplan.DueDateHistory;
import org.boardpack.actionplan.Rag;
import org.boardpack.actionplan.Status;
import org.boardpack.audit.AuditCube;
import org.boardpack.audit.DriftDelay;
import org.boardpack.audit.Grade;
import org.boardpack.audit.Moderation;
import org.boardpack.pack.BoardPack;
import org.boardpack.pack.BoardPackAssembler;
import org.boardpack.pack.BoardPackFixtures;
import org.boardpack.rejects.FileLoad;
import org.boardpack.template.Template;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A plan far bigger and wordier than any council's: 300 actions in 15 sections, long
 * owners, long updates, one update longer than a page and one word longer than any
 * column. The pack must still lay out, stay a sane length, number every page and lose no
 * words.
 */
class PdfBoardPackLayoutTest {

	private static final YearMonth PERIOD = YearMonth.of(2021, 1);

	private static final LocalDate AS_AT = PERIOD.atEndOfMonth();

	private static final int SECTIONS = 15;

	private static final int PER_SECTION = 20;

	/**
	 * The last word of the update longer than a page: if it is printed, nothing before it
	 * was dropped.
	 */
	private static final String LAST_WORD = "Endofthelongestupdate";

	private static final String LONG_WORD = "https://intranet.northmoor.example/childrens-services/improvement-plan/"
			+ "evidence/section-twelve/action-four/supervision-audit-of-every-team-in-the-service.xlsx";

	private static RenderedPdf pdf;

	@BeforeAll
	static void render() {
		pdf = RenderedPdf.of(bigPack());
	}

	@Test
	void laysOutAtASaneLengthWithEveryPageNumbered() {
		int total = pdf.pages.size();
		assertThat(total).isBetween(40, 200);
		for (int n = 1; n <= total; n++) {
			assertThat(pdf.page(n)).contains("Page " + n + " of " + total, "January 2021");
		}
	}

	@Test
	void theExecutiveSummaryStillFitsOnOnePage() {
		assertThat(pdf.page(2)).contains("Executive summary\n", "Matters for the board");
		assertThat(pdf.page(3)).contains("More matters for the board\n");
		assertThat(pdf.page(2)).containsPattern("The other \\d+ matters for the board \\(.*\\) are on page");
	}

	@Test
	void everySectionIsBookmarked() {
		Map<String, Object> annex = pdf.bookmarks.stream()
			.filter((b) -> b.get("Title").equals("Section pages (annex)"))
			.findFirst()
			.orElseThrow();
		assertThat(RenderedPdf.kids(annex)).hasSize(SECTIONS);
		for (Map<String, Object> section : RenderedPdf.kids(annex)) {
			assertThat(pdf.squeezed(RenderedPdf.page(section))).contains(squeeze((String) section.get("Title")));
		}
	}

	@Test
	void noWordIsLostAndALongWordIsBrokenWithAMark() {
		String text = pdf.all();
		assertThat(text).contains(LAST_WORD);
		String longWord = RenderedPdf.between(text, "https://intranet", LAST_WORD);
		assertThat(longWord).containsPattern("[a-z]-\n");
	}

	static BoardPack bigPack() {
		Template template = BoardPackFixtures.template();
		ActionAssessor assessor = new ActionAssessor(template.rag(), AS_AT, Map.of());
		Random random = new Random(42);
		Status[] statuses = Status.values();
		List<AssessedAction> actions = new ArrayList<>();
		for (int section = 1; section <= SECTIONS; section++) {
			for (int n = 1; n <= PER_SECTION; n++) {
				String ref = section + "." + n;
				LocalDate due = AS_AT.plusDays(random.nextInt(240) - 120);
				LocalDate revised = (n % 4 == 0) ? due.plusDays(45) : null;
				Status status = statuses[random.nextInt(statuses.length)];
				String update = (section == 12 && n == 4) ? words(random, 1400) + " " + LONG_WORD + " " + LAST_WORD
						: words(random, 25 + random.nextInt(40));
				Action action = BoardPackFixtures.action(ref, section, words(random, 15 + random.nextInt(20)),
						"Dr Gwenllian Angharad Rhys-Prydderch-Fitzgerald, Interim Assistant Director of Children’s "
								+ "Services (Safeguarding, Quality Assurance and Performance) " + n,
						due.minusMonths(6), due, revised, status, Rag.values()[random.nextInt(4)], random.nextInt(101),
						AS_AT.minusDays(random.nextInt(90)), update, (n % 3 == 0) ? words(random, 40) : null,
						(n % 7 == 0) ? words(random, 25) : null, "Priority theme " + (n % 6));
				actions.add(assessor.assess(
						withTitle(action, "Section " + section + ": " + words(random, 6 + random.nextInt(8))),
						DueDateHistory.NONE));
			}
		}
		List<AuditCube.Count> counts = new ArrayList<>();
		for (int m = 0; m < 12; m++) {
			YearMonth month = PERIOD.minusMonths(m);
			for (Grade grade : Grade.values()) {
				counts.add(new AuditCube.Count(new AuditCube.Cell(month, "Team " + m, "Monthly practice audit", grade,
						Moderation.NONE, DriftDelay.values()[m % 3]), 1 + random.nextInt(30)));
			}
		}
		List<FileLoad> loads = List.of(new FileLoad("actions", "plan.xlsx", "plan.xlsx (sheet Plan)", "c".repeat(64), 1,
				300, 300, 0, 0, List.of(), List.of(), 0));
		BoardPackAssembler.Stored stored = new BoardPackAssembler.Stored(actions, null, List.of(), counts, List.of(),
				List.of(), loads, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());
		return BoardPackAssembler.compose(template, PERIOD, AS_AT, stored);
	}

	private static Action withTitle(Action a, String title) {
		return new Action(a.ref(), a.section(), title, a.description(), a.owner(), a.startDate(), a.dueDate(),
				a.revisedDueDate(), a.status(), a.ownerRag(), a.percentComplete(), a.lastUpdated(), a.update(),
				a.evidence(), a.boardAsk(), a.theme(), a.decision(), a.line());
	}

	private static String words(Random random, int count) {
		String[] vocabulary = { "supervision", "oversight", "permanence", "audit", "drift", "delay", "team", "managers",
				"practice", "children", "plans", "reviewed", "monthly", "caseloads", "agency", "staff", "recorded",
				"within", "timescale", "the", "of", "and", "for", "every", "child", "Siân", "O’Neill" };
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append((i == 0) ? "" : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
		}
		return text.toString();
	}

}
