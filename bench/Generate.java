import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * Synthetic inputs for the benchmark, in the canonical columns of shared/board-pack-brief.md, of any size.
 *
 * <pre>
 * java bench/Generate.java OUT_DIR --actions N --audits M [--months K] [--end 2021-02] [--seed S] [--plan-size P]
 *     [--kpi-authorities A [--kpi-measures K] [--kpi-months N]] [--flow-authorities F [--transfers-per-month T]]
 * </pre>
 *
 * Writes OUT_DIR/actions.csv and OUT_DIR/audits.csv, and with --kpi-authorities OUT_DIR/kpis.csv: one row per
 * measure per authority per month in the long format, most rates with their counts, all three polarities, one
 * row in a thousand deliberately invalid; with --flow-authorities OUT_DIR/transfers.csv and OUT_DIR/workforce.csv
 * over the measures' months (--kpi-months). The same arguments give the same bytes (one
 * SplittableRandom from the seed, no clock, no hash order). Rows are streamed: memory does not grow with size.
 * Beyond one plan's worth of actions (--plan-size, default 50) the file holds many councils' plans, each ref
 * prefixed with its plan (P017-3.2), so refs stay unique. The data is officers' data: mostly ISO dates with some
 * rows in UK dd/mm/yyyy, quoted fields holding commas and line breaks, owner RAGs written G/a/Amber, and one
 * audit row in a thousand (at least two per file) deliberately invalid, so the rejects path is exercised.
 */
public class Generate {

	static final String[] SECTIONS = { "Leadership, governance and culture", "Management oversight and supervision",
			"Social work practice and standards", "Front door, MASH and thresholds", "Tackling drift and delay",
			"Permanence planning for children in care", "Children in care and care leavers",
			"Workforce, recruitment and caseloads", "Quality assurance, audit and performance" };

	static final String[] THEMES = { "Leadership and governance", "Management oversight", "Social work practice",
			"Front door", "Drift and delay", "Permanence planning", "Children in care", "Workforce",
			"Quality assurance" };

	static final String[] VERBS = { "Review", "Embed", "Introduce", "Audit", "Train managers in", "Publish",
			"Monitor", "Implement", "Refresh", "Strengthen" };

	static final String[] OBJECTS = { "the case transfer protocol", "the supervision policy",
			"the threshold guidance", "the permanence tracker", "the legal gateway panel", "MASH screening",
			"care plan reviews", "the caseload dashboard", "the practice standards", "the audit programme",
			"the pre-proceedings tracker", "return home interviews", "the escalation policy",
			"independent reviewing officer challenge" };

	// Some owners hold commas, as officers write them: they come out quoted.
	static final String[] OWNERS = { "Assistant Director (Children's Social Care)", "Head of Service (Assessment)",
			"Siân Pritchard, Head of Service (Permanence)", "Zofia Kowalczyk, Principal Social Worker",
			"Head of Quality Assurance and Safeguarding", "Rachel Dunmore, Head of Service (Front Door and Early Help)",
			"Helen Marsden, Director of Children's Services", "Workforce Development Manager",
			"Performance and Intelligence Manager", "Ciarán O’Neill, Head of Service (Safeguarding and Assessment)" };

	static final String[] ASKS = { "Agree funding for an additional childcare solicitor for 12 months",
			"Chair to ask the police area commander for a named officer on the triage protocol",
			"Prioritise the case management system report in the ICT work programme",
			"Agree to extend the agency social worker contracts, to March" };

	static final String[] TEAMS = { "MASH", "Duty", "Assessment", "Child Protection", "Permanence",
			"Children in Care", "Care Leavers", "Early Help" };

	static final String[] AUDIT_TYPES = { "Monthly practice audit", "Thematic: drift and delay",
			"Thematic: permanence", "Thematic: management oversight", "Thematic: neglect, and cumulative harm" };

	static final String[] NAMED_AUDITORS = { "Yusuf Adeyemi", "Marcus Ofori", "Deborah Kirkham", "Gwenllian Rees",
			"Okonkwo, Ruth", "Team Manager (Duty)" };

