package org.boardpack.report.pdf;

import java.util.ArrayList;
import java.util.List;

import org.boardpack.actionplan.Action;
import org.boardpack.actionplan.AssessedAction;
import org.boardpack.actionplan.Rag;
import org.boardpack.pack.BoardPack;

/**
 * The actions the board should look at: red, overdue, slipped, stale or challenged. Days
 * late are given against the current due date and against the first date recorded, so
 * re-baselining never hides slippage; each action's reason, latest update and ask of the
 * board sit under its figures.
 */
final class Exceptions implements Part {

	private static final float[] WIDTHS = { 26, 116, 34, 35, 50, 50, 34, 36, 38, 92 };

	@Override
	public String title() {
		return "Exceptions";
	}

	@Override
	public void write(BoardPack pack, Pages pages) {
		pages.part(title());
		if (pack.exceptions().isEmpty()) {
			pages.paragraph("No action is Red, overdue, slipped, stale or challenged.");
			return;
		}
		pages.note("Actions that are Red, overdue, slipped (due later than first agreed), stale (no update for more "
				+ "than " + pack.template().rag().staleAfterDays() + " days) or challenged (the owner's RAG is better "
				+ "than the evidence gives). Days late are counted against the current due date and against the first "
				+ "due date recorded.");
		Style style = pages.style();
		Records records = new Records(pages, Style.TABLE, WIDTHS, "Ref", "Owner", "Derived RAG", "Owner's RAG",
				"First due", "Current due", "Date moved", "Days late", "Days late against first date", "Why listed");
		for (AssessedAction a : pack.exceptions()) {
			Action action = a.action();
			Grid record = records.record(a.ref(), action.description());
			record.text(action.owner()).rag(a.derivedRag()).rag(action.ownerRag());
			record.text(Words.date(a.firstDueDate())).text(Words.date(a.effectiveDueDate()));
			record.figure(Words.times(a.dateMoves())).figure(a.daysOverdue()).figure(a.daysOverdueOriginal());
			record.text(String.join(", ", flags(a)));
			records.add(record, ActionDetails.of(style, a, records.wordsWidth(), false));
		}
		records.finish();
	}

	/** Why the action is listed, in words. */
	private static List<String> flags(AssessedAction a) {
		List<String> flags = new ArrayList<>();
		if (a.derivedRag() == Rag.RED) {
			flags.add("Red");
		}
		if (a.overdue()) {
			flags.add("overdue");
		}
		if (a.slipped()) {
			flags.add("slipped " + Words.days(a.slippedDays()));
		}
		if (a.stale()) {
			flags.add((a.daysSinceUpdate() != null) ? "stale: no update for " + Words.days(a.daysSinceUpdate())
					: "stale: no update recorded");
		}
		if (a.challenged()) {
			flags.add("RAG challenged");
		}
		return flags;
	}

}
