package org.boardpack.report.excel;

import static org.boardpack.report.excel.Column.Kind.DATE;
import static org.boardpack.report.excel.Column.Kind.NUMBER;
import static org.boardpack.report.excel.Column.Kind.TEXT;
import static org.boardpack.report.excel.Column.Kind.WRAP;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.boardpack.actionplan.AssessedAction;
import org.boardpack.actionplan.SinceLastBoard.DateMove;
import org.boardpack.actionplan.SinceLastBoard.Decided;
import org.boardpack.actionplan.SinceLastBoard.RagMove;
import org.boardpack.actionplan.SinceLastBoard;
import org.boardpack.pack.BoardPack;

/**
 * What changed since the last board, from the snapshot the last board's run stored: the
 * asks the board decided, completed, embedded, newly overdue, due dates moved (by how
 * many days), RAG changes, new and removed actions. On the first month stored it says
 * plainly that there is nothing to compare with yet.
 */
final class SinceLastBoardSheet {

	static final String NAME = "Since last board";

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	private static final int DETAIL = 14;

	private static final int[] WIDTHS = { 8, 60, 28, DETAIL, DETAIL, DETAIL };

	private static final Column<AssessedAction> STATUS = Column.of("Status", DETAIL, TEXT,
			(a) -> a.action().status().label());

	private static final Column<AssessedAction> LAST_UPDATED = Column.of("Last updated", DETAIL, DATE,
			(a) -> a.action().lastUpdated());

	private static final Column<AssessedAction> DUE = Column.of("Due date", DETAIL, DATE,
			AssessedAction::effectiveDueDate);

	private static final Column<AssessedAction> DERIVED_RAG = Column.of("Derived RAG", DETAIL, TEXT,
			(a) -> a.derivedRag().label());

	private SinceLastBoardSheet() {
	}

	static void write(SheetWriter writer, BoardPack pack, Layout layout) {
		SinceLastBoard since = pack.sinceLastBoard();
		layout.title(writer, "Since the last board");
		for (int c = 0; c < WIDTHS.length; c++) {
			writer.width(c, WIDTHS[c]);
		}
		layout.print(writer.sheet(), -1);
		if (since.isFirstBoard()) {
			writer.line(
					"No earlier month is stored, so there is nothing to compare " + layout.period()
							+ " with. Changes since the last board will show from next month's tracker.",
					writer.styles().strong());
			return;
		}
		writer.line("Changes from the " + YearMonth.parse(since.previousPeriod()).format(MONTH) + " board to "
				+ layout.period() + ".", writer.styles().strong());
		writer.gap();
		// The ask and the decision in the sheet's two wide columns: the action is on
		// Actions.
		block(writer, "Decided by the board", since.decided(),
				List.of(Column.of("Ref", WIDTHS[0], TEXT, (d) -> d.action().ref()),
						Column.of("What was asked", WIDTHS[1], WRAP, Decided::ask),
						Column.of("Board decision", WIDTHS[2], WRAP, (d) -> d.decision().decision()),
						Column.of("Decided on", DETAIL, DATE, (d) -> d.decision().decidedOn())));
		block(writer, "Completed", since.completed(), about(STATUS, LAST_UPDATED));
		block(writer, "Embedded: the board accepted the evidence of impact", since.embedded(), about(LAST_UPDATED));
		block(writer, "Newly overdue", since.newlyOverdue(),
				about(DUE, Column.of("Days overdue", DETAIL, NUMBER, AssessedAction::daysOverdue)));
		block(writer, "Due dates moved", since.dueDateMoves(),
				actionColumns(DateMove::action, Column.of("From", DETAIL, DATE, DateMove::from),
						Column.of("To", DETAIL, DATE, DateMove::to),
						Column.of("Days moved (later +, earlier -)", DETAIL, NUMBER, DateMove::days)));
		block(writer, "Derived RAG changed", since.ragMoves(),
				actionColumns(RagMove::action, Column.of("From", DETAIL, TEXT, (m) -> m.from().label()),
						Column.of("To", DETAIL, TEXT, (m) -> m.to().label()),
						Column.of("Better or worse", DETAIL, TEXT, (m) -> m.worse() ? "Worse" : "Better")));
		block(writer, "New actions", since.added(), about(DUE, DERIVED_RAG));
		block(writer, "Removed actions, as they stood at the last board", since.removed(), about(STATUS, DERIVED_RAG));
	}

	private static <T> void block(SheetWriter writer, String heading, List<T> items, List<Column<T>> columns) {
		writer.line(heading + " (" + items.size() + ")", writer.styles().heading());
		if (items.isEmpty()) {
			writer.line("None.");
		}
		else {
			writer.table(columns, items);
		}
		writer.gap();
	}

	/** A block of actions: ref, action and owner, then what the block is about. */
	@SafeVarargs
	private static List<Column<AssessedAction>> about(Column<AssessedAction>... columns) {
		return actionColumns(Function.identity(), columns);
	}

	/** Ref, action and owner first, as in every block, then what the block is about. */
	@SafeVarargs
	private static <T> List<Column<T>> actionColumns(Function<T, AssessedAction> action, Column<T>... about) {
		List<Column<T>> columns = new ArrayList<>();
		columns.add(Column.of("Ref", WIDTHS[0], TEXT, (t) -> action.apply(t).ref()));
		columns.add(Column.of("Action", WIDTHS[1], WRAP, (t) -> action.apply(t).action().description()));
		columns.add(Column.of("Owner", WIDTHS[2], WRAP, (t) -> action.apply(t).action().owner()));
		columns.addAll(List.of(about));
		return columns;
	}

}
