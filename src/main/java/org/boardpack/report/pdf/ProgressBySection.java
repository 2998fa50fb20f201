package org.boardpack.report.pdf;

import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;

import org.boardpack.actionplan.PeriodSummary;
import org.boardpack.actionplan.PlanProgress;
import org.boardpack.actionplan.Rag;
import org.boardpack.actionplan.Tally;
import org.boardpack.pack.BoardPack;
import org.boardpack.pack.Phrases;

/**
 * Where each section stands: a table of counts by RAG, dates moved, updates missing and
 * the owner's rating against the rules either way, the same as a chart, and the headline
 * figures of each stored month. Red is past the due date by definition, so no separate
 * overdue column repeats it; the plan's priorities mostly repeat its sections and are in
 * the tracker.
 */
final class ProgressBySection implements Part {

	private static final String[] COUNTS = { "Actions", "Blue", "Green", "Amber", "Red", "Due date moved",
			"Not updated", "Owner rates better", "Owner's warning", "Average % complete" };

	// leaves each count column wide enough for "complete", the longest word of its
	// headers
	private static final float NAME = 128;

	private static final float MONTH = 80;

	@Override
	public String title() {
		return "Progress by section";
	}

	@Override
	public void write(BoardPack pack, Pages pages) {
		Style style = pages.style();
		PlanProgress progress = pack.progress();
		pages.partFollowing(title());
		pages.add(tallies(style, pages.width(), "Section", progress.sections(), progress.overall(),
				(p) -> p.key() + ". " + p.title()));
		pages.note(Phrases.progressNote(pack.template()));
		pages.subheading("Actions by RAG in each section");
		pages.add(SectionChart.of(pages.writer(), style, progress.sections(), pages.width()));
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
		grid.figure(t.slipped()).figure(t.stale()).figure(t.challenged()).figure(t.ownerWarnings());
		grid.figure((t.meanPercent() != null) ? t.meanPercent() + "%" : Words.NONE);
	}

	/** The stored months' headline figures, oldest first: is the plan moving? */
	private static Grid trend(Style style, float width, List<PeriodSummary> months) {
		String[] columns = { "Actions", "Complete or embedded", "Of which embedded", "Red", "Amber", "Green",
				"Due date moved", "Not updated", "Owner rates better" };
		Grid grid = new Grid(style, Style.TABLE, widths(width, MONTH, columns.length));
		grid.header(headers("Month", columns));
		for (PeriodSummary m : months) {
			grid.text(Style.month(YearMonth.parse(m.period())));
			grid.figure(m.actions()).figure(m.done()).figure(m.embedded());
			grid.count(m.count(Rag.RED), Rag.RED).count(m.count(Rag.AMBER), Rag.AMBER);
			grid.count(m.count(Rag.GREEN), Rag.GREEN);
			grid.figure(m.slipped()).figure(m.stale()).figure(m.challenged());
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
