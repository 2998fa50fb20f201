package org.boardpack.pack;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.boardpack.actionplan.AssessedAction;
import org.boardpack.actionplan.PeriodSummary;
import org.boardpack.actionplan.PlanProgress;
import org.boardpack.actionplan.Rag;
import org.boardpack.actionplan.SinceLastBoard;
import org.boardpack.actionplan.SnapshotRepository.HistoryRow;
import org.boardpack.actionplan.SnapshotRepository;
import org.boardpack.actionplan.Status;
import org.boardpack.actionplan.Tally;
import org.boardpack.audit.AuditCube;
import org.boardpack.audit.AuditFindings;
import org.boardpack.audit.AuditInput;
import org.boardpack.audit.AuditRepository;
import org.boardpack.audit.AuditResult;
import org.boardpack.audit.Share;
import org.boardpack.kpi.KpiInput;
import org.boardpack.kpi.KpiRepository;
import org.boardpack.kpi.MeasureValue;
import org.boardpack.kpi.Scorecard;
import org.boardpack.workforce.TeamMonth;
import org.boardpack.workforce.WorkforceFindings;
import org.boardpack.workforce.WorkforceInput;
import org.boardpack.workforce.WorkforceRepository;
import org.boardpack.rejects.DataQuality;
import org.boardpack.rejects.FileLoad;
import org.boardpack.rejects.FileLoadRepository;
import org.boardpack.rejects.Reject;
import org.boardpack.rejects.RejectRepository;
import org.boardpack.template.Template;
import org.boardpack.transfer.Transfer;
import org.boardpack.transfer.TransferFindings;
import org.boardpack.transfer.TransferInput;
import org.boardpack.transfer.TransferRepository;
import org.boardpack.transfer.WorkingDays;

import org.springframework.stereotype.Component;

/**
 * Assembles the {@link BoardPack} for a period from what the job stored: the snapshot,
 * the last board's snapshot, the audit counts, the reconciliation and the rejects. The
 * PDF and the tracker are written in parallel from one assembly, which the job keeps for
 * the execution it is made for.
 */
@Component
public class BoardPackAssembler {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter MONTH_ONLY = DateTimeFormatter.ofPattern("MMMM", Locale.UK);

	private final Template template;

	private final SnapshotRepository snapshots;

	private final AuditRepository audits;

	private final RejectRepository rejects;

	private final FileLoadRepository fileLoads;

	private final KpiRepository kpis;

	private final TransferRepository transfers;

	private final WorkforceRepository workforce;

	public BoardPackAssembler(Template template, SnapshotRepository snapshots, AuditRepository audits,
			RejectRepository rejects, FileLoadRepository fileLoads, KpiRepository kpis, TransferRepository transfers,
			WorkforceRepository workforce) {
		this.template = template;
		this.snapshots = snapshots;
		this.audits = audits;
		this.rejects = rejects;
		this.fileLoads = fileLoads;
		this.kpis = kpis;
		this.transfers = transfers;
		this.workforce = workforce;
	}

	/** Reads what the job stored for the period and composes the pack from it. */
	public BoardPack assemble(YearMonth period, LocalDate asAt) {
		String key = period.toString();
		Template.AuditSettings settings = this.template.audits();
		YearMonth from = period.minusMonths(settings.trendMonths() - 1L);
		String previous = this.snapshots.previousPeriod(key).orElse(null);
		Stored stored = new Stored(this.snapshots.findByPeriod(key), previous,
				(previous != null) ? this.snapshots.findByPeriod(previous) : List.of(),
				this.audits.counts(key, from, period), this.audits.domainCounts(key, from, period),
				this.audits.findByPeriod(key), this.fileLoads.findByPeriod(key), this.rejects.findByPeriod(key),
				this.snapshots.trend(key, settings.trendMonths()), this.snapshots.history(key),
				this.kpis.stored(key, period.minusMonths(Scorecard.monthsNeeded(this.template.kpis()) - 1L), period),
				this.transfers.stored(key),
				this.workforce.stored(key,
						period.minusMonths(WorkforceFindings.monthsNeeded(this.template.workforce()) - 1L), period),
				this.snapshots.asksOpenSince(key));
		return compose(this.template, period, asAt, stored);
	}

