package org.boardpack.report.pdf;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.boardpack.actionplan.SinceLastBoard;
import org.boardpack.pack.BoardPack;

/**
 * What moved since the last board, from the snapshot the last period's run stored:
 * completed, newly overdue, due dates moved (with days), RAG changes, new and removed
 * actions. A first pack says plainly there is nothing stored to compare with.
 */
final class SinceLastBoardPart implements Part {

	@Override
	public String title() {
		return "Since the last board";
	}

	@Override
	public void write(BoardPack pack, Pages pages) {
		pages.part(title());
		SinceLastBoard since = pack.sinceLastBoard();
		if (since.isFirstBoard()) {
			pages.paragraph("No earlier month is stored, so there is no last board to compare with: this pack is the "
					+ "baseline. Changes since the last board will show from next month's pack.");
			return;
		}
		YearMonth previous = YearMonth.parse(since.previousPeriod());
		LocalDate meeting = pack.template().meetings().get(since.previousPeriod());
		pages.paragraph("Compared with the pack for " + Style.month(previous)
				+ ((meeting != null) ? " (board meeting of " + Words.date(meeting) + ")" : "") + ".");

		pages.subheading("Completed");
		if (listed(pages, since.completed(), "No action was completed.")) {
			ActionList list = new ActionList(pages, new float[] { 58, 58 }, "Status", "Due");
			since.completed()
				.forEach((a) -> list.row(a.action())
					.text(a.action().status().label())
					.text(Words.date(a.effectiveDueDate())));
			list.finish();
		}

		pages.subheading("Newly overdue");
		if (listed(pages, since.newlyOverdue(), "No action went past its due date.")) {
			ActionList list = new ActionList(pages, new float[] { 52, 44, 48 }, "Due", "Days late",
					"Days late against first date");
			since.newlyOverdue()
				.forEach((a) -> list.row(a.action())
					.text(Words.date(a.effectiveDueDate()))
					.figure(a.daysOverdue())
					.figure(a.daysOverdueOriginal()));
			list.finish();
		}

		pages.subheading("Due dates moved");
		if (listed(pages, since.dueDateMoves(), "No due date moved.")) {
			ActionList list = new ActionList(pages, new float[] { 52, 52, 40, 40 }, "Was due", "Now due", "Days moved",
					"Times moved in all");
			since.dueDateMoves()
				.forEach((m) -> list.row(m.action().action())
					.text(Words.date(m.from()))
					.text(Words.date(m.to()))
					.figure(((m.days() > 0) ? "+" : "") + m.days())
					.figure(m.action().dateMoves()));
			list.finish();
		}

		pages.subheading("RAG changes (derived RAG)");
		if (listed(pages, since.ragMoves(), "No action's derived RAG changed.")) {
			ActionList list = new ActionList(pages, new float[] { 30, 30, 46 }, "Was", "Now", "Change");
			since.ragMoves()
				.forEach((m) -> list.row(m.action().action())
					.rag(m.from())
					.rag(m.to())
					.text(m.worse() ? "Worse" : "Better"));
			list.finish();
		}

		pages.subheading("New and removed actions");
		if (since.added().isEmpty() && since.removed().isEmpty()) {
			pages.paragraph("No action was added to the plan or taken out of it.");
			return;
		}
		ActionList list = new ActionList(pages, new float[] { 52, 60 }, "Change", "Status");
		since.added().forEach((a) -> list.row(a.action()).text("Added").text(a.action().status().label()));
		since.removed().forEach((a) -> list.row(a.action()).text("Removed").text("was " + a.action().status().label()));
		list.finish();
	}

	/** True when there is a table to draw; when the list is empty, says so instead. */
	private static boolean listed(Pages pages, List<?> items, String none) {
		if (items.isEmpty()) {
			pages.paragraph(none);
			return false;
		}
		return true;
	}

}