	static final String[] GRADES = { "Outstanding", "Good", "Requires improvement", "Inadequate" };

	static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	public static void main(String[] args) throws IOException {
		Path out = null;
		int actions = 50;
		int audits = 300;
		int months = 10;
		YearMonth end = YearMonth.of(2021, 2);
		long seed = 7;
		int planSize = 50;
		int kpiAuthorities = 0;
		int kpiMeasures = 40;
		int kpiMonths = 24;
		int flowAuthorities = 0;
		int transfersPerMonth = 60;
		for (int i = 0; i < args.length; i++) {
			String a = args[i];
			switch (a) {
				case "--actions" -> actions = Integer.parseInt(value(args, ++i, a));
				case "--audits" -> audits = Integer.parseInt(value(args, ++i, a));
				case "--months" -> months = Integer.parseInt(value(args, ++i, a));
				case "--end" -> end = YearMonth.parse(value(args, ++i, a));
				case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
				case "--plan-size" -> planSize = Integer.parseInt(value(args, ++i, a));
				case "--kpi-authorities" -> kpiAuthorities = Integer.parseInt(value(args, ++i, a));
				case "--kpi-measures" -> kpiMeasures = Integer.parseInt(value(args, ++i, a));
				case "--kpi-months" -> kpiMonths = Integer.parseInt(value(args, ++i, a));
				case "--flow-authorities" -> flowAuthorities = Integer.parseInt(value(args, ++i, a));
				case "--transfers-per-month" -> transfersPerMonth = Integer.parseInt(value(args, ++i, a));
				case "-h", "--help" -> usage(0);
				default -> {
					if (a.startsWith("-") || out != null) {
						System.err.println("Generate: unexpected argument " + a);
						usage(2);
					}
					out = Path.of(a);
				}
			}
		}
		if (out == null || actions < 1 || audits < 0 || months < 1 || planSize < 1) {
			usage(2);
		}
		Files.createDirectories(out);
		long t0 = System.nanoTime();
		SplittableRandom random = new SplittableRandom(seed);
		// Separate streams, split in a fixed order, so the audits do not shift when the actions' code changes.
		SplittableRandom actionRandom = random.split();
		SplittableRandom auditRandom = random.split();
		SplittableRandom kpiRandom = random.split();
		SplittableRandom transferRandom = random.split();
		SplittableRandom workforceRandom = random.split();
		Plans plans = new Plans(actions, planSize);
		LocalDate asAt = end.atEndOfMonth();
		LocalDate first = end.minusMonths(months - 1).atDay(1);
		writeActions(out.resolve("actions.csv"), plans, asAt, actionRandom);
		writeAudits(out.resolve("audits.csv"), audits, plans, first, asAt, auditRandom);
		if (kpiAuthorities > 0) {
			writeKpis(out.resolve("kpis.csv"), kpiAuthorities, kpiMeasures, kpiMonths, end, kpiRandom);
			System.out.printf("Generate: %s: %d measures x %d authorities x %d months (%.2f MB)%n", out, kpiMeasures,
					kpiAuthorities, kpiMonths, Files.size(out.resolve("kpis.csv")) / 1e6);
		}
		if (flowAuthorities > 0) {
			writeTransfers(out.resolve("transfers.csv"), flowAuthorities, transfersPerMonth, kpiMonths, end,
					transferRandom);
			writeWorkforce(out.resolve("workforce.csv"), flowAuthorities, kpiMonths, end, workforceRandom);
			System.out.printf("Generate: %s: %d authorities' transfers (%d a month, %.2f MB) and workforce (%.2f MB) over %d months%n",
					out, flowAuthorities, transfersPerMonth, Files.size(out.resolve("transfers.csv")) / 1e6,
					Files.size(out.resolve("workforce.csv")) / 1e6, kpiMonths);
		}
		long actionBytes = Files.size(out.resolve("actions.csv"));
		long auditBytes = Files.size(out.resolve("audits.csv"));
		System.out.printf("Generate: %s: %d actions (%d plan%s, %.2f MB), %d audits over %d months to %s (%.2f MB) in %.2f s%n",
				out, actions, plans.count, plans.count == 1 ? "" : "s", actionBytes / 1e6, audits, months, end,
				auditBytes / 1e6, (System.nanoTime() - t0) / 1e9);
	}