	/**
	 * What a period's run stored, as the assembler reads it.
	 *
	 * @param actions the period's assessed actions, in plan order
	 * @param previousPeriod the last board's period; null when none is stored
	 * @param previousActions the last board's assessed actions, in plan order
	 * @param counts the audit cube's counts over the trend window
	 * @param domainCounts the domain cube's counts over the trend window
	 * @param periodAudits the period's own audits
	 * @param fileLoads the reconciliation of each input file
	 * @param rejects every problem of every rejected row
	 * @param trend the stored months' headline figures, oldest first
	 * @param history every stored month's state of every action
	 * @param measures the stored figures of every measure over the months the scorecard
	 * reads
	 * @param transfers the case transfers the period's run stored
	 * @param workforce the stored figures of every team over the months the workforce
	 * figures read
	 * @param asksOpenSince for each ask open at the last board, the board it was first
	 * asked at
	 */
	public record Stored(List<AssessedAction> actions, String previousPeriod, List<AssessedAction> previousActions,
			List<AuditCube.Count> counts, List<AuditCube.DomainCount> domainCounts, List<AuditResult> periodAudits,
			List<FileLoad> fileLoads, List<Reject> rejects, List<PeriodSummary> trend, List<HistoryRow> history,
			List<MeasureValue> measures, List<Transfer> transfers, List<TeamMonth> workforce,
			Map<String, YearMonth> asksOpenSince) {
	}

	/**
	 * Works every figure, list and sentence of the pack out from what was stored: the one
	 * place this is done.
	 */
	public static BoardPack compose(Template template, YearMonth period, LocalDate asAt, Stored stored) {
		List<AssessedAction> actions = stored.actions();
		PlanProgress progress = PlanProgress.of(actions);
		SinceLastBoard since = (stored.previousPeriod() != null)
				? SinceLastBoard.compare(stored.previousPeriod(), stored.previousActions(), actions)
				: SinceLastBoard.firstBoard();
		Template.AuditSettings settings = template.audits();
		AuditFindings findings = AuditFindings.of(period, settings.trendMonths(), settings.smallSampleBelow(),
				stored.counts(), stored.domainCounts());
		List<AuditResult> periodAudits = stored.periodAudits()
			.stream()
			.map((a) -> settings.caseRefsInTracker() ? a
					: new AuditResult(a.auditId(), null, a.auditDate(), a.auditType(), a.team(), null, a.overallGrade(),
							a.moderatedGrade(), a.domainGrades(), a.driftDelay(), a.actionRefs(), a.line()))
			.toList();
		DataQuality quality = DataQuality.of(stored.fileLoads(), stored.rejects());
		List<AssessedAction> exceptions = actions.stream()
			.filter((a) -> !a.done() && (a.derivedRag() == Rag.RED || a.overdue() || a.slipped() || a.stale()
					|| a.challenged() || a.ownerWarns()))
			.toList();
		List<AssessedAction> completed = since.isFirstBoard() ? doneInPeriod(actions, period, Status.COMPLETE)
				: since.completed().stream().filter((a) -> a.action().status() == Status.COMPLETE).toList();
		Set<String> newlyDone = Stream.concat(since.completed().stream(), since.embedded().stream())
			.map(AssessedAction::ref)
			.collect(Collectors.toSet());
		List<AssessedAction> embedded = since.isFirstBoard() ? doneInPeriod(actions, period, Status.EMBEDDED)
				: actions.stream()
					.filter((a) -> a.action().status() == Status.EMBEDDED && newlyDone.contains(a.ref()))
					.toList();
		Tally overall = progress.overall();
		boolean measuresRead = stored.fileLoads()
			.stream()
			.anyMatch((f) -> f.role().equals(KpiInput.NAME) && f.supplied());
		Scorecard scorecard = measuresRead ? Scorecard.of(period, template.kpis(), stored.measures(),
				actions.stream().map(AssessedAction::action).toList()) : null;
		Performance performance = measuresRead ? Performance.of(scorecard)
				: Performance.absent(period, template.kpis());
		boolean workforceRead = stored.fileLoads()
			.stream()
			.anyMatch((f) -> f.role().equals(WorkforceInput.NAME) && f.supplied());
		WorkforceFindings teams = workforceRead ? WorkforceFindings.of(period, template.workforce(), stored.workforce())
				: null;
		List<String> messages = keyMessages(template, period, progress, since,
				asksMessage(actions, stored.asksOpenSince(), since), findings, quality);
		messages.addAll(PerformanceMessages.keyMessages(scorecard, performance));
		boolean transfersRead = stored.fileLoads()
			.stream()
			.anyMatch((f) -> f.role().equals(TransferInput.NAME) && f.supplied());
		TransferFindings transferFindings = transfersRead ? TransferFindings.of(stored.transfers(), period, asAt,
				template.transfers(), new WorkingDays(template.bankHolidays())) : null;
		Optional<FileLoad> transfersLeftOut = quality.leftOut(TransferInput.NAME);
		Drift drift = transfersRead ? Drift.of(transferFindings) : Drift.absent(transfersLeftOut.map(Phrases::leftOut)
			.orElse("No case transfers were loaded for this run, so drift between teams is left out."));
		if (transfersRead || transfersLeftOut.isPresent()) {
			// The summary page has room for the month's waits and the backlog; the rest
			// is on the drift page, which gives every line.
			messages.addAll(drift.summary().subList(0, Math.min(2, drift.summary().size())));
		}
		messages.addAll(WorkforceMessages.keyMessages(teams));
		return new BoardPack(template, period, asAt, template.meetings().get(period.toString()), headline(overall),
				messages,
				matters(template, actions, stored.asksOpenSince(), findings, scorecard, transferFindings, teams),
				progress, actions, exceptions, completed, embedded, since, stored.trend(), findings, periodAudits,
				stored.history(), quality, template.rag().describe(), performance, drift,
				(teams != null) ? Workforce.of(teams) : Workforce.absent(period));
	}

