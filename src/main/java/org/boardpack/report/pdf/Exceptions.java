package org.boardpack.report.pdf;

import org.boardpack.actionplan.Action;
import org.boardpack.actionplan.AssessedAction;
import org.boardpack.pack.BoardPack;
import org.boardpack.pack.Phrases;

/**
 * The actions the board should look at: Red, not updated, due date moved, or rated
 * differently by the owner and the rules, either way. A delay is one figure, days late
 * against the current due date, with how far and how often the date moved beside it, so
 * re-baselining never hides slippage; each action's reason and latest update sit under
 * its figures. Its ask of the board is in the matters for the board, not repeated here.
 */
final class Exceptions implements Part {

	private static final float[] WIDTHS = { 26, 86, 26, 40, 50, 32, 62, 189 };

	@Override
	public String title() {
		return "Exceptions";
	}

	@Override
	public void write(BoardPack pack, Pages pages) {
		pages.partFollowing(title());
		if (pack.exceptions().isEmpty()) {
			pages.paragraph(Phrases.exceptionsNote(pack.template()));
			return;
		}
		pages.note(Phrases.exceptionsNote(pack.template()));
		Style style = pages.style();
		Records records = new Records(pages, Style.TABLE, WIDTHS, "Ref", "Owner", "RAG", "Owner's RAG", "Due",
				"Days late", "Due date moved", "Why listed");
		for (AssessedAction a : pack.exceptions()) {
			Action action = a.action();
			Grid record = records.record(a.ref(), action.description());
			record.text(Phrases.shortOwner(action.owner())).rag(a.derivedRag()).rag(action.ownerRag());
			record.text(Words.date(a.effectiveDueDate())).figure(a.daysOverdue());
			record.text(Phrases.dateMoved(a)).text(Phrases.whyListed(a));
			records.add(record, ActionDetails.of(style, a, records.wordsWidth(), false));
		}
		records.finish();
	}

}
