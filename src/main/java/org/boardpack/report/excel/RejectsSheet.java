package org.boardpack.report.excel;

import static org.boardpack.report.excel.Column.Kind.NUMBER;
import static org.boardpack.report.excel.Column.Kind.TEXT;
import static org.boardpack.report.excel.Column.Kind.WRAP;

import java.util.List;

import org.boardpack.pack.BoardPack;
import org.boardpack.rejects.Reject;

/**
 * Every problem of every rejected row, filterable by kind, so officers fix one kind at a
 * time at source.
 */
final class RejectsSheet {

	static final String NAME = "Rejects";

	static final List<Column<Reject>> COLUMNS = List.of(Column.of("Input", 9, TEXT, Reject::role),
			Column.of("File", 30, WRAP, (r) -> Layout.fileName(r.file())), Column.of("Line", 7, NUMBER, Reject::line),
			Column.of("Record id", 16, TEXT, Reject::recordId), Column.of("Column", 18, TEXT, Reject::column),
			Column.of("Kind", 18, TEXT, (r) -> r.kind().label()), Column.of("Reason", 70, WRAP, Reject::reason));

	private RejectsSheet() {
	}

	/** Whether the pack has any rejects: without them the sheet is left out. */
	static boolean wanted(BoardPack pack) {
		return !pack.dataQuality().rejects().isEmpty();
	}

	static void write(SheetWriter writer, BoardPack pack, Layout layout) {
		layout.listing(writer, "Rejected rows", null, "Rejects", COLUMNS, pack.dataQuality().rejects(), 0);
	}

}
