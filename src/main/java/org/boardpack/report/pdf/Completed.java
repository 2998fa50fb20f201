package org.boardpack.report.pdf;

import java.util.List;

import org.boardpack.actionplan.AssessedAction;
import org.boardpack.pack.BoardPack;

/**
 * What was delivered this period, with complete kept apart from embedded: the board
 * accepts the evidence of impact before an action counts as embedded. Short, so it
 * follows the exceptions on the same page.
 */
final class Completed implements Part {

	@Override
	public String title() {
		return "Completed this period";
	}

	@Override
	public void write(BoardPack pack, Pages pages) {
		pages.partFollowing(title());
		pages.subheading("Complete: delivered, evidence of impact not yet accepted");
		list(pages, pack.completed(), "No action was completed this period.");
		pages.subheading("Embedded: delivered, and the board has accepted the evidence of impact");
		list(pages, pack.embedded(), "No action was embedded this period.");
	}

	private static void list(Pages pages, List<AssessedAction> actions, String none) {
		if (actions.isEmpty()) {
			pages.paragraph(none);
			return;
		}
		ActionList list = new ActionList(pages, new float[] { 100, 50, 50, 140 }, "Owner", "Due", "Last updated",
				"Evidence of impact");
		actions.forEach((a) -> list.row(a.action())
			.text(a.action().owner())
			.text(Words.date(a.effectiveDueDate()))
			.text(Words.date(a.action().lastUpdated()))
			.text((a.action().evidence() != null) ? a.action().evidence() : "none recorded"));
		list.finish();
	}

}
