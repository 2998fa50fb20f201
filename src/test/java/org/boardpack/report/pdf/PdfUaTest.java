package org.boardpack.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;

import org.boardpack.pack.BoardPackFixtures;
import org.junit.jupiter.api.Test;

/**
 * The pack conforms to PDF/UA-1 as veraPDF checks it, with no rule failed, and its
 * structure tree reads back as the pages read: headings in order, tables with their
 * column headings, charts with their figures in words. The seed pack is checked where the
 * job makes it ({@code BoardPackJobTests}).
 */
class PdfUaTest {

	@Test
	void aMonthWithHistoryConforms() {
		assertThat(PdfUa.failures(RenderedPdf.bytes(BoardPackFixtures.small()))).isEmpty();
	}

	/**
	 * 300 actions, most of them exceptions, owners' names over several lines and one
	 * update longer than a page, broken over pages between its lines.
	 */
	@Test
	void aPackWithManyExceptionsConforms() {
		byte[] pdf = RenderedPdf.bytes(PdfBoardPackLayoutTest.bigPack());
		assertThat(PdfUa.failures(pdf)).isEmpty();
	}

	@Test
	void headingsComeInReadingOrderOneLevelAtATime() throws Exception {
		List<String> headings = new ArrayList<>();
		walk(document(RenderedPdf.bytes(BoardPackFixtures.small())), (e) -> {
			String type = e.getAsName(PdfName.S).toString();
			if (type.matches("/H[1-6]")) {
				headings.add(type.substring(1));
			}
		});
		// The cover's title and its two headings, then each part and what it holds: the
		// summary's key messages and matters, progress by section's chart and months,
		// the five lists of what changed since the last board.
		assertThat(headings).startsWith("H1", "H2", "H2", "H1", "H2", "H2", "H1", "H2", "H2", "H1", "H2", "H2", "H2",
				"H2", "H2");
		// The cover's title and one for each part, as many as the parts' bookmarks.
		assertThat(headings.stream().filter("H1"::equals))
			.hasSize(1 + RenderedPdf.of(BoardPackFixtures.small()).bookmarks.size());
		for (int i = 1; i < headings.size(); i++) {
			int level = headings.get(i).charAt(1) - '0';
			int before = headings.get(i - 1).charAt(1) - '0';
			assertThat(level).as("heading %d after H%d", level, before).isLessThanOrEqualTo(before + 1);
		}
	}

	@Test
	void aTableHeadsItsColumnsWithHeaderCellsScopedToTheColumn() throws Exception {
		List<PdfDictionary> tables = new ArrayList<>();
		walk(document(RenderedPdf.bytes(BoardPackFixtures.small())), (e) -> {
			if (PdfName.TABLE.equals(e.getAsName(PdfName.S))) {
				tables.add(e);
			}
		});
		// The exceptions: Ref, Owner, RAG ... Why listed, then three rows for each of the
		// five (the audit trend has eight columns too, and fewer rows).
		PdfDictionary exceptions = tables.stream()
			.filter((t) -> kids(kids(t).get(0)).size() == 8 && kids(t).size() == 1 + 3 * 5)
			.findFirst()
			.orElseThrow();
		PdfDictionary header = kids(exceptions).get(0);
		for (PdfDictionary cell : kids(header)) {
			assertThat(cell.getAsName(PdfName.S)).isEqualTo(PdfName.TH);
			assertThat(cell.getAsDict(PdfName.A).getAsName(new PdfName("Scope"))).isEqualTo(new PdfName("Column"));
		}
		PdfDictionary firstRecord = kids(exceptions).get(1);
		assertThat(kids(firstRecord).get(0).getAsName(PdfName.S)).isEqualTo(PdfName.TD);
		// The ref beside its description, figures and words spans their three rows.
		assertThat(kids(firstRecord).get(0).getAsDict(PdfName.A).getAsNumber(new PdfName("RowSpan")).intValue())
			.isEqualTo(3);
	}

	@Test
	void aChartSaysInWordsWhatItShows() throws Exception {
		List<String> alts = new ArrayList<>();
		walk(document(RenderedPdf.bytes(BoardPackFixtures.small())), (e) -> {
			if (PdfName.FIGURE.equals(e.getAsName(PdfName.S))) {
				alts.add(e.getAsString(PdfName.ALT).toUnicodeString());
			}
		});
		// The executive summary's bar over the 12 actions (fixture: Blue 4, Green 2,
		// Amber 3, Red 3), the chart by section, the audit trend, a bar per section.
		assertThat(alts).hasSize(3 + 3);
		assertThat(alts.get(0)).isEqualTo("Actions by derived RAG: 12 actions; Blue 4, Green 2, Amber 3, Red 3.");
		assertThat(alts).anySatisfy((alt) -> assertThat(alt).startsWith("Percent of audits good or better")
			.contains(
					"January 2021: good or better 63% (5 of 8, small sample), inadequate 13% (1 of 8, small sample)."));
	}

	private static PdfDictionary document(byte[] pdf) throws Exception {
		PdfReader reader = new PdfReader(pdf);
		PdfDictionary root = reader.getCatalog().getAsDict(PdfName.STRUCTTREEROOT);
		return kids(root).get(0);
	}

	private static void walk(PdfDictionary element, java.util.function.Consumer<PdfDictionary> visit) {
		visit.accept(element);
		kids(element).forEach((kid) -> walk(kid, visit));
	}

	/** An element's child elements, leaving out its marked content. */
	private static List<PdfDictionary> kids(PdfDictionary element) {
		List<PdfDictionary> kids = new ArrayList<>();
		PdfObject k = PdfReader.getPdfObject(element.get(PdfName.K));
		if (k instanceof PdfArray array) {
			for (int i = 0; i < array.size(); i++) {
				PdfObject kid = PdfReader.getPdfObject(array.getPdfObject(i));
				if (kid instanceof PdfDictionary d && d.contains(PdfName.S)) {
					kids.add(d);
				}
			}
		}
		else if (k instanceof PdfDictionary d && d.contains(PdfName.S)) {
			kids.add(d);
		}
		return kids;
	}

}
