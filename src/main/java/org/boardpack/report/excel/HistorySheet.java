package org.boardpack.report.excel;

import static org.boardpack.report.excel.Column.Kind.DATE;
import static org.boardpack.report.excel.Column.Kind.NUMBER;
import static org.boardpack.report.excel.Column.Kind.TEXT;
import static org.boardpack.report.excel.Column.Kind.WRAP;

import java.util.List;

import org.boardpack.actionplan.SnapshotRepository.HistoryRow;
import org.boardpack.pack.BoardPack;

/**
 * Every stored month's state of every action, one row each, flat so officers can pivot
 * it: with the action's title and that month's update and its date, so every month's
 * words are kept, not only the latest.
 */
final class HistorySheet {

	static final String NAME = "History";

	static final List<Column<HistoryRow>> COLUMNS = List.of(Column.of("Period", 9, TEXT, HistoryRow::period),
			Column.of("Ref", 8, TEXT, HistoryRow::ref), Column.of("Section", 9, NUMBER, HistoryRow::section),
			Column.of("Action", 40, WRAP, HistoryRow::description), Column.of("Owner", 24, WRAP, HistoryRow::owner),
			Column.of("Status", 12, TEXT, (h) -> h.status().label()),
			Column.of("Derived RAG", 9, TEXT, (h) -> h.derivedRag().label()),
			Column.of("Effective due date", 11, DATE, HistoryRow::effectiveDueDate),
			Column.of("Percent complete", 9, NUMBER, HistoryRow::percentComplete),
			Column.of("Last updated", 11, DATE, HistoryRow::lastUpdated),
			Column.of("Update", 60, WRAP, HistoryRow::update));

	private HistorySheet() {
	}

	static void write(SheetWriter writer, BoardPack pack, Layout layout) {
		layout.listing(writer, "Actions month by month", null, "History", COLUMNS, pack.history(), 0);
		RagColours.apply(writer.sheet(), pack.template(), Layout.LISTING_HEADER_ROW + 1,
				Column.indexOf(COLUMNS, "Derived RAG"));
	}

}
