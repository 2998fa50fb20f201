package org.boardpack.pack;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.boardpack.transfer.TransferFindings;
import org.boardpack.transfer.TransferFindings.Overdue;
import org.boardpack.transfer.TransferFindings.RouteFigures;
import org.boardpack.transfer.Waits;

/**
 * Drift between teams as both outputs word it: the case transfers' figures route by
 * route, the overdue transfers by transfer id (never a child), and the trend. Absent when
 * the run was not given the transfers.
 *
 * @param findings the figures; null when absent
 * @param summary what the figures say, in a sentence or two; or why there are none
 * @param routes one row per route, then one for every route
 * @param overdue the transfers pending longer than their standard, longest first
 * @param trend one row per month, oldest first
 * @param rule how a wait is counted and judged, for the reader
 */
public record Drift(TransferFindings findings, List<String> summary, List<Row> routes, List<OverdueRow> overdue,
		List<TrendRow> trend, String rule) {

	public Drift {
		summary = List.copyOf(summary);
		routes = List.copyOf(routes);
		overdue = List.copyOf(overdue);
		trend = List.copyOf(trend);
	}

	/** How a wait is counted: the brief's rule in a board member's words. */
	static final String RULE = "A wait counts the working days after the request up to and including the day the "
			+ "receiving team accepted the case (or the as-at date while it is pending): Monday to Friday, less bank "
			+ "holidays. Within standard: no longer than the route's standard. 90% waited no longer than the 90th "
			+ "percentile.";

	public boolean present() {
		return this.findings != null;
	}

	/** The run was not given the transfers: said so, nothing computed. */
	static Drift absent(String why) {
		return new Drift(null, List.of(why), List.of(), List.of(), List.of(), RULE);
	}

	/**
	 * One route's line (or every route's).
	 *
	 * @param route "Duty to Assessment", or "All routes"
	 * @param standard "5 days", or "Each route's"
	 * @param completed transfers completed in the month
	 * @param withinStandard e.g. "19 of 20 (95%)", "–" when none completed
	 * @param median e.g. "4.5", "–"
	 * @param percentile90 e.g. "9", "–"
	 * @param pending pending at the as-at date
	 * @param overdue of those, past the standard
	 * @param returned sent back in the month
	 */
	public record Row(String route, String standard, int completed, String withinStandard, String median,
			String percentile90, int pending, int overdue, int returned) {
	}

	/**
	 * An overdue transfer's line.
	 *
	 * @param transferId its id
	 * @param route "Duty to Assessment"
	 * @param workingDays working days waiting at the as-at date
	 * @param standard its route's standard in working days
	 * @param reviewed "Yes" or "No": reviewed by the assistant director this month
	 */
	public record OverdueRow(String transferId, String route, int workingDays, int standard, String reviewed) {
	}

	/**
	 * One month of the trend.
	 *
	 * @param month "Jan 2021"
	 * @param completed transfers completed
	 * @param withinStandard e.g. "44 of 47 (94%)"
	 * @param median e.g. "3"
	 * @param percent the share within the standard, for a chart; null when none completed
	 */
	public record TrendRow(String month, int completed, String withinStandard, String median, BigDecimal percent) {
	}

	static Drift of(TransferFindings f) {
		List<Row> routes = new ArrayList<>();
		for (RouteFigures r : f.routes()) {
			routes.add(row(r.route().toString(), r.standard() + " working days", r));
		}
		routes.add(row("All routes", "Each route's", f.overall()));
		List<OverdueRow> overdue = new ArrayList<>();
		for (Overdue o : f.overdue()) {
			overdue.add(new OverdueRow(o.transferId(), o.route().toString(), o.workingDays(), o.standard(),
					o.reviewedThisMonth() ? "Yes" : "No"));
		}
		List<TrendRow> trend = new ArrayList<>();
		for (TransferFindings.TrendMonth m : f.trend()) {
			Waits w = m.completed();
			trend.add(new TrendRow(
					m.month().format(java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", java.util.Locale.UK)),
					w.count(), within(w), median(w), w.withinStandardPercent()));
		}
		return new Drift(f, DriftMessages.keyMessages(f), routes, overdue, trend, RULE);
	}

	private static Row row(String route, String standard, RouteFigures r) {
		Waits w = r.completed();
		return new Row(route, standard, w.count(), within(w), median(w),
				(w.percentile90() != null) ? String.valueOf(w.percentile90()) : "–", r.pending(), r.overdue(),
				r.returned());
	}

	/** "19 of 20 (95%)"; "–" when none completed. */
	static String within(Waits w) {
		return (w.count() == 0) ? "–"
				: w.withinStandard() + " of " + w.count() + " (" + Performance.number(w.withinStandardPercent()) + "%)";
	}

	static String median(Waits w) {
		return (w.median() != null) ? Performance.number(w.median()) : "–";
	}

	static String month(YearMonth month) {
		return Performance.month(month);
	}

}
