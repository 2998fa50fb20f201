package org.boardpack.report.excel;

import java.util.List;

import org.boardpack.history.SinceLastBoard;
import org.boardpack.pack.BoardPack;
import org.boardpack.progress.AssessedAction;
import org.boardpack.rejects.DataQuality;

/** Variations on a hand-made pack, for the cases the fixture does not cover. */
final class Packs {

	private Packs() {
	}

	static BoardPack withActions(BoardPack p, List<AssessedAction> actions) {
		return new BoardPack(p.template(), p.period(), p.asAt(), p.meetingDate(), p.headline(), p.keyMessages(),
				p.matters(), p.progress(), actions, p.exceptions(), p.completed(), p.embedded(), p.sinceLastBoard(),
				p.trend(), p.audits(), p.periodAudits(), p.history(), p.dataQuality(), p.ragRules());
	}

	static BoardPack withSince(BoardPack p, SinceLastBoard since) {
		return new BoardPack(p.template(), p.period(), p.asAt(), p.meetingDate(), p.headline(), p.keyMessages(),
				p.matters(), p.progress(), p.actions(), p.exceptions(), p.completed(), p.embedded(), since, p.trend(),
				p.audits(), p.periodAudits(), p.history(), p.dataQuality(), p.ragRules());
	}

	static BoardPack withDataQuality(BoardPack p, DataQuality quality) {
		return new BoardPack(p.template(), p.period(), p.asAt(), p.meetingDate(), p.headline(), p.keyMessages(),
				p.matters(), p.progress(), p.actions(), p.exceptions(), p.completed(), p.embedded(),
				p.sinceLastBoard(), p.trend(), p.audits(), p.periodAudits(), p.history(), quality, p.ragRules());
	}

}