	/** Which plan each action is in, and its ref there: 3.2 for a single plan, P017-3.2 across many. */
	static final class Plans {

		final int actions;

		final int size;

		final int count;

		final String prefixFormat;

		Plans(int actions, int size) {
			this.actions = actions;
			this.size = size;
			this.count = (actions + size - 1) / size;
			this.prefixFormat = "P%0" + String.valueOf(this.count).length() + "d-";
		}

		/** Actions in plan p (the last plan may be short). */
		int sizeOf(int p) {
			return Math.min(this.size, this.actions - p * this.size);
		}

		static int section(int j) {
			return j % SECTIONS.length + 1;
		}

		String ref(int p, int j) {
			String local = section(j) + "." + (j / SECTIONS.length + 1);
			return (this.count == 1) ? local : String.format(this.prefixFormat, p + 1) + local;
		}

	}

	static void writeActions(Path file, Plans plans, LocalDate asAt, SplittableRandom r) throws IOException {
		try (Csv w = new Csv(file)) {
			w.row("ref", "section", "section_title", "action", "owner", "start_date", "due_date", "revised_due_date",
					"status", "rag", "percent_complete", "last_updated", "update", "evidence", "board_ask", "theme");
			int row = 0;
			for (int p = 0; p < plans.count; p++) {
				// Each plan was approved about eleven months before the as-at date, give or take a quarter.
				LocalDate approved = asAt.minusDays(330 - r.nextInt(-90, 91));
				for (int j = 0; j < plans.sizeOf(p); j++, row++) {
					int section = Plans.section(j);
					String ref = plans.ref(p, j);
					LocalDate start = approved.plusDays(r.nextInt(0, 240));
					LocalDate due = start.plusDays(r.nextInt(60, 300));
					LocalDate revised = (r.nextDouble() < 0.2) ? due.plusDays(r.nextInt(14, 91)) : null;
					LocalDate effective = (revised != null) ? revised : due;
					boolean done = r.nextDouble() < (effective.isBefore(asAt) ? 0.7 : 0.25) && !start.isAfter(asAt);
					String status;
					String rag;
					String percent;
					if (done) {
						status = (r.nextDouble() < 0.25) ? "Embedded" : "Complete";
						rag = "Blue";
						percent = "100";
					}
					else if (start.isAfter(asAt) || r.nextDouble() < 0.05) {
						status = "Not started";
						rag = "Green";
						percent = "0";
					}
					else {
						status = (r.nextDouble() < 0.04) ? "On hold" : "In progress";
						rag = pick(r, "Green", "Green", "Amber", "Red");
						percent = String.valueOf(5 * r.nextInt(1, 20));
					}
					// Owners' untidiness: G/A/R letters and lower case.
					double untidy = r.nextDouble();
					if (untidy < 0.05) {
						rag = rag.substring(0, 1);
					}
					else if (untidy < 0.08) {
						rag = rag.toLowerCase();
					}
					if (r.nextDouble() < 0.03) {
						percent = "";
					}
					LocalDate updated = asAt.minusDays(r.nextInt(0, 61));
					// The first row stays ISO, so a reader that guesses the format from it (pandas) guesses ISO.
					boolean ukDates = row > 0 && r.nextDouble() < 0.1;
					String update = date(updated, ukDates) + ": progress reviewed at the monthly "
							+ pick(r, "performance meeting", "service meeting", "improvement meeting") + ".";
					double shape = r.nextDouble();
					if (shape < 0.05) {
						update += " Risks: capacity, sickness and agency cover.";
					}
					else if (shape < 0.07) {
						update += "\nNext steps: report to the board \"by the next meeting\".";
					}
					if (r.nextDouble() < 0.03) {
						updated = null;
					}
					w.row(ref, String.valueOf(section), SECTIONS[section - 1],
							pick(r, VERBS) + " " + pick(r, OBJECTS) + " (" + ref + ")", pick(r, OWNERS),
							date(start, ukDates), date(due, ukDates), date(revised, ukDates), status, rag, percent,
							date(updated, ukDates), update,
							done ? "Audit evidence shows improvement: " + (40 + r.nextInt(0, 50)) + "% good or better" : "",
							(r.nextDouble() < 0.1) ? pick(r, ASKS) : "", THEMES[section - 1]);
				}
			}
		}
	}

