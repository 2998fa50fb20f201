package org.boardpack.pack;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.boardpack.actionplan.Action;
import org.boardpack.actionplan.ActionAssessor;
import org.boardpack.actionplan.AssessedAction;
import org.boardpack.actionplan.DueDateHistory;
import org.boardpack.actionplan.PeriodSummary;
import org.boardpack.actionplan.Rag;
import org.boardpack.actionplan.SnapshotRepository.HistoryRow;
import org.boardpack.actionplan.Status;
import org.boardpack.actionplan.Tally;
import org.boardpack.audit.AuditCube;
import org.boardpack.audit.AuditResult;
import org.boardpack.audit.Domain;
import org.boardpack.audit.DriftDelay;
import org.boardpack.audit.Grade;
import org.boardpack.audit.Moderation;
import org.boardpack.input.RejectKind;
import org.boardpack.input.InputFile;
import org.boardpack.input.InputRow;
import org.boardpack.input.RowRejectedException;
import org.boardpack.input.TabularItemReader;
import org.boardpack.kpi.KpiColumn;
import org.boardpack.kpi.KpiValidator;
import org.boardpack.kpi.MeasureValue;
import org.boardpack.rejects.FileLoad;
import org.boardpack.rejects.Reject;
import org.boardpack.template.Template;
import org.boardpack.template.TemplateLoader;
import org.boardpack.workforce.TeamMonth;
import org.boardpack.workforce.WorkforceColumn;
import org.boardpack.workforce.WorkforceValidator;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Board packs made by hand, for renderer tests that need no database. The figures below
 * are worked out by hand from the rows; {@code BoardPackFixturesTest} pins them so a test
 * can rely on them.
 *
 * <p>
 * {@link #small()}: period 2021-01, as at 31/01/2021, template templates/northmoor.yml,
 * 12 actions in 3 sections, previous period 2020-12 (12 actions: 3.9 then, no 3.4 yet).
 * <ul>
 * <li>Derived RAG: Blue 4 (1.1, 1.2, 2.1 Complete; 1.3 Embedded), Red 3 (2.2, 2.3, 3.1),
 * Amber 3 (1.4 stale, 3.2 due soon at 40%, 3.3 slipped), Green 2 (2.4, 3.4).</li>
 * <li>Overdue 3: 2.2 (31 days; original 31/12/2020), 2.3 (10 days, revised 21/01/2021
 * from first due 30/11/2020, so 62 days against the original, date moved twice), 3.1 (1
 * day).</li>
 * <li>Slipped 2: 2.3 (52 days) and 3.3 (revised 31/03/2021 from 28/02/2021: 31
 * days).</li>
 * <li>Challenges 3: 2.2 (owner Green), 3.1 (owner Amber), 1.4 (owner Green, derived
 * Amber).</li>
 * <li>Stale: 1.4 (last updated 01/11/2020, 91 days).</li>
 * <li>Board asks: 2.2 "Agree extra legal capacity" and 3.2 "Escalate CAMHS waiting
 * times".</li>
 * <li>Since 2020-12: completed 2.1 (was In progress) and 1.3 (was In progress, now
 * Embedded); embedded none (1.3 went straight from In progress); newly overdue 2.2, 2.3
 * and 3.1; due date moved 2.3 (31/12/2020 to 21/01/2021, 21 days) and 3.3 (28/02/2021 to
 * 31/03/2021, 31 days); added 3.4; removed 3.9.</li>
 * <li>Audits, trend of 12 months from 2020-02 to 2021-01, audits only in 2020-11 (20),
 * 2020-12 (10), 2021-01 (8): good or better 2021-01 is 5 of 8 (63%, small sample below
 * 10), 2020-12 is 5 of 10 (50%); inadequate 2021-01 is 1 of 8 (13%); drift 2021-01 is 2
 * of 6 recorded (33%) with 2 not recorded; January by team: Duty 5, Permanence 3;
 * moderation in January: 3 moderated, 1 up, 1 down.</li>
 * <li>Data quality: actions 12 read = 12 loaded + 0 rejected; audits 40 read = 38 loaded
 * + 2 rejected (lines 7 and 19).</li>
 * </ul>
 */
public final class BoardPackFixtures {

	public static final YearMonth PERIOD = YearMonth.of(2021, 1);

	public static final LocalDate AS_AT = LocalDate.of(2021, 1, 31);

	private BoardPackFixtures() {
	}

	public static Template template() {
		return TemplateLoader.load(Path.of("templates/northmoor.yml"));
	}

	public static BoardPack small() {
		return BoardPackAssembler.compose(template(), PERIOD, AS_AT, stored());
	}

	/** What a run would have stored for the small pack. */
	/**
	 * {@link #small()} with performance measures: every figure of seeds/kpis.csv, read
	 * and validated as the job does, as if stored by earlier months' runs.
	 */
	public static BoardPack withSeedMeasures() {
		BoardPackAssembler.Stored s = stored();
		List<FileLoad> loads = new ArrayList<>(s.fileLoads());
		List<MeasureValue> measures = seedMeasures();
		loads.add(new FileLoad("kpis", "seeds/kpis.csv", "seeds/kpis.csv", "c".repeat(64), 1, measures.size(),
				measures.size(), 0, 0, List.of(), List.of(), 0));
		return BoardPackAssembler.compose(template(), PERIOD, AS_AT,
				new BoardPackAssembler.Stored(s.actions(), s.previousPeriod(), s.previousActions(), s.counts(),
						s.domainCounts(), s.periodAudits(), loads, s.rejects(), s.trend(), s.history(), measures,
						List.of(), s.workforce(), Map.of()));
	}

	/**
	 * {@link #small()} with workforce figures: every valid row of seeds/workforce.csv,
	 * read and validated as the job does, as if stored by this month's run.
	 */
	public static BoardPack withSeedWorkforce() {
		BoardPackAssembler.Stored s = stored();
		List<FileLoad> loads = new ArrayList<>(s.fileLoads());
		List<TeamMonth> workforce = seedWorkforce();
		loads.add(new FileLoad("workforce", "seeds/workforce.csv", "seeds/workforce.csv", "d".repeat(64), 1,
				workforce.size() + 1, workforce.size(), 1, 0, List.of(), List.of(), 0));
		return BoardPackAssembler.compose(template(), PERIOD, AS_AT,
				new BoardPackAssembler.Stored(s.actions(), s.previousPeriod(), s.previousActions(), s.counts(),
						s.domainCounts(), s.periodAudits(), loads, s.rejects(), s.trend(), s.history(), s.measures(),
						s.transfers(), workforce, Map.of()));
	}

	/** Every valid row of seeds/workforce.csv as the validator makes it. */
	public static List<TeamMonth> seedWorkforce() {
		TabularItemReader<WorkforceColumn> reader = new TabularItemReader<>(
				new InputFile(Path.of("seeds/workforce.csv"), null), WorkforceColumn.class, Map.of(), List.of());
		WorkforceValidator validator = new WorkforceValidator();
		ExecutionContext context = new ExecutionContext();
		reader.open(context);
		validator.open(context);
		List<TeamMonth> months = new ArrayList<>();
		for (InputRow<WorkforceColumn> row = reader.read(); row != null; row = reader.read()) {
			try {
				months.add(validator.process(row));
			}
			catch (RowRejectedException ex) {
				// the seed's one bad row, as the job rejects it
			}
		}
		reader.close();
		return months;
	}

	/** Every row of seeds/kpis.csv as the validator makes it. */
	public static List<MeasureValue> seedMeasures() {
		TabularItemReader<KpiColumn> reader = new TabularItemReader<>(new InputFile(Path.of("seeds/kpis.csv"), null),
				KpiColumn.class, Map.of(), List.of());
		KpiValidator validator = new KpiValidator();
		ExecutionContext context = new ExecutionContext();
		reader.open(context);
		validator.open(context);
		List<MeasureValue> values = new ArrayList<>();
		for (InputRow<KpiColumn> row = reader.read(); row != null; row = reader.read()) {
			values.add(validator.process(row));
		}
		reader.close();
		return values;
	}

	public static BoardPackAssembler.Stored stored() {
		Template template = template();
		ActionAssessor now = new ActionAssessor(template.rag(), AS_AT, template.sections());
		ActionAssessor before = new ActionAssessor(template.rag(), LocalDate.of(2020, 12, 31), template.sections());
		List<AssessedAction> current = new ArrayList<>();
		current.add(now.assess(action("1.1", 1, "Appoint a permanent Director of Children's Services",
				"Chief Executive", d(2020, 4, 1), d(2020, 9, 30), null, Status.COMPLETE, Rag.BLUE, 100, d(2020, 10, 2),
				"02/10/2020: Appointed.", "Permanent DCS in post since September.", null, "Leadership and governance"),
				DueDateHistory.NONE));
		current.add(now.assess(action("1.2", 1, "Refresh the improvement board’s terms of reference",
				"Siân Pritchard, Head of Service (Permanence)", d(2020, 4, 1), d(2020, 6, 30), null, Status.COMPLETE,
				Rag.BLUE, 100, d(2020, 7, 1), "Agreed by the board.", null, null, "Leadership and governance"),
				DueDateHistory.NONE));
		current.add(now.assess(
				action("1.3", 1, "Embed the practice standards in supervision", "Principal Social Worker",
						d(2020, 6, 1), d(2021, 1, 15), null, Status.EMBEDDED, Rag.BLUE, 100, d(2021, 1, 20),
						"20/01/2021: Evidence accepted.",
						"Supervision audit: standards evident in 31 of 40 files (78%).", null, "Social work practice"),
				DueDateHistory.NONE));
		current.add(now.assess(action("1.4", 1, "Publish the quarterly practice newsletter", "Ciarán O’Neill",
				d(2020, 5, 1), d(2021, 6, 30), null, Status.IN_PROGRESS, Rag.GREEN, 50, d(2020, 11, 1),
				"01/11/2020: Second issue out.", null, null, "Social work practice"), DueDateHistory.NONE));
		current.add(now.assess(action("2.1", 2, "Introduce monthly case transfer tracker review by the AD",
				"Assistant Director", d(2020, 5, 1), d(2021, 1, 31), null, Status.COMPLETE, Rag.BLUE, 100,
				d(2021, 1, 28), "28/01/2021: Tracker reviewed monthly since October.", "Transfers within 10 days: 88%.",
				null, "Drift and delay"), DueDateHistory.NONE));
		current.add(now.assess(action("2.2", 2, "Recruit to the legal gateway panel", "Head of Legal", d(2020, 7, 1),
				d(2020, 12, 31), null, Status.IN_PROGRESS, Rag.GREEN, 60, d(2021, 1, 25),
				"25/01/2021: Two posts advertised, no appointable candidates.", null, "Agree extra legal capacity",
				"Permanence planning"), DueDateHistory.NONE));
		current.add(now.assess(
				action("2.3", 2, "Train all team managers in management oversight", "Head of Service (Assessment)",
						d(2020, 6, 1), d(2020, 11, 30), d(2021, 1, 21), Status.IN_PROGRESS, Rag.RED, 80, d(2021, 1, 26),
						"26/01/2021: 3 sessions left.", null, null, "Management oversight"),
				new DueDateHistory(d(2020, 11, 30), List.of(d(2020, 12, 31)))));
		current.add(now.assess(
				action("2.4", 2, "Review the supervision policy", "Head of Quality Assurance", d(2020, 9, 1),
						d(2021, 6, 30), null, Status.IN_PROGRESS, Rag.GREEN, 30, d(2021, 1, 19),
						"19/01/2021: Draft with staff groups.", null, null, "Management oversight"),
				DueDateHistory.NONE));
		current.add(now.assess(
				action("3.1", 3, "Permanence plan for every child by the second review", "Head of Service (Permanence)",
						d(2020, 6, 1), d(2021, 1, 30), null, Status.IN_PROGRESS, Rag.AMBER, 70, d(2021, 1, 29),
						"29/01/2021: 81% of children have a plan.", null, null, "Permanence planning"),
				DueDateHistory.NONE));
		current.add(now.assess(action("3.2", 3, "Reduce waiting times for therapeutic support",
				"Head of Service (Children in Care)", d(2020, 9, 1), d(2021, 2, 20), null, Status.IN_PROGRESS,
				Rag.AMBER, 40, d(2021, 1, 22), "22/01/2021: Waiting list at 14 weeks.", null,
				"Escalate CAMHS waiting times", "Permanence planning"), DueDateHistory.NONE));
		current.add(now.assess(
				action("3.3", 3, "Set up the permanence tracking meeting", "Head of Service (Permanence)",
						d(2020, 10, 1), d(2021, 2, 28), d(2021, 3, 31), Status.IN_PROGRESS, Rag.AMBER, 90,
						d(2021, 1, 27), "27/01/2021: Terms agreed.", null, null, "Permanence planning"),
				new DueDateHistory(d(2021, 2, 28), List.of(d(2021, 2, 28)))));
		current.add(now.assess(action("3.4", 3, "Care leavers’ local offer refreshed", "Head of Service (Care Leavers)",
				d(2021, 3, 1), d(2021, 9, 30), null, Status.NOT_STARTED, null, null, null, null, null, null,
				"Permanence planning"), DueDateHistory.NONE));
		List<AssessedAction> previous = new ArrayList<>();
		for (AssessedAction a : current) {
			if (a.ref().equals("3.4")) {
				continue;
			}
			previous.add(before.assess(previousState(a.action()), DueDateHistory.NONE));
		}
		previous.add(before.assess(action("3.9", 3, "Pilot family group conferencing", "Head of Service (Early Help)",
				d(2020, 6, 1), d(2021, 3, 31), null, Status.IN_PROGRESS, Rag.GREEN, 50, d(2020, 12, 20), null, null,
				null, "Permanence planning"), DueDateHistory.NONE));
		List<PeriodSummary> trend = List.of(summary("2020-12", previous), summary("2021-01", current));
		List<HistoryRow> history = new ArrayList<>();
		for (String period : List.of("2020-12", "2021-01")) {
			for (AssessedAction a : period.equals("2020-12") ? previous : current) {
				history.add(new HistoryRow(period, a.ref(), a.action().section(), a.action().description(),
						a.action().owner(), a.action().status(), a.derivedRag(), a.effectiveDueDate(),
						a.action().percentComplete(), a.action().lastUpdated(), a.action().update()));
			}
		}
		List<FileLoad> loads = List.of(
				new FileLoad("actions", "seeds/actions.csv", "seeds/actions.csv", "a".repeat(64), 1, 12, 12, 0, 0,
						List.of(), List.of(), 0),
				new FileLoad("audits", "seeds/audits.csv", "seeds/audits.csv", "b".repeat(64), 1, 40, 38, 2, 1,
						List.of("Notes"), List.of(), 0));
		List<Reject> rejects = List.of(
				new Reject("audits", "seeds/audits.csv", 7, "AUD-7", "overall_grade", RejectKind.MISSING_VALUE,
						"overall_grade is required"),
				new Reject("audits", "seeds/audits.csv", 19, "AUD-19", "audit_date", RejectKind.INVALID_DATE,
						"'2020-11-31' is not a real date"));
		return new BoardPackAssembler.Stored(current, "2020-12", previous, auditCounts(), domainCounts(),
				periodAudits(), loads, rejects, trend, history, List.of(), List.of(), List.of(), Map.of());
	}

	/** How each action stood at the end of December. */
	private static Action previousState(Action a) {
		return switch (a.ref()) {
			case "2.1" -> with(a, Status.IN_PROGRESS, Rag.GREEN, 80, a.dueDate(), null);
			case "1.3" -> with(a, Status.IN_PROGRESS, Rag.GREEN, 90, a.dueDate(), null);
			case "2.3" -> with(a, Status.IN_PROGRESS, Rag.AMBER, 60, a.dueDate(), d(2020, 12, 31));
			case "3.3" -> with(a, Status.IN_PROGRESS, Rag.GREEN, 70, a.dueDate(), null);
			default -> with(a, a.status(), a.ownerRag(), a.percentComplete(), a.dueDate(), a.revisedDueDate());
		};
	}

	private static Action with(Action a, Status status, Rag rag, Integer percent, LocalDate due, LocalDate revised) {
		LocalDate updated = (a.lastUpdated() != null && a.lastUpdated().isAfter(d(2020, 12, 31))) ? d(2020, 12, 15)
				: a.lastUpdated();
		return new Action(a.ref(), a.section(), a.sectionTitle(), a.description(), a.owner(), a.startDate(), due,
				revised, status, rag, percent, updated, a.update(), a.evidence(), a.boardAsk(), a.theme(), a.decision(),
				a.line());
	}

	private static PeriodSummary summary(String period, List<AssessedAction> actions) {
		Tally t = Tally.of(actions);
		Map<Rag, Integer> byRag = new EnumMap<>(Rag.class);
		for (Rag rag : Rag.values()) {
			byRag.put(rag, t.count(rag));
		}
		return new PeriodSummary(period, YearMonth.parse(period).atEndOfMonth(), t.actions(), t.done(),
				t.count(Status.EMBEDDED), byRag, t.overdue(), t.slipped(), t.stale(), t.challenged());
	}

	/**
	 * 2020-11: 20 audits (6 good, 14 requires improvement), no moderation, all drift
	 * recorded (8 yes). 2020-12: 10 audits (5 good, 4 RI, 1 inadequate), drift 3 of 10.
	 * 2021-01: 8 audits: Duty 5 (1 outstanding, 3 good, 1 RI), Permanence 3 (1 good, 1
	 * RI, 1 inadequate); moderation 1 up (in the good), 1 down (the inadequate), 1 same;
	 * drift yes 2, no 4, not recorded 2.
	 */
	private static List<AuditCube.Count> auditCounts() {
		YearMonth nov = YearMonth.of(2020, 11);
		YearMonth dec = YearMonth.of(2020, 12);
		YearMonth jan = YearMonth.of(2021, 1);
		String monthly = "Monthly practice audit";
		return List.of(count(nov, "Duty", monthly, Grade.GOOD, Moderation.NONE, DriftDelay.NO, 6),
				count(nov, "Duty", monthly, Grade.REQUIRES_IMPROVEMENT, Moderation.NONE, DriftDelay.YES, 8),
				count(nov, "Permanence", monthly, Grade.REQUIRES_IMPROVEMENT, Moderation.NONE, DriftDelay.NO, 6),
				count(dec, "Duty", monthly, Grade.GOOD, Moderation.NONE, DriftDelay.NO, 5),
				count(dec, "Permanence", monthly, Grade.REQUIRES_IMPROVEMENT, Moderation.NONE, DriftDelay.YES, 3),
				count(dec, "Permanence", monthly, Grade.REQUIRES_IMPROVEMENT, Moderation.NONE, DriftDelay.NO, 1),
				count(dec, "Permanence", monthly, Grade.INADEQUATE, Moderation.NONE, DriftDelay.NO, 1),
				count(jan, "Duty", monthly, Grade.OUTSTANDING, Moderation.NONE, DriftDelay.NO, 1),
				count(jan, "Duty", monthly, Grade.GOOD, Moderation.NONE, DriftDelay.NO, 2),
				count(jan, "Duty", "Thematic: drift and delay", Grade.GOOD, Moderation.UP, DriftDelay.YES, 1),
				count(jan, "Duty", monthly, Grade.REQUIRES_IMPROVEMENT, Moderation.SAME, DriftDelay.NOT_RECORDED, 1),
				count(jan, "Permanence", monthly, Grade.GOOD, Moderation.NONE, DriftDelay.NO, 1),
				count(jan, "Permanence", monthly, Grade.REQUIRES_IMPROVEMENT, Moderation.NONE, DriftDelay.NOT_RECORDED,
						1),
				count(jan, "Permanence", "Thematic: drift and delay", Grade.INADEQUATE, Moderation.DOWN, DriftDelay.YES,
						1));
	}

	/**
	 * January domain grades: management oversight 2 good of 8 graded; the other domains 5
	 * good of 8.
	 */
	private static List<AuditCube.DomainCount> domainCounts() {
		YearMonth jan = YearMonth.of(2021, 1);
		List<AuditCube.DomainCount> counts = new ArrayList<>();
		counts.add(new AuditCube.DomainCount(jan, Domain.MANAGEMENT_OVERSIGHT, Grade.GOOD, 2));
		counts.add(new AuditCube.DomainCount(jan, Domain.MANAGEMENT_OVERSIGHT, Grade.REQUIRES_IMPROVEMENT, 4));
		counts.add(new AuditCube.DomainCount(jan, Domain.MANAGEMENT_OVERSIGHT, Grade.INADEQUATE, 2));
		for (Domain domain : List.of(Domain.VOICE_OF_CHILD, Domain.PLANNING, Domain.TIMELINESS)) {
			counts.add(new AuditCube.DomainCount(jan, domain, Grade.GOOD, 5));
			counts.add(new AuditCube.DomainCount(jan, domain, Grade.REQUIRES_IMPROVEMENT, 3));
		}
		return counts;
	}

	/**
	 * Two of January's audits, row by row, with case references and auditors as stored.
	 */
	private static List<AuditResult> periodAudits() {
		return List.of(
				new AuditResult("AUD-2021-0001", "NMB-418273", d(2021, 1, 6), "Monthly practice audit", "Duty",
						"Hannah Booth", Grade.GOOD, null, Map.of(Domain.MANAGEMENT_OVERSIGHT, Grade.GOOD),
						DriftDelay.NO, "2.1", 2),
				new AuditResult("AUD-2021-0002", "NMB-552910", d(2021, 1, 14), "Thematic: drift and delay",
						"Permanence", "Practice Lead 3", Grade.REQUIRES_IMPROVEMENT, Grade.INADEQUATE,
						Map.of(Domain.MANAGEMENT_OVERSIGHT, Grade.INADEQUATE), DriftDelay.YES, "5.2;2.1", 3));
	}

	private static AuditCube.Count count(YearMonth month, String team, String type, Grade grade, Moderation moderation,
			DriftDelay drift, int audits) {
		return new AuditCube.Count(new AuditCube.Cell(month, team, type, grade, moderation, drift), audits);
	}

	public static Action action(String ref, int section, String description, String owner, LocalDate start,
			LocalDate due, LocalDate revised, Status status, Rag rag, Integer percent, LocalDate updated, String update,
			String evidence, String ask, String theme) {
		return new Action(ref, section, null, description, owner, start, due, revised, status, rag, percent, updated,
				update, evidence, ask, theme, null, 0);
	}

	private static LocalDate d(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}

}
