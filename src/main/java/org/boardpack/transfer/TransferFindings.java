package org.boardpack.transfer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the case transfers say for one period, computed once from the transfers its run
 * stored: route by route and overall, the month's completed transfers and their waits
 * against the standard, what is still pending at the as-at date and how long it has
 * waited, the overdue ones by transfer id, returns, children moved more than once, and
 * the trend.
 *
 * @param period the month reported on
 * @param asAt the date the data is as at
 * @param routes one line per route with a transfer completed, pending or returned this
 * month, in order of route
 * @param overall the same measures over every route
 * @param overdue the transfers pending at the as-at date longer than their standard,
 * longest wait first
 * @param childrenMovedTwice children transferred two or more times in the twelve months
 * to the as-at date
 * @param trend the months up to the period, oldest first
 */
public record TransferFindings(YearMonth period, LocalDate asAt, List<RouteFigures> routes, RouteFigures overall,
		List<Overdue> overdue, int childrenMovedTwice, List<TrendMonth> trend) {

	public TransferFindings {
		routes = List.copyOf(routes);
		overdue = List.copyOf(overdue);
		trend = List.copyOf(trend);
	}

	/**
	 * One route's measures for the month (or every route's, overall).
	 *
	 * @param route the route; null overall
	 * @param standard its standard in working days; null overall (each route has its own)
	 * @param completed the transfers completed in the month and their waits
	 * @param pending transfers pending at the as-at date
	 * @param overdue of those, how many have waited longer than the standard
	 * @param longOverdue of those, how many have waited more than twice the standard
	 * @param returned transfers sent back in the month
	 */
	public record RouteFigures(Route route, Integer standard, Waits completed, int pending, int overdue,
			int longOverdue, int returned) {
	}

	/**
	 * A transfer pending longer than its route's standard.
	 *
	 * @param transferId its id (never the child's reference)
	 * @param route its route
	 * @param requested when it was requested
	 * @param workingDays working days it has waited to the as-at date
	 * @param standard its route's standard
	 * @param reviewedThisMonth whether the assistant director reviewed it in the month
	 */
	public record Overdue(String transferId, Route route, LocalDate requested, int workingDays, int standard,
			boolean reviewedThisMonth) {
	}

	/**
	 * One month of the trend.
	 *
	 * @param month the month
	 * @param completed the transfers completed in it and their waits
	 */
	public record TrendMonth(YearMonth month, Waits completed) {
	}

	/** Whether any transfer was stored for the period. */
	public boolean any() {
		return this.overall.completed().count() > 0 || this.overall.pending() > 0 || this.overall.returned() > 0
				|| this.trend.stream().anyMatch((m) -> m.completed().count() > 0);
	}

	/** The overdue transfers the assistant director has not reviewed this month. */
	public List<Overdue> notReviewed() {
		return this.overdue.stream().filter((o) -> !o.reviewedThisMonth()).toList();
	}

	public static TransferFindings of(List<Transfer> transfers, YearMonth period, LocalDate asAt, TransferRules rules,
			WorkingDays days) {
		LocalDate start = period.atDay(1);
		Map<Route, Tally> byRoute = new TreeMap<>();
		Tally all = new Tally();
		List<Overdue> overdue = new ArrayList<>();
		Map<YearMonth, Tally> byMonth = new TreeMap<>();
		YearMonth first = period.minusMonths(rules.trendMonths() - 1L);
		for (YearMonth m = first; !m.isAfter(period); m = m.plusMonths(1)) {
			byMonth.put(m, new Tally());
		}
		Map<String, Integer> movesByChild = new HashMap<>();
		LocalDate yearBefore = asAt.minusYears(1);
		for (Transfer t : transfers) {
			if (t.requested().isAfter(asAt)) {
				continue;
			}
			Route route = t.route();
			int standard = rules.standard(route);
			boolean done = t.status() == TransferStatus.TRANSFERRED && !t.transferred().isAfter(asAt);
			boolean pending = t.status() == TransferStatus.PENDING
					|| (t.status() == TransferStatus.TRANSFERRED && t.transferred().isAfter(asAt));
			if (done) {
				int wait = days.between(t.requested(), t.transferred());
				Tally month = byMonth.get(YearMonth.from(t.transferred()));
				if (month != null) {
					month.complete(wait, standard);
				}
				if (!t.transferred().isBefore(start)) {
					all.complete(wait, standard);
					tally(byRoute, route).complete(wait, standard);
				}
				if (t.transferred().isAfter(yearBefore)) {
					movesByChild.merge(t.childKey(), 1, Integer::sum);
				}
			}
			else if (pending) {
				int wait = days.between(t.requested(), asAt);
				all.pend(wait, standard);
				tally(byRoute, route).pend(wait, standard);
				if (wait > standard) {
					overdue.add(new Overdue(t.transferId(), route, t.requested(), wait, standard,
							t.reviewed() != null && !t.reviewed().isBefore(start) && !t.reviewed().isAfter(asAt)));
				}
			}
			else if (t.status() == TransferStatus.RETURNED) {
				LocalDate back = (t.transferred() != null) ? t.transferred() : t.requested();
				if (!back.isBefore(start) && !back.isAfter(asAt)) {
					all.returned++;
					tally(byRoute, route).returned++;
				}
			}
		}
		List<RouteFigures> routes = new ArrayList<>();
		byRoute.forEach((route, tally) -> routes.add(tally.figures(route, rules.standard(route))));
		overdue.sort(Comparator.comparingInt(Overdue::workingDays).reversed().thenComparing(Overdue::transferId));
		List<TrendMonth> trend = new ArrayList<>();
		byMonth.forEach((month, tally) -> trend.add(new TrendMonth(month, tally.waits())));
		int movedTwice = (int) movesByChild.values().stream().filter((moves) -> moves >= 2).count();
		return new TransferFindings(period, asAt, routes, all.figures(null, null), overdue, movedTwice, trend);
	}

	private static Tally tally(Map<Route, Tally> byRoute, Route route) {
		return byRoute.computeIfAbsent(route, (r) -> new Tally());
	}

	/** Counts for one route or month while the transfers are read. */
	private static final class Tally {

		private final List<Integer> waits = new ArrayList<>();

		private int within;

		private int pending;

		private int overdue;

		private int longOverdue;

		private int returned;

		void complete(int wait, int standard) {
			this.waits.add(wait);
			if (wait <= standard) {
				this.within++;
			}
		}

		void pend(int wait, int standard) {
			this.pending++;
			if (wait > standard) {
				this.overdue++;
			}
			if (wait > 2 * standard) {
				this.longOverdue++;
			}
		}

		Waits waits() {
			return Waits.of(this.waits, this.within);
		}

		RouteFigures figures(Route route, Integer standard) {
			return new RouteFigures(route, standard, waits(), this.pending, this.overdue, this.longOverdue,
					this.returned);
		}

	}

}