	static final String[] KPI_DOMAINS = { "Front door", "Assessment", "Child protection", "Children in care",
			"Care leavers", "Workforce" };

	static final String[] KPI_NAMES = { "MASH decisions within 24 hours", "Re-referrals within 12 months",
			"Assessments within 45 working days", "Child protection visits within 10 working days",
			"Initial conferences within 15 working days", "Second or subsequent child protection plans",
			"Children in care visited in timescale", "Initial health assessments within 20 working days",
			"Care leavers with an up-to-date pathway plan", "Average caseload", "Agency social workers",
			"Supervision within timescale" };

	/**
	 * Performance measures: per authority, measure k has a polarity by k % 3 (higher, lower, band), a unit, a target,
	 * and a figure that drifts month by month towards the target. Rates carry counts; every tenth measure gives its
	 * value only. Sorted by month, then authority, as a council's export is.
	 */
	static void writeKpis(Path file, int authorities, int measures, int months, YearMonth end, SplittableRandom r)
			throws IOException {
		double[][] level = new double[authorities][measures];
		for (int a = 0; a < authorities; a++) {
			for (int k = 0; k < measures; k++) {
				level[a][k] = 40 + r.nextDouble() * 50;
			}
		}
		try (Csv w = new Csv(file)) {
			w.row("period", "kpi_id", "measure", "domain", "value", "numerator", "denominator", "unit", "polarity",
					"target", "target_low", "target_high", "tolerance", "stat_neighbours", "england", "benchmark_year",
					"owner", "commentary", "action_refs");
			long row = 0;
			for (int m = 0; m < months; m++) {
				String period = end.minusMonths(months - 1 - m).toString();
				for (int a = 0; a < authorities; a++) {
					for (int k = 0; k < measures; k++, row++) {
						level[a][k] = Math.max(1, Math.min(99, level[a][k] + r.nextDouble() * 4 - 1.5));
						String id = String.format("LA%03d-M%02d", a + 1, k + 1);
						String name = KPI_NAMES[k % KPI_NAMES.length] + ((k >= KPI_NAMES.length) ? " (" + (k / KPI_NAMES.length + 1) + ")" : "");
						String polarity = switch (k % 3) {
							case 0 -> "higher";
							case 1 -> "lower";
							default -> "band";
						};
						String value;
						String numerator = "";
						String denominator = "";
						if (k % 10 == 9) {
							value = String.format("%.1f", level[a][k]);
						}
						else {
							int of = 20 + r.nextInt(0, 600);
							int count = (int) Math.round(of * level[a][k] / 100);
							// One row in a thousand: a numerator above its denominator, to be rejected.
							if (r.nextInt(1000) == 0) {
								count = of + 1;
							}
							value = String.format("%.1f", 100.0 * count / of);
							numerator = String.valueOf(count);
							denominator = String.valueOf(of);
						}
						boolean band = polarity.equals("band");
						w.row(period, id, name, KPI_DOMAINS[k % KPI_DOMAINS.length], value, numerator, denominator, "%",
								polarity, band ? "" : (k % 3 == 0) ? "85" : "15", band ? "40" : "", band ? "60" : "",
								(k % 4 == 0) ? "" : "5", String.format("%.1f", 50 + r.nextDouble() * 30),
								String.format("%.1f", 50 + r.nextDouble() * 30), "2019-20", OWNERS[k % OWNERS.length],
								(r.nextInt(20) == 0) ? "Figures checked with the team manager, \"one off\" dip" : "",
								Plans.section(k) + "." + (k % 5 + 1));
					}
				}
			}
		}
	}

