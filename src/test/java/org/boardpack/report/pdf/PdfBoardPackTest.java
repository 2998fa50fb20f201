package org.boardpack.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.boardpack.report.pdf.RenderedPdf.squeeze;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import org.boardpack.actionplan.SinceLastBoard;
import org.boardpack.pack.BoardPack;
import org.boardpack.pack.BoardPackFixtures;
import org.boardpack.pack.Packs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the PDF of {@link BoardPackFixtures#small()} back and checks it against the
 * figures worked out by hand in the fixture's javadoc: the right text on the right page,
 * the bookmarks, the properties, and nothing that identifies a child.
 */
class PdfBoardPackTest {

	private static final List<String> PARTS = List.of("Executive summary", "Progress by section",
			"Since the last board", "Exceptions", "Audit findings", "Section pages (annex)", "Appendix");

	private static BoardPack pack;

	private static RenderedPdf pdf;

	@BeforeAll
	static void render() {
		pack = BoardPackFixtures.small();
		pdf = RenderedPdf.of(pack);
	}

	@Test
	void coverNamesTheAuthorityBoardPeriodMeetingAndWhatTheBoardIsAsked() {
		assertThat(pdf.page(1)).contains("Northmoor Metropolitan Borough Council",
				"Children's Services Improvement Board", "Improvement plan progress report", "January 2021",
				"Note progress against the improvement plan", "Challenge the actions that are off track",
				"Decide on the matters for the board");
		assertThat(pdf.squeezed(1))
			.contains(squeeze("Board meeting 09/02/2021", "Data as at 31/01/2021", "Protective marking OFFICIAL"));
	}

	@Test
	void contentsGiveThePageEachPartStartsOn() {
		for (String part : PARTS) {
			int page = RenderedPdf.page(pdf.bookmarks.get(PARTS.indexOf(part)));
			assertThat(pdf.squeezed(1)).contains(squeeze(part) + page + squeeze(next(part)));
			assertThat(pdf.page(page)).contains(part + "\n");
		}
	}

	@Test
	void executiveSummaryIsOnePageLeadingWithTheHeadline() {
		String summary = pdf.page(2);
		assertThat(summary).contains("Executive summary\n", "4 of 12 actions complete, 3 off track", "Key messages",
				"Matters for the board");
		assertThat(pdf.squeezed(2))
			.startsWith(squeeze("Executive summary 4 of 12 actions complete, 3 off track B 4 G 2 A 3 R 3"))
			.contains(squeeze("Blue 4 Complete - delivered", "Green 2 On track", "Amber 3 At risk", "Red 3 Off track"))
			.contains(squeeze("4 of 12 actions are complete (1 of them embedded); 3 are off track (Red)"))
			// every matter once, grouped by kind, most urgent first within each
			.containsSubsequence(squeeze("Ref Owner What the board is asked Why now", "Decide",
					"2.2 Head of Legal Agree extra legal capacity. 31 days past its due date of 31/12/2020. The owner "
							+ "rates it Green, better than the rules give.",
					"3.2 Head of Service Escalate CAMHS waiting times. Due 20/02/2021, Amber by the rules; 40% complete.",
					"Challenge", "2.3 Head of Service Challenge the delay", "3.1 Head of Service Challenge the delay",
					"1.4 Ciarán O’Neill Challenge the owner's Green rating: the rules give Amber."))
			.doesNotContain(squeeze("The other"));
		assertThat(pdf.page(3)).contains("Progress by section").doesNotContain("Matters for the board");
	}

	@Test
	void progressBySectionGivesEachSectionsCountsInTableAndChart() {
		String progress = pdf.squeezed(pdf.pageWith("Progress by section\n"));
		// Actions, Blue, Green, Amber, Red, due date moved, not updated, owner rates
		// better, owner's warning, % complete: no Overdue column repeating Red
		assertThat(progress).contains(squeeze("1. Leadership, governance and culture 4 3 0 1 0 0 1 1 0 88%",
				"2. Management oversight and supervision 4 1 1 0 2 1 0 1 0 68%",
				"3. Social work practice and standards 4 0 1 2 1 1 0 1 0 50%", "All actions 12 4 2 3 3 2 1 3 0 68%"))
			.contains(squeeze("1 Leadership, governance and culture B 3 A 1 4",
					"2 Management oversight and supervision B 1 G 1 R 2 4"))
			.contains(squeeze("December 2020 12 2 0 0 3 7 1 1 2", "January 2021 12 4 1 3 3 2 2 1 3"))
			.doesNotContain("Overdue", "Stale", "Slipped", "Ratedtoohigh", "Mean%", "Derived", "Bypriority",
					"Byplanpriority");
		// every header word whole: a column narrower than its longest word breaks it
		// with a hyphen ("comple-te")
		assertThat(pdf.page(pdf.pageWith("Progress by section\n"))).doesNotContainPattern("[A-Za-z]-\n");
	}

	@Test
	void sinceTheLastBoardListsWhatMoved() {
		// The part follows progress by section on its page and goes on to the next.
		int first = pdf.pageWith("Since the last board\n");
		String since = pdf.squeezed(first) + pdf.squeezed(first + 1);
		assertThat(since).contains(squeeze("Compared with the pack for December 2020 (board meeting of 12/01/2021)."));
		assertThat(RenderedPdf.between(since, "StatusEvidenceofimpact", "RefActionDueDayslate"))
			.containsSubsequence(squeeze(
					"2.1 Introduce monthly case transfer tracker review by the AD Complete "
							+ "Transfers within 10 days: 88%.",
					"1.3 Embed the practice standards in supervision Embedded Supervision audit"))
			.doesNotContain("2.2");
		// one figure for a delay: days late against the current date, and how the date
		// moved
		assertThat(RenderedPdf.between(since, "DayslateDuedatemoved", "RefActionWasdue"))
			.containsSubsequence(squeeze("2.2 Recruit to the legal gateway panel 31/12/2020 31 never",
					"2.3 Train all team managers in management oversight 21/01/2021 10 52 days later, twice",
					"3.1 Permanence plan for every child by the second review 30/01/2021 1 never"));
		assertThat(RenderedPdf.between(since, "RefActionWasdue", "RefActionWasNow")).containsSubsequence(
				squeeze("2.3 Train all team managers in management oversight 31/12/2020 21/01/2021 +21 2",
						"3.3 Set up the permanence tracking meeting 28/02/2021 31/03/2021 +31 1"));
		// done (1.3) and newly late (2.3) actions are not repeated as RAG changes
		assertThat(RenderedPdf.between(since, "WasNowChange", "ChangeStatus")).doesNotContain("1.3", "2.3", "2.2");
		assertThat(RenderedPdf.between(since, "ChangeStatus", "OFFICIAL"))
			.contains(squeeze("3.4 Care leavers’ local offer refreshed Added Not started",
					"3.9 Pilot family group conferencing Removed was In progress"));
	}

	@Test
	void aFirstPackSaysThereIsNoEarlierMonthStored() {
		BoardPack first = Packs.withSince(pack, SinceLastBoard.firstBoard());
		RenderedPdf firstPdf = RenderedPdf.of(first);
		String since = firstPdf.page(firstPdf.pageWith("Since the last board\n"));
		assertThat(since).contains("No earlier month is stored, so there is no last board to compare with")
			.doesNotContain("Newly overdue");
	}

	@Test
	void exceptionsGiveOneFigureForADelayAndNoAskTwice() {
		// Exceptions follow the changes since the last board on their page and go on to
		// the next: from the exceptions' own table.
		int first = pdf.pageWith("Exceptions\n");
		String pages = pdf.squeezed(first) + pdf.squeezed(first + 1);
		String exceptions = pages.substring(pages.indexOf("RefOwnerRAGOwner'sRAG"));
		assertThat(exceptions).containsSubsequence("1.4Publish", "2.2Recruit", "2.3Train", "3.1Permanence", "3.3Setup");
		assertThat(RenderedPdf.between(exceptions, "2.3Train", "3.1Permanence")).contains(squeeze(
				"Head of Service R R 21/01/2021 10 52 days later, twice Red: past its due date of 21/01/2021 by 10 days",
				"Latest update: 26/01/2021: 3 sessions left."));
		assertThat(RenderedPdf.between(exceptions, "2.2Recruit", "2.3Train"))
			.contains(squeeze("Head of Legal R G 31/12/2020 31 never Red: past its due date of 31/12/2020 by 31 days; "
					+ "owner rates it better than the rules (Green)"))
			.doesNotContain("Askoftheboard", "Agreeextralegalcapacity");
		assertThat(RenderedPdf.between(exceptions, "1.4Publish", "2.2Recruit"))
			.contains(squeeze("Ciarán O’Neill A G 30/06/2021 0 never Amber: no update for 91 days"));
		assertThat(RenderedPdf.between(exceptions, "3.3Setup", "OFFICIAL"))
			.contains(squeeze("A A 31/03/2021 0 31 days later, once"));
		assertThat(exceptions).doesNotContain("2.4Reviewthesupervisionpolicy", "3.4Careleavers", "Dayslateagainst",
				"Stale", "stale", "evidencegives");
	}

	@Test
	void auditFindingsGiveEveryPercentageWithItsCountFromTheFirstMonthWithAudits() {
		String page = pdf.page(pdf.pageWith("Audit findings\n"));
		String audits = squeeze(page);
		assertThat(audits)
			.contains(squeeze("Trend, November 2020 to January 2021", "Good or better", "Inadequate",
					"Hollow: fewer than 10 audits (*)"))
			.contains(squeeze("Month Nov 2020 Dec 2020 Jan 2021 Audits 20 10 8 Good or better"))
			.contains(squeeze("30% 6 of 20 50% 5 of 10 63%* 5 of 8 Inadequate"))
			.contains(squeeze("Drift or delay not recorded 0 0 2"))
			.contains(squeeze("Duty 5 80% (4 of 5)*", "Permanence 3 33% (1 of 3)*"))
			.contains(squeeze("Monthly practice audit 6 67% (4 of 6)*", "Thematic: drift and delay 2 50% (1 of 2)*"))
			.contains(squeeze("Management oversight 8 25% (2 of 8)* 25% (2 of 8)*"))
			.contains(squeeze("38% (3 of 8)* 67% (2 of 3)* 33% (1 of 3)* 33% (1 of 3)*"));
		// the small-sample mark is explained once
		assertThat(page.split("small sample", -1)).hasSize(2);
		assertThat(audits).doesNotContain("0of0", "noaudits");
	}

	@Test
	void sectionPagesListEveryActionWithBothRagsAndTheWordsInFull() {
		int annex = pdf.pageWith("Section pages (annex)\n");
		String sections = squeeze(String.join("\n", pdf.pages.subList(annex - 1, pdf.pageWith("Appendix\n") - 1)));
		assertThat(sections).containsSubsequence("1.1Appoint", "1.2Refresh", "1.3Embed", "1.4Publish", "2.1Introduce",
				"2.2Recruit", "2.3Train", "2.4Review", "3.1Permanence", "3.2Reduce", "3.3Setup", "3.4Careleavers");
		assertThat(sections).contains(squeeze(
				"1.2 Refresh the improvement board’s terms of reference "
						+ "Siân Pritchard, Head of Service (Permanence) 30/06/2020 – Complete B B 100% "
						+ "Leadership and governance",
				"Latest update (01/07/2020): Agreed by the board.",
				"1.4 Publish the quarterly practice newsletter Ciarán O’Neill 30/06/2021 – In progress G A 50%",
				"2.3 Train all team managers in management oversight "
						+ "Head of Service (Assessment) 30/11/2020 21/01/2021 In progress R R 80%",
				"Evidence of impact: Supervision audit: standards evident in 31 of 40 files (78%).",
				"3.4 Care leavers’ local offer refreshed "
						+ "Head of Service (Care Leavers) 30/09/2021 – Not started – G –"));
	}

	@Test
	void appendixGivesTheLegendTheRagRulesAndReconciliationButNoRejectedRow() {
		String appendix = pdf.squeezed(pdf.pageWith("Appendix\n"));
		assertThat(appendix)
			.contains(squeeze("B Blue Complete - delivered (status Complete or Embedded)",
					"Embedded Delivered, and the board has accepted the evidence of impact", pack.ragRules().get(2),
					"Green: none of the above.", "Action plan 12 12 0 0 –", "Case audits 40 38 2 0 Notes",
					"Every row read was either used or rejected.", "Case audits overall_grade Missing value 1",
					"Case audits audit_date Invalid date 1"))
			.doesNotContain("2020-11-31", "AUD-7", "AUD-19", squeeze("overall_grade is required"), "seeds/", ".csv",
					"Reconciles", "Blankrows");
	}

	@Test
	void everyPageIsA4AndCarriesTheMarkingThePeriodAndPageNOfM() {
		int total = pdf.pages.size();
		for (int n = 1; n <= total; n++) {
			Rectangle size = pdf.reader.getPageSize(n);
			assertThat(size.getWidth()).isEqualTo(595, offset(1f));
			assertThat(size.getHeight()).isEqualTo(842, offset(1f));
			assertThat(pdf.page(n)).contains("Page " + n + " of " + total, "January 2021", "OFFICIAL");
		}
	}

	@Test
	void everyPartAndSectionIsBookmarkedAtThePageItStartsOn() {
		assertThat(pdf.bookmarks).extracting((b) -> b.get("Title")).containsExactlyElementsOf(PARTS);
		for (Map<String, Object> part : pdf.bookmarks) {
			assertThat(pdf.page(RenderedPdf.page(part))).contains((String) part.get("Title"));
		}
		Map<String, Object> annex = pdf.bookmarks.get(PARTS.indexOf("Section pages (annex)"));
		assertThat(RenderedPdf.kids(annex)).extracting((b) -> b.get("Title"))
			.containsExactly("1. Leadership, governance and culture", "2. Management oversight and supervision",
					"3. Social work practice and standards");
		for (Map<String, Object> section : RenderedPdf.kids(annex)) {
			assertThat(pdf.page(RenderedPdf.page(section))).contains((String) section.get("Title"));
		}
	}

	@Test
	void propertiesComeFromTheTemplateAndTheAsAtDate() {
		assertThat(pdf.info)
			.containsEntry("Title",
					"Children's Services Improvement Board: Improvement plan progress report, January 2021")
			.containsEntry("Author", "Performance and Quality Assurance Service")
			.containsEntry("CreationDate", "D:20210131000000Z")
			.containsEntry("ModDate", "D:20210131000000Z");
		assertThat(pdf.info.get("Subject")).contains("Northmoor Metropolitan Borough Council", "January 2021");
	}

	@Test
	void theSamePackGivesTheSameBytes() {
		byte[] again = RenderedPdf.bytes(BoardPackFixtures.small());
		assertThat(again).isEqualTo(pdf.bytes);
	}

	@Test
	void theFileIdentifierIsTheHashOfWhatComesBeforeTheCompressedCrossReference() throws Exception {
		String text = new String(pdf.bytes, StandardCharsets.ISO_8859_1);
		int startxref = text.lastIndexOf("startxref");
		int xref = Integer.parseInt(text.substring(startxref + "startxref".length()).trim().split("\\s+")[0]);
		// The structure tree's many small dictionaries go into compressed object streams,
		// so the cross-reference is a stream too, its dictionary holding the /ID.
		assertThat(text.substring(xref, text.indexOf("stream", xref))).contains("/Type/XRef", "/ID [<");
		assertThat(text).contains("/Type/ObjStm");
		String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(Arrays.copyOf(pdf.bytes, xref)));
		PdfArray id = pdf.reader.getTrailer().getAsArray(PdfName.ID);
		assertThat(HexFormat.of().formatHex(id.getAsString(0).getOriginalBytes())).isEqualTo(md5);
		assertThat(HexFormat.of().formatHex(id.getAsString(1).getOriginalBytes())).isEqualTo(md5);
	}

	@Test
	void everyFontIsEmbedded() {
		PdfReader reader = pdf.reader;
		for (int n = 1; n <= reader.getNumberOfPages(); n++) {
			PdfDictionary fonts = reader.getPageN(n).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
			for (PdfName name : fonts.getKeys()) {
				PdfDictionary font = fonts.getAsDict(name);
				PdfDictionary descendant = font.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0);
				assertThat(descendant.getAsDict(PdfName.FONTDESCRIPTOR).get(PdfName.FONTFILE2))
					.as("font %s on page %d", font.get(PdfName.BASEFONT), n)
					.isNotNull();
			}
		}
	}

	@Test
	void nothingIdentifiesAChild() {
		String text = pdf.all() + pdf.info.values();
		assertThat(text).doesNotContain("NMB-418273", "NMB-552910", "NMB-", "Hannah Booth", "Practice Lead 3",
				"AUD-2021-0001");
	}

	/**
	 * The part after this one in the contents, or what follows the contents on the cover.
	 */
	private static String next(String part) {
		int i = PARTS.indexOf(part);
		return (i + 1 < PARTS.size()) ? PARTS.get(i + 1) : "OFFICIAL";
	}

}
