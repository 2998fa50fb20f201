package org.boardpack.report.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;

import org.boardpack.pack.BoardPack;
import org.boardpack.pack.Performance;

/**
 * The performance scorecard on one page: each measure's latest figure with its counts,
 * its target and RAG, its direction since last month and a year ago, where it stands
 * against statistical neighbours and England, its twelve-month line and the months it has
 * been Red, grouped by domain; under it the rule it is rated by.
 */
final class ScorecardPart implements Part {

	// RAG and Months red as wide as their headers' longest word: narrower, the PDF breaks
	// the word
	private static final float[] WIDTHS = { 109, 56, 44, 23, 56, 56, 42, 42, 52, 31 };

	private static final float SPARK_HEIGHT = 14;

	@Override
	public String title() {
		return "Performance scorecard";
	}

	/**
	 * Without measures the part is left out, not printed as a blank page: the executive
	 * summary already says the scorecard is left out and why.
	 */
	@Override
	public boolean shown(BoardPack pack) {
		return pack.performance().present();
	}

	@Override
	public void write(BoardPack pack, Pages pages) {
		Style style = pages.style();
		Performance performance = pack.performance();
		pages.part(title());
		float size = Style.SMALL;
		Grid grid = new Grid(style, size, WIDTHS).header("Measure", "Latest", "Target", "RAG", "Since last month",
				"Since a year ago", "Statistical neighbours", "England", "Last 12 months", "Months red");
		Font domain = style.bold(size);
		for (Performance.Group group : performance.groups()) {
			grid.span(new Phrase(group.domain(), domain), WIDTHS.length);
			for (Performance.Row row : group.rows()) {
				grid.text(row.name())
					.figure(row.counts().isEmpty() ? row.latest() : row.latest() + "\n" + row.counts())
					.text(row.target())
					.rag(row.rag().rag())
					.text(row.lastMonth())
					.text(row.yearAgo())
					.text(row.statNeighbours())
					.text(row.england())
					.image(Sparkline.of(pages.writer(), style, row.trend(), row.rag().rag(), row.trendText(),
							Grid.inner(WIDTHS[8]), SPARK_HEIGHT))
					.figure(row.monthsRed());
			}
		}
		pages.add(grid);
		for (String line : performance.rule()) {
			pages.note(line);
		}
		performance.notes().forEach(pages::note);
	}

}