	/** The routes cases take between teams, as the brief names them. */
	static final String[][] ROUTES = { { "Duty", "Assessment" }, { "Assessment", "Child Protection" },
			{ "Assessment", "Children in Care" }, { "Child Protection", "Children in Care" },
			{ "Children in Care", "Permanence" }, { "Assessment", "Early Help" }, { "Child Protection", "Early Help" } };

	static final String[] WORKFORCE_TEAMS = { "Duty", "Assessment", "Child Protection", "Children in Care",
			"Permanence", "Care Leavers", "Early Help", "MASH" };

	/**
	 * Case transfers: per authority per month, {@code perMonth} requests on the routes above, most accepted within
	 * a few weeks, some still pending at the as-at date, one in twenty returned, a few reviewed; children drawn from
	 * each authority's pool so some move twice. One row in a thousand is transferred before it was requested, to be
	 * rejected.
	 */
	static void writeTransfers(Path file, int authorities, int perMonth, int months, YearMonth end, SplittableRandom r)
			throws IOException {
		LocalDate asAt = end.atEndOfMonth();
		try (Csv w = new Csv(file)) {
			w.row("transfer_id", "child_ref", "from_team", "to_team", "requested_date", "transferred_date", "status",
					"reason", "reviewed_date");
			for (int m = 0; m < months; m++) {
				YearMonth month = end.minusMonths(months - 1 - m);
				for (int a = 0; a < authorities; a++) {
					for (int t = 0; t < perMonth; t++) {
						String[] route = ROUTES[r.nextInt(ROUTES.length)];
						LocalDate requested = month.atDay(1 + r.nextInt(month.lengthOfMonth()));
						LocalDate transferred = requested.plusDays(1 + r.nextInt(6) * r.nextInt(8));
						String status = "";
						if (transferred.isAfter(asAt)) {
							transferred = null;
						}
						else if (r.nextInt(20) == 0) {
							status = "Returned";
						}
						if (transferred != null && r.nextInt(1000) == 0) {
							transferred = requested.minusDays(2);
						}
						LocalDate reviewed = (r.nextInt(4) == 0) ? requested.plusDays(r.nextInt(20)) : null;
						w.row(String.format("LA%03d-T%02d%05d", a + 1, m, t),
								String.format("LA%03d-%06d", a + 1, r.nextInt(perMonth * months)), route[0], route[1],
								requested.toString(), (transferred != null) ? transferred.format(UK) : "", status,
								"After assessment", (reviewed != null && !reviewed.isAfter(asAt)) ? reviewed.toString() : "");
					}
				}
			}
		}
	}

	/**
	 * Workforce: one row per team per month for each authority's eight teams, caseloads drifting around 18 per
	 * FTE, agency and vacancies at realistic rates. Team names carry the authority, so each is one team.
	 */
	static void writeWorkforce(Path file, int authorities, int months, YearMonth end, SplittableRandom r)
			throws IOException {
		try (Csv w = new Csv(file)) {
			w.row("period", "team", "case_holding_fte", "allocated_cases", "unallocated_cases", "established_fte",
					"vacant_fte", "agency_fte", "leavers", "supervisions_due", "supervisions_on_time");
			for (int m = 0; m < months; m++) {
				String period = end.minusMonths(months - 1 - m).toString();
				for (int a = 0; a < authorities; a++) {
					for (String team : WORKFORCE_TEAMS) {
						int established = 8 + r.nextInt(30);
						int vacant = r.nextInt(1 + established / 4);
						int holding = Math.max(1, established - vacant - r.nextInt(3));
						int cases = holding * (12 + r.nextInt(14));
						int due = holding + r.nextInt(5);
						w.row(period, String.format("LA%03d %s", a + 1, team), String.valueOf(holding),
								String.valueOf(cases), String.valueOf(r.nextInt(30)), String.valueOf(established),
								String.valueOf(vacant), String.valueOf(r.nextInt(1 + (established - vacant) / 3)),
								String.valueOf(r.nextInt(3)), String.valueOf(due), String.valueOf(due - r.nextInt(1 + due / 3)));
					}
				}
			}
		}
	}

