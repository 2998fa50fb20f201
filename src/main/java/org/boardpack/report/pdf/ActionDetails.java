package org.boardpack.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Phrase;
import org.boardpack.actionplan.Action;
import org.boardpack.actionplan.BoardDecision;
import org.boardpack.actionplan.AssessedAction;

/**
 * An action's words under its figures: why its RAG, any challenge, the latest update,
 * evidence, the ask.
 */
final class ActionDetails {

	private ActionDetails() {
	}

	/**
	 * @param width the width the words are set in
	 * @param evidence whether to give the whole record (the annex's): why its RAG, the
	 * update, the evidence of impact and the ask of the board; else the update alone
	 */
	static Phrase of(Style style, AssessedAction a, float width, boolean evidence) {
		Action action = a.action();
		Phrase phrase = new Phrase();
		Phrase update = style.labelled(updateLabel(action),
				(action.update() != null) ? action.update() : "none recorded", Style.TABLE, width);
		if (!evidence) {
			// Before the annex the reason is in the row's "why listed" and the ask among
			// the
			// matters: the update is what the figures do not say.
			return update;
		}
		// A challenge repeats the reason for the derived RAG, so it stands in for it.
		phrase.add(a.challenged() ? style.labelled("Challenge:", a.challenge() + ".", Style.TABLE, width)
				: style.labelled("RAG by the rules:", a.ragReason() + ".", Style.TABLE, width));
		line(phrase, update);
		if (evidence && action.evidence() != null) {
			line(phrase, style.labelled("Evidence of impact:", action.evidence(), Style.TABLE, width));
		}
		if (evidence && action.boardAsk() != null) {
			line(phrase, style.labelled("Ask of the board:", action.boardAsk(), Style.TABLE, width));
		}
		if (evidence && action.decision() != null) {
			BoardDecision decision = action.decision();
			line(phrase,
					style.labelled(
							(decision.decidedOn() != null)
									? "Board decision (" + Words.date(decision.decidedOn()) + "):" : "Board decision:",
							decision.decision(), Style.TABLE, width));
		}
		return phrase;
	}

	/**
	 * "Latest update (26/01/2021):", without the date when the update already starts with
	 * it, as most do.
	 */
	private static String updateLabel(Action action) {
		if (action.lastUpdated() == null
				|| (action.update() != null && action.update().startsWith(Words.date(action.lastUpdated())))) {
			return "Latest update:";
		}
		return "Latest update (" + Words.date(action.lastUpdated()) + "):";
	}

	private static void line(Phrase phrase, Phrase line) {
		phrase.add(new Chunk("\n"));
		phrase.add(line);
	}

}
