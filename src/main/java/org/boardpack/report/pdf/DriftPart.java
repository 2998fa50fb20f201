package org.boardpack.report.pdf;

import org.boardpack.pack.BoardPack;
import org.boardpack.pack.Drift;

/**
 * Drift between teams on one page: the month's case transfers route by route against
 * their standard, the transfers overdue at the as-at date by transfer id (never a child),
 * and the trend; under them how a wait is counted.
 */
final class DriftPart implements Part {

	private static final float[] ROUTES = { 140, 70, 45, 65, 40, 45, 36, 36, 34 };

	private static final float[] OVERDUE = { 80, 170, 90, 80, 91 };

	private static final float[] TREND = { 110, 100, 150, 151 };

	@Override
	public String title() {
		return "Drift between teams";
	}

	/**
	 * Without transfers the part is left out, not printed as a blank page: the executive
	 * summary says why.
	 */
	@Override
	public boolean shown(BoardPack pack) {
		return pack.drift().present();
	}

	@Override
	public void write(BoardPack pack, Pages pages) {
		Style style = pages.style();
		Drift drift = pack.drift();
		pages.part(title());
		drift.summary().forEach(pages::paragraph);
		pages.subheading("Route by route, " + Style.month(pack.period()));
		Grid routes = new Grid(style, Style.SMALL, ROUTES).header("Route", "Standard", "Completed", "Within standard",
				"Median wait", "90th percentile", "Pending", "Overdue", "Returned");
		for (Drift.Row row : drift.routes()) {
			routes.text(row.route())
				.text(row.standard())
				.figure(row.completed())
				.figure(row.withinStandard())
				.figure(row.median())
				.figure(row.percentile90())
				.figure(row.pending())
				.figure(row.overdue())
				.figure(row.returned());
		}
		pages.add(routes);
		if (!drift.overdue().isEmpty()) {
			pages.subheading("Overdue at the as-at date");
			Grid overdue = new Grid(style, Style.SMALL, OVERDUE).header("Transfer", "Route", "Working days waiting",
					"Standard", "Reviewed by the assistant director this month");
			for (Drift.OverdueRow row : drift.overdue()) {
				overdue.text(row.transferId())
					.text(row.route())
					.figure(row.workingDays())
					.figure(row.standard())
					.text(row.reviewed());
			}
			pages.add(overdue);
		}
		pages.subheading("Trend");
		Grid trend = new Grid(style, Style.SMALL, TREND).header("Month", "Completed", "Within standard",
				"Median wait (working days)");
		for (Drift.TrendRow row : drift.trend()) {
			trend.text(row.month()).figure(row.completed()).figure(row.withinStandard()).figure(row.median());
		}
		pages.add(trend);
		pages.note(drift.rule());
	}

}