	static void writeAudits(Path file, int audits, Plans plans, LocalDate first, LocalDate asAt, SplittableRandom r)
			throws IOException {
		int days = (int) (asAt.toEpochDay() - first.toEpochDay()) + 1;
		// A month of audits holds few distinct dates: format each day once.
		String[] iso = new String[days];
		double[][] weights = new double[days][];
		for (int d = 0; d < days; d++) {
			iso[d] = first.plusDays(d).toString();
			double progress = (double) d / Math.max(days - 1, 1);
			// Practice improves over the window, as the seeds' story does.
			weights[d] = cumulative(0.03 + 0.05 * progress, 0.25 + 0.3 * progress, 0.45 - 0.15 * progress,
					0.27 - 0.2 * progress);
		}
		String[] auditors = new String[25 + NAMED_AUDITORS.length];
		for (int i = 0; i < 25; i++) {
			auditors[i] = "Auditor " + (i + 1);
		}
		System.arraycopy(NAMED_AUDITORS, 0, auditors, 25, NAMED_AUDITORS.length);
		String[] invalidDates = { "2020-11-31", "2021-02-29", "31/02/2020", "next Tuesday" };
		int invalidEvery = Math.max(1, Math.min(1000, audits / 2));
		try (Csv w = new Csv(file)) {
			w.row("audit_id", "case_ref", "audit_date", "audit_type", "team", "auditor", "overall_grade",
					"moderated_grade", "management_oversight", "voice_of_child", "planning", "timeliness",
					"drift_delay", "action_refs");
			String[] f = new String[14];
			StringBuilder refs = new StringBuilder();
			for (int i = 0; i < audits; i++) {
				int d = r.nextInt(days);
				double progress = (double) d / Math.max(days - 1, 1);
				double[] cw = weights[d];
				int overall = grade(r, cw);
				f[0] = "A" + pad7(i + 1);
				f[1] = "C" + r.nextInt(100000, 1000000);
				f[2] = iso[d];
				double type = r.nextDouble();
				f[3] = AUDIT_TYPES[type < 0.8 ? 0 : type < 0.88 ? 1 : type < 0.93 ? 2 : type < 0.98 ? 3 : 4];
				f[4] = TEAMS[r.nextInt(TEAMS.length)];
				f[5] = auditors[r.nextInt(auditors.length)];
				f[6] = GRADES[overall];
				f[7] = (r.nextDouble() < 0.15) ? GRADES[moderate(r, overall)] : "";
				// Domain grades follow the overall grade more often than not; oversight is the weakest domain.
				f[8] = GRADES[Math.min(3, domain(r, overall, cw) + (r.nextDouble() < 0.25 ? 1 : 0))];
				f[9] = GRADES[domain(r, overall, cw)];
				f[10] = GRADES[domain(r, overall, cw)];
				f[11] = GRADES[domain(r, overall, cw)];
				boolean drift = r.nextDouble() < 0.35 - 0.2 * progress + (overall == 3 ? 0.3 : 0);
				f[12] = (r.nextDouble() < 0.02) ? (drift ? "Y" : "N") : (drift ? "yes" : "no");
				refs.setLength(0);
				int p = r.nextInt(plans.count);
				int inPlan = plans.sizeOf(p);
				for (int k = r.nextInt(0, 3); k > 0; k--) {
					if (refs.length() > 0) {
						refs.append(';');
					}
					refs.append(plans.ref(p, r.nextInt(inPlan)));
				}
				f[13] = refs.toString();
				// One row in a thousand (at least two in any file) is wrong the ways officers get it wrong.
				if (i % invalidEvery == invalidEvery / 2) {
					switch (r.nextInt(4)) {
						case 0 -> f[6] = "";
						case 1 -> f[2] = invalidDates[r.nextInt(invalidDates.length)];
						case 2 -> f[6] = pick(r, "Requires improvment", "Good-ish", "Adequate");
						default -> f[0] = "A" + pad7(Math.max(1, i - r.nextInt(0, 50)));
					}
				}
				w.row(f);
			}
		}
	}

