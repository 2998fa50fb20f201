package org.boardpack.report.excel;

import static org.boardpack.report.excel.Column.Kind.DECIMAL;
import static org.boardpack.report.excel.Column.Kind.TEXT;
import static org.boardpack.report.excel.Column.Kind.WRAP;

import java.util.List;

import org.boardpack.kpi.MeasureValue;
import org.boardpack.pack.BoardPack;
import org.boardpack.pack.Performance;

/**
 * Every stored month of every performance measure, one row each, with the RAG derived
 * against that month's own target and the direction since the month before: filter by
 * measure, domain, owner or RAG.
 */
final class MeasuresSheet {

	static final String NAME = "Measures";

	private static final List<Column<Performance.MonthRow>> COLUMNS = List.of(
			Column.of("Month", 9, TEXT, (r) -> value(r).month().toString()),
			Column.of("KPI id", 14, TEXT, (r) -> value(r).kpiId()),
			Column.of("Measure", 44, WRAP, (r) -> value(r).measure()),
			Column.of("Domain", 18, TEXT, (r) -> value(r).domain()),
			Column.of("Value", 9, DECIMAL, (r) -> value(r).value()),
			Column.of("Unit", 9, TEXT, (r) -> value(r).unit().label()),
			Column.of("Numerator", 11, DECIMAL, (r) -> value(r).numerator()),
			Column.of("Denominator", 12, DECIMAL, (r) -> value(r).denominator()),
			Column.of("Polarity", 16, TEXT, (r) -> value(r).polarity().label()),
			Column.of("Target", 10, DECIMAL, (r) -> value(r).target().value()),
			Column.of("Target low", 10, DECIMAL, (r) -> value(r).target().low()),
			Column.of("Target high", 10, DECIMAL, (r) -> value(r).target().high()),
			Column.of("Tolerance", 10, DECIMAL, (r) -> value(r).tolerance()),
			Column.derived("RAG", 10, TEXT, Performance.MonthRow::ragLabel),
			Column.derived("Direction since last month", 14, TEXT, Performance.MonthRow::lastMonth),
			Column.derived("Small denominator", 11, TEXT, (r) -> r.month().smallDenominator() ? "Yes" : null),
			Column.of("Statistical neighbours", 13, DECIMAL, (r) -> value(r).statNeighbours()),
			Column.of("England", 10, DECIMAL, (r) -> value(r).england()),
			Column.of("Benchmark year", 10, TEXT, (r) -> value(r).benchmarkYear()),
			Column.of("Owner", 28, WRAP, (r) -> value(r).owner()),
			Column.of("Commentary", 50, WRAP, (r) -> value(r).commentary()),
			Column.of("Action refs", 12, TEXT, (r) -> String.join("; ", value(r).actionRefs())));

	static final int RAG = Column.indexOf(COLUMNS, "RAG");

	private MeasuresSheet() {
	}

	static boolean wanted(BoardPack pack) {
		return pack.performance().present();
	}

	static void write(SheetWriter writer, BoardPack pack, Layout layout) {
		layout.listing(writer, "Performance measures, every month stored up to " + layout.period(), null, "Measures",
				COLUMNS, pack.performance().months(), 3);
		RagColours.apply(writer.sheet(), pack.template(), Layout.LISTING_HEADER_ROW + 1, RAG);
	}

	private static MeasureValue value(Performance.MonthRow row) {
		return row.month().value();
	}

}
