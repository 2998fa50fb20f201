package org.boardpack.pack;

import java.util.List;

import org.boardpack.actionplan.AssessedAction;
import org.boardpack.actionplan.SinceLastBoard;
import org.boardpack.audit.AuditResult;
import org.boardpack.rejects.DataQuality;
import org.boardpack.template.Template;

/** Variations on a hand-made pack, for the cases the fixture does not cover. */
public final class Packs {

	private Packs() {
	}

	public static BoardPack withActions(BoardPack p, List<AssessedAction> actions) {
		return new BoardPack(p.template(), p.period(), p.asAt(), p.meetingDate(), p.headline(), p.keyMessages(),
				p.matters(), p.progress(), actions, p.exceptions(), p.completed(), p.embedded(), p.sinceLastBoard(),
				p.trend(), p.audits(), p.periodAudits(), p.history(), p.dataQuality(), p.ragRules(), p.performance(),
				p.drift(), p.workforce());
	}

	public static BoardPack withSince(BoardPack p, SinceLastBoard since) {
		return new BoardPack(p.template(), p.period(), p.asAt(), p.meetingDate(), p.headline(), p.keyMessages(),
				p.matters(), p.progress(), p.actions(), p.exceptions(), p.completed(), p.embedded(), since, p.trend(),
				p.audits(), p.periodAudits(), p.history(), p.dataQuality(), p.ragRules(), p.performance(), p.drift(),
				p.workforce());
	}

	/**
	 * The pack as a template that lets the tracker show case references would give it.
	 */
	public static BoardPack withCaseRefsShown(BoardPack p, List<AuditResult> periodAudits) {
		Template t = p.template();
		Template shown = new Template(t.authority(), t.board(), t.reportTitle(), t.protectiveMarking(), t.author(),
				t.meetings(), t.boardIsAsked(), t.sections(), t.colours(), t.rag(),
				new Template.AuditSettings(t.audits().trendMonths(), t.audits().smallSampleBelow(), true,
						t.audits().caseReferencePattern()),
				t.mattersForTheBoard(), t.legend(), t.columns(), t.kpis(), t.tracker(), t.language(), t.transfers(),
				t.bankHolidays(), t.workforce(), t.inbox(), t.notice(), t.historySchema());
		return new BoardPack(shown, p.period(), p.asAt(), p.meetingDate(), p.headline(), p.keyMessages(), p.matters(),
				p.progress(), p.actions(), p.exceptions(), p.completed(), p.embedded(), p.sinceLastBoard(), p.trend(),
				p.audits(), periodAudits, p.history(), p.dataQuality(), p.ragRules(), p.performance(), p.drift(),
				p.workforce());
	}

	public static BoardPack withTemplate(BoardPack p, Template template) {
		return new BoardPack(template, p.period(), p.asAt(), p.meetingDate(), p.headline(), p.keyMessages(),
				p.matters(), p.progress(), p.actions(), p.exceptions(), p.completed(), p.embedded(), p.sinceLastBoard(),
				p.trend(), p.audits(), p.periodAudits(), p.history(), p.dataQuality(), p.ragRules(), p.performance(),
				p.drift(), p.workforce());
	}

	public static BoardPack withDataQuality(BoardPack p, DataQuality quality) {
		return new BoardPack(p.template(), p.period(), p.asAt(), p.meetingDate(), p.headline(), p.keyMessages(),
				p.matters(), p.progress(), p.actions(), p.exceptions(), p.completed(), p.embedded(), p.sinceLastBoard(),
				p.trend(), p.audits(), p.periodAudits(), p.history(), quality, p.ragRules(), p.performance(), p.drift(),
				p.workforce());
	}

}