	static double[] cumulative(double... w) {
		double total = 0;
		for (double x : w) {
			total += x;
		}
		double[] c = new double[w.length];
		double sum = 0;
		for (int i = 0; i < w.length; i++) {
			sum += w[i] / total;
			c[i] = sum;
		}
		return c;
	}

	static int grade(SplittableRandom r, double[] cumulative) {
		double x = r.nextDouble();
		for (int g = 0; g < cumulative.length - 1; g++) {
			if (x < cumulative[g]) {
				return g;
			}
		}
		return cumulative.length - 1;
	}

	static int domain(SplittableRandom r, int overall, double[] cumulative) {
		return (r.nextDouble() < 0.6) ? overall : grade(r, cumulative);
	}

	/** Moderation mostly agrees, sometimes lowers a grade, now and then raises one. */
	static int moderate(SplittableRandom r, int overall) {
		double x = r.nextDouble();
		if (x < 0.6) {
			return overall;
		}
		return (x < 0.85) ? Math.min(3, overall + 1) : Math.max(0, overall - 1);
	}

	static String date(LocalDate date, boolean uk) {
		return (date == null) ? "" : uk ? UK.format(date) : date.toString();
	}

	static String pad7(int n) {
		String s = Integer.toString(n);
		return "0000000".substring(Math.min(7, s.length())) + s;
	}

	@SafeVarargs
	static <T> T pick(SplittableRandom r, T... choices) {
		return choices[r.nextInt(choices.length)];
	}

	static String value(String[] args, int i, String option) {
		if (i >= args.length) {
			System.err.println("Generate: " + option + " needs a value");
			usage(2);
		}
		return args[i];
	}

	static void usage(int code) {
		(code == 0 ? System.out : System.err).println(
				"Usage: java bench/Generate.java OUT_DIR --actions N --audits M [--months K] [--end 2021-02] [--seed S] [--plan-size P]"
						+ " [--kpi-authorities A [--kpi-measures K] [--kpi-months N]] [--flow-authorities F [--transfers-per-month T]]");
		System.exit(code);
	}

	/** A streaming CSV writer: RFC 4180 quoting only where a field needs it, LF line ends, UTF-8 without BOM. */
	static final class Csv implements AutoCloseable {

		private final Writer out;

		private final StringBuilder line = new StringBuilder(512);

		Csv(Path file) throws IOException {
			this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
					1 << 16);
		}

		void row(String... fields) throws IOException {
			StringBuilder b = this.line;
			b.setLength(0);
			for (int i = 0; i < fields.length; i++) {
				if (i > 0) {
					b.append(',');
				}
				append(b, fields[i]);
			}
			b.append('\n');
			this.out.append(b);
		}

		private void append(StringBuilder b, String field) {
			boolean quote = false;
			for (int i = 0; i < field.length(); i++) {
				char c = field.charAt(i);
				if (c == ',' || c == '"' || c == '\n' || c == '\r') {
					quote = true;
					break;
				}
			}
			if (!quote) {
				b.append(field);
				return;
			}
			b.append('"');
			for (int i = 0; i < field.length(); i++) {
				char c = field.charAt(i);
				if (c == '"') {
					b.append('"');
				}
				b.append(c);
			}
			b.append('"');
		}

		@Override
		public void close() throws IOException {
			this.out.close();
		}

	}

}
