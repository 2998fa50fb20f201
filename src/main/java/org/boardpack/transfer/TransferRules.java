package org.boardpack.transfer;

import java.util.List;

import org.boardpack.input.Header;

/**
 * How transfers are judged, from the template's {@code transfers:} section.
 *
 * @param standardWorkingDays the standard of a route the template does not list: the most
 * working days a transfer should wait
 * @param routes the standards of particular routes
 * @param trendMonths months shown in the trend, up to the period
 */
public record TransferRules(int standardWorkingDays, List<RouteStandard> routes, int trendMonths) {

	/** The rules of a template without a {@code transfers:} section. */
	public static final TransferRules DEFAULT = new TransferRules(10, List.of(), 6);

	public TransferRules {
		routes = (routes != null) ? List.copyOf(routes) : List.of();
	}

	/**
	 * A route's standard: its own, matched ignoring case, spaces and punctuation, else
	 * the default.
	 */
	public int standard(Route route) {
		for (RouteStandard r : this.routes) {
			if (same(r.from(), route.from()) && same(r.to(), route.to())) {
				return r.standardWorkingDays();
			}
		}
		return this.standardWorkingDays;
	}

	private static boolean same(String a, String b) {
		return a != null && b != null && Header.normalise(a).equals(Header.normalise(b));
	}

	/**
	 * One route's standard.
	 *
	 * @param from the sending team
	 * @param to the receiving team
	 * @param standardWorkingDays the most working days a transfer on it should wait
	 */
	public record RouteStandard(String from, String to, int standardWorkingDays) {
	}

}
