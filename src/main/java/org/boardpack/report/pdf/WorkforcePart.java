package org.boardpack.report.pdf;

import org.boardpack.pack.BoardPack;
import org.boardpack.pack.Workforce;

/**
 * Workforce and caseloads on one page: each team's caseload against its cap (the teams
 * over cap first), its agency, vacancy and turnover rates, unallocated cases and
 * supervision on time, with the counts behind each and the caseload's trend; all teams
 * together last; under it how each figure is worked out.
 */
final class WorkforcePart implements Part {

	private static final float[] WIDTHS = { 70, 66, 46, 22, 54, 46, 66, 48, 46, 47 };

	private static final float SPARK_HEIGHT = 14;

	@Override
	public String title() {
		return "Workforce and caseloads";
	}

	/**
	 * Without workforce figures the part is left out, not printed as a blank page: the
	 * executive summary and the data quality annex say why.
	 */
	@Override
	public boolean shown(BoardPack pack) {
		return pack.workforce().present();
	}

	@Override
	public void write(BoardPack pack, Pages pages) {
		Style style = pages.style();
		Workforce workforce = pack.workforce();
		pages.part(title());
		Grid grid = new Grid(style, Style.SMALL, WIDTHS).header("Team", "Caseload", "Cap", "RAG", "Agency", "Vacancy",
				"Turnover, 12 months", "Unallocated cases", "Supervision on time", "Caseload trend");
		for (Workforce.Row row : workforce.teams()) {
			row(grid, row).image(Sparkline.of(pages.writer(), style, row.trend(), row.rag(), row.trendText(),
					Grid.inner(WIDTHS[9]), SPARK_HEIGHT));
		}
		if (workforce.overall() != null) {
			row(grid, workforce.overall()).text("");
		}
		pages.add(grid);
		workforce.notes().forEach(pages::note);
	}

	private static Grid row(Grid grid, Workforce.Row row) {
		return grid.bold(row.team())
			.figure(lines(row.caseload()))
			.figure(lines(row.cap()))
			.rag(row.rag())
			.figure(lines(row.agency()))
			.figure(lines(row.vacancy()))
			.figure(lines(row.turnover()))
			.figure(row.unallocated())
			.figure(lines(row.supervision()));
	}

	/** The figure over the counts it is worked out from. */
	private static String lines(Workforce.Figure figure) {
		return figure.counts().isEmpty() ? figure.value() : figure.value() + "\n" + figure.counts();
	}

}