	/**
	 * On a first pack there is no last board to compare with: done actions last updated
	 * in the period.
	 */
	private static List<AssessedAction> doneInPeriod(List<AssessedAction> actions, YearMonth period, Status status) {
		return actions.stream()
			.filter((a) -> a.action().status() == status && a.action().lastUpdated() != null
					&& YearMonth.from(a.action().lastUpdated()).equals(period))
			.toList();
	}

	static String headline(Tally overall) {
		return headline(overall.done(), overall.actions(), overall.count(Rag.RED));
	}

	/** The headline of a month stored, as its pack printed it. */
	public static String headline(PeriodSummary stored) {
		return headline(stored.done(), stored.actions(), stored.count(Rag.RED));
	}

	private static String headline(int done, int actions, int red) {
		return done + " of " + actions + " actions complete, " + red + " off track";
	}

	private static List<String> keyMessages(Template template, YearMonth period, PlanProgress progress,
			SinceLastBoard since, Optional<String> asks, AuditFindings findings, DataQuality quality) {
		Tally t = progress.overall();
		List<String> messages = new ArrayList<>();
		messages.add(t.done() + " of " + t.actions() + " actions are complete (" + t.count(Status.EMBEDDED)
				+ " of them embedded); " + t.count(Rag.RED) + " are off track (Red), " + t.count(Rag.AMBER)
				+ " at risk (Amber) and " + t.count(Rag.GREEN) + " on track (Green).");
		if (since.isFirstBoard()) {
			messages.add("This is the first month stored, so changes since the last board will show from next month.");
		}
		else {
			long later = since.dueDateMoves().stream().filter((m) -> m.days() > 0).count();
			long worse = since.ragMoves().stream().filter(SinceLastBoard.RagMove::worse).count();
			messages.add("Since the " + YearMonth.parse(since.previousPeriod()).format(MONTH) + " board: "
					+ plural(since.completed().size(), "action") + " completed, " + since.newlyOverdue().size()
					+ " newly overdue, " + plural(since.dueDateMoves().size(), "due date") + " moved (" + later
					+ " later), " + plural(since.ragMoves().size(), "RAG change") + " (" + worse + " worse)"
					+ ((since.added().isEmpty() && since.removed().isEmpty()) ? "."
							: "; " + since.added().size() + " added and " + since.removed().size() + " removed."));
		}
		asks.ifPresent(messages::add);
		List<String> ratings = new ArrayList<>();
		if (t.challenged() > 0) {
			ratings.add(plural(t.challenged(), "action") + " better than the rules give from the dates and updates ("
					+ ((t.challenged() == 1) ? "a challenge" : "challenges") + " for the board)");
		}
		if (t.ownerWarnings() > 0) {
			ratings.add(plural(t.ownerWarnings(), "action") + " worse ("
					+ ((t.ownerWarnings() == 1) ? "an owner's warning" : "owners' warnings")
					+ " of what the dates do not show yet)");
		}
		if (!ratings.isEmpty()) {
			messages.add("Owners rate " + String.join(" and ", ratings) + ".");
		}
		List<String> late = new ArrayList<>();
		if (t.overdue() > 0) {
			late.add(plural(t.overdue(), "action") + ((t.overdue() == 1) ? " is" : " are") + " past the current due "
					+ "date");
		}
		if (t.slipped() > 0) {
			late.add(t.slipped() + " due later than first agreed");
		}
		if (t.stale() > 0) {
			late.add(t.stale() + " open without an update for more than " + template.rag().staleAfterDays() + " days");
		}
		if (!late.isEmpty()) {
			messages.add(Character.toUpperCase(late.get(0).charAt(0)) + String.join("; ", late).substring(1) + ".");
		}
		Insights.sectionFurthestBehind(progress).ifPresent(messages::add);
		Optional<FileLoad> auditsLeftOut = quality.leftOut(AuditInput.NAME);
		if (auditsLeftOut.isPresent()) {
			messages.add(Phrases.leftOut(auditsLeftOut.get()));
		}
		else {
			messages.addAll(auditMessages(period, findings));
		}
		if (quality.rejectedRows() > 0) {
			messages.add(plural((int) quality.rejectedRows(), "input row")
					+ ((quality.rejectedRows() == 1) ? " was" : " were")
					+ " rejected and left out; each is listed with its reason in the data quality appendix.");
		}
		return messages;
	}

