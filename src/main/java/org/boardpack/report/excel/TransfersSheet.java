package org.boardpack.report.excel;

import static org.boardpack.report.excel.Column.Kind.DECIMAL;
import static org.boardpack.report.excel.Column.Kind.NUMBER;
import static org.boardpack.report.excel.Column.Kind.TEXT;

import java.util.ArrayList;
import java.util.List;

import org.boardpack.pack.BoardPack;
import org.boardpack.transfer.TransferFindings;
import org.boardpack.transfer.TransferFindings.Overdue;
import org.boardpack.transfer.TransferFindings.RouteFigures;

/**
 * The case transfers in one filterable table: a row per route with the month's measures
 * (and one for every route), then a row per transfer overdue at the as-at date, by
 * transfer id, never a child's reference. Filter Row on "Overdue transfer" for the
 * assistant director's list.
 */
final class TransfersSheet {

	static final String NAME = "Transfers";

	static final String ROUTE = "Route measures";

	static final String OVERDUE = "Overdue transfer";

	/** A line of the table: a route's measures or an overdue transfer. */
	private record Line(String kind, String route, RouteFigures figures, Overdue overdue) {
	}

	private static final List<Column<Line>> COLUMNS = List.of(Column.of("Row", 16, TEXT, Line::kind),
			Column.of("Route", 32, TEXT, Line::route),
			Column.of("Transfer id", 14, TEXT, (l) -> (l.overdue() != null) ? l.overdue().transferId() : null),
			Column.of("Standard (working days)", 11, NUMBER,
					(l) -> (l.overdue() != null) ? (Object) l.overdue().standard()
							: (l.figures() != null) ? l.figures().standard() : null),
			Column.derived("Completed", 11, NUMBER, (l) -> figure(l, (f) -> f.completed().count())),
			Column.derived("Within standard", 11, NUMBER, (l) -> figure(l, (f) -> f.completed().withinStandard())),
			Column.derived("Within standard %", 11, DECIMAL,
					(l) -> (l.figures() != null) ? l.figures().completed().withinStandardPercent() : null),
			Column.derived("Median wait", 10, DECIMAL,
					(l) -> (l.figures() != null) ? l.figures().completed().median() : null),
			Column.derived("90th percentile wait", 11, NUMBER,
					(l) -> (l.figures() != null) ? l.figures().completed().percentile90() : null),
			Column.derived("Pending", 10, NUMBER, (l) -> figure(l, RouteFigures::pending)),
			Column.derived("Overdue", 10, NUMBER, (l) -> figure(l, RouteFigures::overdue)),
			Column.derived("Returned", 10, NUMBER, (l) -> figure(l, RouteFigures::returned)),
			Column.derived("Working days waiting", 11, NUMBER,
					(l) -> (l.overdue() != null) ? l.overdue().workingDays() : null),
			Column.derived("Reviewed this month", 11, TEXT,
					(l) -> (l.overdue() != null) ? (l.overdue().reviewedThisMonth() ? "Yes" : "No") : null));

	private TransfersSheet() {
	}

	static boolean wanted(BoardPack pack) {
		return pack.drift().present();
	}

	static void write(SheetWriter writer, BoardPack pack, Layout layout) {
		TransferFindings findings = pack.drift().findings();
		List<Line> lines = new ArrayList<>();
		for (RouteFigures r : findings.routes()) {
			lines.add(new Line(ROUTE, r.route().toString(), r, null));
		}
		lines.add(new Line(ROUTE, "All routes", findings.overall(), null));
		for (Overdue o : findings.overdue()) {
			lines.add(new Line(OVERDUE, o.route().toString(), null, o));
		}
		layout.listing(writer, "Case transfers between teams, " + layout.period(), pack.drift().rule(), "Transfers",
				COLUMNS, lines, 2);
	}

	private static Integer figure(Line line, java.util.function.ToIntFunction<RouteFigures> value) {
		return (line.figures() != null) ? value.applyAsInt(line.figures()) : null;
	}

}
