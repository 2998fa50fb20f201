package org.boardpack.report.pdf;

import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;

import org.boardpack.actionplan.PeriodSummary;
import org.boardpack.actionplan.PlanProgress;
import org.boardpack.actionplan.Rag;
import org.boardpack.actionplan.Tally;
import org.boardpack.pack.BoardPack;

/**
 * Where each section stands: a table of counts by derived RAG, overdue, slipped, stale
 * and challenged, the same as a chart, the plan's priorities where the plan gives them,
 * and the headline figures of each stored month.
 */
final class ProgressBySection implements Part {

	private static final String[] COUNTS = { "Actions", "Blue", "Green", "Amber", "Red", "Overdue", "Slipped", "Stale",
			"Rated too high", "Mean % done" };

	private static final float NAME = 150;

	private static final float MONTH = 80;

	@Override
	public String title() {
		return "Progress by section";
	}

	@Override
	public void write(BoardPack pack, Pages pages) {
		Style style = pages.style();
		PlanProgress progress = pack.progress();
		pages.part(title());
		pages.add(tallies(style, pages.width(), "Section", progress.sections(), progress.overall(),
				(p) -> p.key() + ". " + p.title()));
		pages.subheading("Actions by derived RAG in each section");
		pages.add(SectionChart.of(pages.writer(), style, progress.sections(), pages.width()));
		if (!progress.themes().isEmpty()) {
			pages.subheading("By plan priority");
			pages.add(tallies(style, pages.width(), "Priority", progress.themes(), progress.overall(),
					PlanProgress.Part::title));
		}
		pages.subheading("Month by month");
		pages.add(trend(style, pages.width(), pack.trend()));
	}

	private static Grid tallies(Style style, float width, String name, List<PlanProgress.Part> parts, Tally overall,
			Function<PlanProgress.Part, String> label) {
		Grid grid = new Grid(style, Style.TABLE, widths(width, NAME, COUNTS.length));
		grid.header(headers(name, COUNTS));
		for (PlanProgress.Part part : parts) {
			counts(grid.text(label.apply(part)), part.tally());
		}
		counts(grid.bold("All actions"), overall);
		return grid;
	}

	private static void counts(Grid grid, Tally t) {
		grid.figure(t.actions());
		for (Rag rag : Rag.values()) {
			grid.count(t.count(rag), rag);
		}
		grid.figure(t.overdue()).figure(t.slipped()).figure(t.stale()).figure(t.challenged());
		grid.figure((t.meanPercent() != null) ? t.meanPercent() + "%" : Words.NONE);
	}

	/** The stored months' headline figures, oldest first: is the plan moving? */
	private static Grid trend(Style style, float width, List<PeriodSummary> months) {
		String[] columns = { "Actions", "Complete", "Embedded", "Red", "Amber", "Green", "Overdue", "Slipped", "Stale",
				"Rated too high" };
		Grid grid = new Grid(style, Style.TABLE, widths(width, MONTH, columns.length));
		grid.header(headers("Month", columns));
		for (PeriodSummary m : months) {
			grid.text(Style.month(YearMonth.parse(m.period())));
			grid.figure(m.actions()).figure(m.done()).figure(m.embedded());
			grid.count(m.count(Rag.RED), Rag.RED).count(m.count(Rag.AMBER), Rag.AMBER);
			grid.count(m.count(Rag.GREEN), Rag.GREEN);
			grid.figure(m.overdue()).figure(m.slipped()).figure(m.stale()).figure(m.challenged());
		}
		return grid;
	}

	private static float[] widths(float width, float name, int counts) {
		float[] widths = new float[counts + 1];
		widths[0] = name;
		for (int i = 1; i < widths.length; i++) {
			widths[i] = (width - name) / counts;
		}
		return widths;
	}

	private static String[] headers(String first, String[] rest) {
		String[] headers = new String[rest.length + 1];
		headers[0] = first;
		System.arraycopy(rest, 0, headers, 1, rest.length);
		return headers;
	}

}