	/**
	 * What the board decided since the last board, and the asks before it now: how many
	 * and which are carried, since when. Empty when there are none of either.
	 */
	private static Optional<String> asksMessage(List<AssessedAction> actions, Map<String, YearMonth> asksOpenSince,
			SinceLastBoard since) {
		List<String> parts = new ArrayList<>();
		int decided = since.decided().size();
		if (decided > 0) {
			parts.add(plural(decided, "ask") + ((decided == 1) ? " was" : " were") + " decided at the "
					+ Phrases.month(YearMonth.parse(since.previousPeriod())) + " board ("
					+ String.join(", ", since.decided().stream().map((d) -> d.action().ref()).toList()) + ")");
		}
		List<AssessedAction> open = actions.stream().filter((a) -> !a.done() && a.asksTheBoard()).toList();
		if (!open.isEmpty()) {
			Map<YearMonth, List<String>> carried = new TreeMap<>();
			open.stream()
				.filter((a) -> asksOpenSince.containsKey(a.ref()))
				.forEach((a) -> carried.computeIfAbsent(asksOpenSince.get(a.ref()), (m) -> new ArrayList<>())
					.add(a.ref()));
			int count = carried.values().stream().mapToInt(List::size).sum();
			List<String> runs = new ArrayList<>();
			carried.forEach((month, refs) -> runs.add(Phrases.and(refs) + " since " + Phrases.month(month)));
			parts.add(plural(open.size(), "ask") + ((open.size() == 1) ? " is" : " are") + " before this board"
					+ ((count == 0) ? ", all new"
							: ", " + count + " of them carried without a decision from earlier boards ("
									+ String.join("; ", runs) + ")"));
		}
		if (parts.isEmpty()) {
			return Optional.empty();
		}
		String message = String.join("; ", parts) + ".";
		return Optional.of(Character.toUpperCase(message.charAt(0)) + message.substring(1));
	}

