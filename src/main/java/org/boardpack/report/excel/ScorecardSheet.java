package org.boardpack.report.excel;

import static org.boardpack.report.excel.Column.Kind.TEXT;
import static org.boardpack.report.excel.Column.Kind.WRAP;

import java.util.List;

import org.boardpack.pack.BoardPack;
import org.boardpack.pack.Performance;

/**
 * The period's performance scorecard as the pack shows it, one row per measure, for
 * officers to filter and quote.
 */
final class ScorecardSheet {

	static final String NAME = "Scorecard";

	private static final List<Column<Performance.Row>> COLUMNS = List.of(
			Column.of("Domain", 18, TEXT, (r) -> r.measure().latest().domain()),
			Column.of("KPI id", 14, TEXT, (r) -> r.measure().kpiId()),
			Column.of("Measure", 44, WRAP, Performance.Row::name),
			Column.derived("Latest", 10, TEXT, Performance.Row::latest),
			Column.derived("Counts", 14, TEXT, Performance.Row::counts),
			Column.derived("Target", 14, TEXT, Performance.Row::target),
			Column.derived("RAG", 10, TEXT, Performance.Row::ragLabel),
			Column.derived("Since last month", 22, WRAP, Performance.Row::lastMonth),
			Column.derived("Since a year ago", 22, WRAP, Performance.Row::yearAgo),
			Column.derived("Statistical neighbours", 16, TEXT, Performance.Row::statNeighbours),
			Column.derived("England", 16, TEXT, Performance.Row::england),
			Column.derived("Months red", 8, TEXT, Performance.Row::monthsRed),
			Column.derived("Last 12 months", 60, WRAP, Performance.Row::trendText),
			Column.of("Owner", 28, WRAP, (r) -> r.measure().latest().owner()),
			Column.of("Commentary", 50, WRAP, (r) -> r.measure().latest().commentary()));

	private static final int RAG = Column.indexOf(COLUMNS, "RAG");

	private ScorecardSheet() {
	}

	static void write(SheetWriter writer, BoardPack pack, Layout layout) {
		layout.listing(writer, "Performance scorecard, " + layout.period(), null, "Scorecard", COLUMNS,
				pack.performance().rows(), 3);
		RagColours.apply(writer.sheet(), pack.template(), Layout.LISTING_HEADER_ROW + 1, RAG);
	}

}
