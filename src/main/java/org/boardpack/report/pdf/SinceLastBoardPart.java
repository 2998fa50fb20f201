package org.boardpack.report.pdf;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.boardpack.actionplan.SinceLastBoard;
import org.boardpack.pack.BoardPack;
import org.boardpack.pack.Phrases;
import org.boardpack.actionplan.AssessedAction;

/**
 * What moved since the last board, from the snapshot the last period's run stored: the
 * asks the board decided (each reported once), completed (with the evidence of impact,
 * complete kept apart from embedded), newly overdue, due dates moved (with days), RAG
 * changes, new and removed actions. A first pack says plainly there is nothing stored to
 * compare with.
 */
final class SinceLastBoardPart implements Part {

	@Override
	public String title() {
		return "Since the last board";
	}

	@Override
	public void write(BoardPack pack, Pages pages) {
		pages.partFollowing(title());
		SinceLastBoard since = pack.sinceLastBoard();
		if (since.isFirstBoard()) {
			pages.paragraph("No earlier month is stored, so there is no last board to compare with: this pack is the "
					+ "baseline. Changes since the last board will show from next month's pack.");
			completed(pack, pages, Phrases.completedInPeriod(pack.completed().size() + pack.embedded().size()));
			return;
		}
		YearMonth previous = YearMonth.parse(since.previousPeriod());
		LocalDate meeting = pack.template().meetings().get(since.previousPeriod());
		pages.paragraph("Compared with the pack for " + Style.month(previous)
				+ ((meeting != null) ? " (board meeting of " + Words.date(meeting) + ")" : "") + ".");

		pages.subheading("Decided by the board");
		if (listed(pages, since.decided(), "No decision on an ask of the board was recorded since the last board.")) {
			// The ask and the decision are what the board reads: the action is in the
			// annex.
			float words = pages.width() - 28 - 52;
			Records list = new Records(pages, Style.TABLE, new float[] { 28, words / 2, words / 2, 52 }, "Ref",
					"What was asked", "Decision", "Decided on");
			since.decided()
				.forEach((d) -> list.add(list.row()
					.bold(d.action().ref())
					.text((d.ask() != null) ? d.ask() : Words.NONE)
					.text(d.decision().decision())
					.text(Words.date(d.decision().decidedOn()))));
			list.finish();
		}

		completed(pack, pages, Phrases.completedSince(pack.completed().size() + pack.embedded().size()));

		pages.subheading("Newly overdue");
		if (listed(pages, since.newlyOverdue(), "No action went past its due date.")) {
			ActionList list = new ActionList(pages, new float[] { 52, 40, 70 }, "Due", "Days late", "Due date moved");
			since.newlyOverdue()
				.forEach((a) -> list.row(a.action())
					.text(Words.date(a.effectiveDueDate()))
					.figure(a.daysOverdue())
					.text(Phrases.dateMoved(a)));
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

		pages.subheading("RAG changes of open actions");
		if (listed(pages, since.ragMoves(), "No open action's RAG changed.")) {
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

	/**
	 * What was delivered, complete kept apart from embedded (the board has accepted its
	 * evidence of impact), with the evidence beside each.
	 */
	private static void completed(BoardPack pack, Pages pages, String summary) {
		pages.subheading("Completed");
		pages.paragraph(summary);
		if (pack.completed().isEmpty() && pack.embedded().isEmpty()) {
			return;
		}
		ActionList list = new ActionList(pages, new float[] { 46, 240 }, "Status", "Evidence of impact");
		for (List<AssessedAction> done : List.of(pack.completed(), pack.embedded())) {
			done.forEach((a) -> list.row(a.action())
				.text(a.action().status().label())
				.text((a.action().evidence() != null) ? a.action().evidence() : "none recorded"));
		}
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