	private static List<String> auditMessages(YearMonth period, AuditFindings findings) {
		List<String> messages = new ArrayList<>();
		AuditFindings.Month now = findings.current();
		AuditFindings.Month before = findings.previous();
		String month = period.format(MONTH_ONLY);
		if (now.empty()) {
			messages.add("No case audits are recorded for " + month + ".");
			return messages;
		}
		messages.add("Audits: " + now.goodOrBetter().label() + " good or better in " + month
				+ direction(now.goodOrBetter(), before.goodOrBetter(), before) + "; " + now.inadequate().label()
				+ " inadequate.");
		if (!now.driftFound().empty()) {
			messages.add("Drift or delay found in " + now.driftFound().label() + " of " + month + "'s audits"
					+ direction(now.driftFound(), before.driftFound(), before) + ".");
		}
		findings.byDomain()
			.stream()
			.filter((d) -> !d.goodOrBetter().empty())
			.min(Comparator.comparingInt((AuditFindings.DomainResult d) -> d.goodOrBetter().percent()))
			.ifPresent((d) -> messages.add(d.domain().label() + " is the weakest practice domain: "
					+ d.goodOrBetter().label() + " good or better."));
		Insights.weakestTeam(findings, period).ifPresent(messages::add);
		Insights.moderation(findings, period).ifPresent(messages::add);
		List<String> trend = Insights.trend(findings);
		if (!trend.isEmpty()) {
			messages.add(String.join(" ", trend));
		}
		return messages;
	}

	/**
	 * ", up from 56% (28 of 50) in December" or nothing when last month had none to
	 * compare.
	 */
	private static String direction(Share now, Share before, AuditFindings.Month previous) {
		if (before.empty()) {
			return "";
		}
		String word = (now.percent() > before.percent()) ? "up from"
				: (now.percent() < before.percent()) ? "down from" : "the same as";
		return ", " + word + " " + before.label() + " in " + previous.month().format(MONTH_ONLY);
	}

	/**
	 * Every matter for the board, each once: the plan's (asks, delays, ratings, owners'
	 * warnings), then a fall in audit quality. A domain with matters of its own adds them
	 * here.
	 */
	private static Matters matters(Template template, List<AssessedAction> actions,
			Map<String, YearMonth> asksOpenSince, AuditFindings findings, Scorecard scorecard,
			TransferFindings transfers, WorkforceFindings teams) {
		List<Matter> matters = new ArrayList<>(PlanMatters.of(actions, asksOpenSince));
		matters.addAll(PerformanceMessages.matters(scorecard));
		if (transfers != null) {
			matters.addAll(DriftMessages.matters(transfers));
		}
		matters.addAll(WorkforceMessages.matters(teams));
		AuditFindings.Month now = findings.current();
		AuditFindings.Month before = findings.previous();
		if (!now.empty() && !before.empty() && now.goodOrBetter().percent() < before.goodOrBetter().percent()) {
			matters
				.add(new Matter(Matter.Kind.NOTE, null, null, "Note that audit quality fell this month.",
						"Good or better in " + now.goodOrBetter().label() + " of audits, against "
								+ before.goodOrBetter().label() + " in " + before.month().format(MONTH_ONLY) + ".",
						null));
		}
		return new Matters(matters, template.mattersForTheBoard());
	}

	private static String plural(int n, String noun) {
		return n + " " + noun + ((n == 1) ? "" : "s");
	}

}
