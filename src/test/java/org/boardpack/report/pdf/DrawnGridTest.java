package org.boardpack.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import com.lowagie.text.Chunk;
import com.lowagie.text.Phrase;

import org.boardpack.actionplan.Rag;
import org.boardpack.pack.BoardPackFixtures;
import org.junit.jupiter.api.Test;

/**
 * DrawnGrid breaks and measures cells as OpenPDF does: a grid drawn must be exactly as
 * tall as OpenPDF makes the same cells in a table, or pages would break in other places.
 * If OpenPDF is upgraded and lays text out otherwise, this is where it shows.
 */
class DrawnGridTest {

	private static final float[] WIDTHS = { 26, 125, 50, 50, 36, 234 };

	private final Style style = Style.of(BoardPackFixtures.template());

	@Test
	void aRecordIsAsTallAsOpenPdfMakesIt() {
		Grid grid = new Grid(this.style, Style.TABLE, WIDTHS);
		grid.joined("P151-9.1", true, false)
			.text("Make sure every care leaver has a pathway plan written with them and reviewed every six months",
					this.style.bold(Style.TABLE), WIDTHS.length - 1);
		grid.joined("", false, false)
			.text("Siân Pritchard, Head of Service (Permanence)")
			.text("31/12/2020")
			.figure("100%")
			.rag(Rag.AMBER)
			.count(12, Rag.RED);
		Phrase words = this.style.labelled("Latest update (26/01/2021):",
				"Panel started\u200b in January;\n\nthe rest follows.\n   Indented, then "
						+ "https://intranet.example/a-very-long-link-that-is-wider-than-any-column-of-the-table.xlsx",
				Style.TABLE, Grid.inner(495));
		words.add(new Chunk("\n"));
		words.add(this.style.labelled("Ask of the board:", "Note the change.\n", Style.TABLE, Grid.inner(495)));
		grid.joined("", false, true).span(words, WIDTHS.length - 1);
		assertSameHeight(grid);
	}

	@Test
	void headingsAndNarrowColumnsAreAsTallAsOpenPdfMakesThem() {
		Grid grid = new Grid(this.style, Style.TABLE, 20, 30, 40, 60, 80, 100);
		grid.headings("Ref", "Days late against first date", "Evidence of impact", "Owner's RAG", "%", "");
		grid.text("AVeryLongWordIndeed")
			.figure(123456)
			.rag(null)
			.text("a b c d e f g h i j k l m n o p")
			.text("\n\n")
			.bold("Ends with spaces   ");
		assertSameHeight(grid);
	}

	@Test
	void wordyCellsOfEveryWidthBreakWhereOpenPdfBreaksThem() {
		String[] vocabulary = { "supervision", "oversight", "permanence", "audit", "drift", "delay", "team", "a",
				"managers", "practice", "children's", "plans", "re-viewed", "monthly", "caseloads", "Siân", "O’Neill",
				"(MASH)", "31/12/2020", "—", "W", "i", "ll" };
		Random random = new Random(42);
		for (int width = 24; width < 420; width += 7) {
			Grid grid = new Grid(this.style, Style.TABLE, width, 60);
			for (int cell = 0; cell < 20; cell++) {
				StringBuilder text = new StringBuilder();
				for (int i = random.nextInt(40); i >= 0; i--) {
					text.append(vocabulary[random.nextInt(vocabulary.length)]);
					text.append((random.nextInt(9) == 0) ? "\n" : " ");
				}
				grid.text(text.toString()).bold(vocabulary[random.nextInt(vocabulary.length)]);
			}
			assertSameHeight(grid);
		}
	}

	private static void assertSameHeight(Grid grid) {
		DrawnGrid drawn = grid.drawn();
		assertThat(drawn).isNotNull();
		assertThat(drawn.height()).isCloseTo(grid.table().getTotalHeight(), within(0.001f));
	}

}
