package org.boardpack.pack;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.boardpack.actionplan.AssessedAction;
import org.boardpack.actionplan.PeriodSummary;
import org.boardpack.actionplan.PlanProgress;
import org.boardpack.actionplan.SinceLastBoard;
import org.boardpack.actionplan.SnapshotRepository.HistoryRow;
import org.boardpack.audit.AuditFindings;
import org.boardpack.audit.AuditResult;
import org.boardpack.rejects.DataQuality;
import org.boardpack.template.Template;

/**
 * Everything the PDF pack and the tracker show for one period.
 *
 * @param template the authority's look, wording and thresholds
 * @param period the month reported on
 * @param asAt the date the data is as at
 * @param meetingDate the board meeting the pack is for; null when the template does not
 * give it
 * @param headline the overall position in one line
 * @param keyMessages sentences written from the numbers, most important first
 * @param matters every matter for the board to decide, challenge or note, each once
 * @param progress the plan's progress overall, by section and by theme
 * @param actions every action assessed, in plan order
 * @param exceptions open actions that are red, overdue, slipped, stale or challenged, in
 * plan order; a done action is history, shown under completed
 * @param completed actions completed this period (not yet embedded)
 * @param embedded actions embedded this period (evidence of impact accepted)
 * @param sinceLastBoard what changed since the last board
 * @param trend headline figures of the stored months up to this one, oldest first
 * @param audits what the audits say
 * @param periodAudits the period's audits for the tracker; case references and auditors
 * only where the template allows them there
 * @param history every stored month's state of every action, for the tracker's History
 * sheet
 * @param dataQuality files, reconciliation and rejects
 * @param ragRules how RAG is derived, one line per rule
 * @param performance the performance scorecard, worded; absent when no measures were read
 * @param drift drift between teams (the case transfers), worded; absent when the run was
 * not given them
 * @param workforce workforce and caseloads, worded; absent when the run was not given
 * them
 */
public record BoardPack(Template template, YearMonth period, LocalDate asAt, LocalDate meetingDate, String headline,
		List<String> keyMessages, Matters matters, PlanProgress progress, List<AssessedAction> actions,
		List<AssessedAction> exceptions, List<AssessedAction> completed, List<AssessedAction> embedded,
		SinceLastBoard sinceLastBoard, List<PeriodSummary> trend, AuditFindings audits, List<AuditResult> periodAudits,
		List<HistoryRow> history, DataQuality dataQuality, List<String> ragRules, Performance performance, Drift drift,
		Workforce workforce) {

	public BoardPack {
		keyMessages = List.copyOf(keyMessages);
		actions = List.copyOf(actions);
		exceptions = List.copyOf(exceptions);
		completed = List.copyOf(completed);
		embedded = List.copyOf(embedded);
		trend = List.copyOf(trend);
		periodAudits = List.copyOf(periodAudits);
		history = List.copyOf(history);
		ragRules = List.copyOf(ragRules);
	}

}
