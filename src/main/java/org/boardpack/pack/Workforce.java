package org.boardpack.pack;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import org.boardpack.actionplan.Rag;
import org.boardpack.workforce.CaseloadCap;
import org.boardpack.workforce.CaseloadRag;
import org.boardpack.workforce.Ratio;
import org.boardpack.workforce.TeamFigures;
import org.boardpack.workforce.WorkforceFindings;

/**
 * Workforce and caseloads as both outputs word them: one row per team (over cap first)
 * and one for all teams, every rate with the counts behind it, the caps in force, and the
 * month-by-month figures for the tracker. Absent when the run was not given the input.
 *
 * @param present whether workforce figures were read this run
 * @param period the month reported on
 * @param teams the period's teams, the furthest over cap first
 * @param overall all teams together; null when no team had figures for the period
 * @param notes the rule in force, and what was not given
 * @param months every team's figures month by month, for the tracker's Workforce sheet
 */
public record Workforce(boolean present, YearMonth period, List<Row> teams, Row overall, List<String> notes,
		List<Row> months) {

	/** What a figure not given reads as. */
	public static final String NOT_GIVEN = "Not given";

	private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

	public Workforce {
		teams = List.copyOf(teams);
		notes = List.copyOf(notes);
		months = List.copyOf(months);
	}

	/** The run was not given the workforce input. */
	public static Workforce absent(YearMonth period) {
		return new Workforce(false, period, List.of(), null, List.of(), List.of());
	}

	/**
	 * A figure as both outputs word it: its value, and the counts it is worked out from.
	 *
	 * @param value e.g. "27.3%", or {@link #NOT_GIVEN}
	 * @param counts e.g. "6 of 22 FTE"; empty when not given
	 */
	public record Figure(String value, String counts) {

		static final Figure NONE = new Figure(NOT_GIVEN, "");

		/** On one line: "27.3% (6 of 22 FTE)". */
		public String text() {
			return this.counts.isEmpty() ? this.value : this.value + " (" + this.counts + ")";
		}

	}

	/**
	 * One team's (or all teams') month, worded.
	 *
	 * @param figures what the words are for
	 * @param team the team
	 * @param caseload children per case-holding worker, e.g. "19.4" ("–" when no one
	 * holds cases), with "1,009 cases, 52 FTE"
	 * @param cap e.g. "18", with "Amber to 20"
	 * @param agency e.g. "40.2%", with "22.5 of 56 FTE"
	 * @param vacancy e.g. "6.7%", with "4 of 60 FTE"
	 * @param turnover e.g. "16.3%", with "8 leavers, mean 48.96 FTE", and the months when
	 * fewer than twelve
	 * @param unallocated e.g. "23", or {@link #NOT_GIVEN}
	 * @param supervision e.g. "87.5%", with "49 of 56"
	 * @param trend the caseload month by month, oldest first (null for a month without
	 * one); empty for all teams
	 * @param trendText the trend in words, for a reader who cannot see the line
	 */
	public record Row(TeamFigures figures, String team, Figure caseload, Figure cap, Figure agency, Figure vacancy,
			Figure turnover, String unallocated, Figure supervision, List<BigDecimal> trend, String trendText) {

		public Row {
			trend = java.util.Collections.unmodifiableList(new ArrayList<>(trend));
		}

		/**
		 * The caseload's RAG as both outputs colour it; null when there is no caseload.
		 */
		public Rag rag() {
			return (this.figures.rag() != null) ? colour(this.figures.rag()) : null;
		}

	}

	static Workforce of(WorkforceFindings findings) {
		List<Row> teams = new ArrayList<>();
		for (TeamFigures t : findings.teams()) {
			teams.add(row(t, findings.trend(t.team())));
		}
		Row overall = (findings.overall() != null) ? row(findings.overall(), List.of()) : null;
		List<Row> months = new ArrayList<>();
		for (TeamFigures t : findings.months()) {
			months.add(row(t, List.of()));
		}
		List<String> notes = new ArrayList<>();
		notes
			.add("Caseload is allocated cases per case-holding FTE, rated against the team's cap: Green up to the cap, "
					+ "Amber over it up to the Amber limit, Red above that. " + caps(findings));
		notes.add("Agency is agency FTE of filled posts (established less vacant); vacancy is vacant of established "
				+ "FTE; turnover is leavers over the last " + WorkforceFindings.TURNOVER_MONTHS
				+ " months of the mean filled FTE over them; supervision is sessions held on time of those due. "
				+ "A figure not given is shown as not given, never as 0.");
		List<String> partial = findings.teams()
			.stream()
			.filter((t) -> t.turnoverMonths() > 0 && t.turnoverMonths() < WorkforceFindings.TURNOVER_MONTHS)
			.map((t) -> t.team() + " (" + t.turnoverMonths() + ")")
			.toList();
		if (!partial.isEmpty()) {
			notes.add("Turnover over fewer than " + WorkforceFindings.TURNOVER_MONTHS + " months, the months given: "
					+ String.join(", ", partial) + ".");
		}
		return new Workforce(true, findings.period(), teams, overall, notes, months);
	}

	private static String caps(WorkforceFindings findings) {
		StringJoiner own = new StringJoiner("; ");
		findings.caps().teams().forEach((t) -> own.add(t.team() + " " + cap(t.cap()).text()));
		return "Caps: " + cap(findings.caps().overall()).text() + " for all teams"
				+ ((own.length() > 0) ? " unless their own: " + own : "") + ".";
	}

	private static Row row(TeamFigures t, List<TeamFigures> trend) {
		List<BigDecimal> line = new ArrayList<>();
		StringJoiner text = new StringJoiner("; ");
		for (TeamFigures m : trend) {
			line.add(m.caseload());
			if (m.caseload() != null) {
				text.add(m.month().format(SHORT_MONTH) + " " + Performance.number(m.caseload()));
			}
		}
		Figure caseload = new Figure((t.caseload() != null) ? Performance.number(t.caseload()) : "–",
				plural(t.allocatedCases(), "case") + ", " + Performance.number(t.caseHoldingFte()) + " FTE");
		return new Row(t, t.team(), caseload, cap(t.cap()), rate(t.agency(), " FTE"), rate(t.vacancy(), " FTE"),
				turnover(t),
				(t.unallocatedCases() != null) ? Performance.number(BigDecimal.valueOf(t.unallocatedCases()))
						: NOT_GIVEN,
				rate(t.supervision(), ""), line, trend.isEmpty() ? "" : t.team() + "'s caseload, " + trend.size()
						+ " months to " + Performance.month(t.month()) + ": " + text);
	}

	static Rag colour(CaseloadRag rag) {
		return switch (rag) {
			case GREEN -> Rag.GREEN;
			case AMBER -> Rag.AMBER;
			case RED -> Rag.RED;
		};
	}

	static String label(CaseloadRag rag) {
		return colour(rag).label();
	}

	/** "18", with "Amber to 20". */
	static Figure cap(CaseloadCap cap) {
		return new Figure(Performance.number(cap.green()), "Amber to " + Performance.number(cap.amber()));
	}

	/** "40.2%", with "22.5 of 56 FTE"; or not given. */
	static Figure rate(Ratio ratio, String unit) {
		if (ratio == null) {
			return Figure.NONE;
		}
		return new Figure(Performance.number(ratio.percent()) + "%",
				Performance.number(ratio.part()) + " of " + Performance.number(ratio.whole()) + unit);
	}

	private static Figure turnover(TeamFigures t) {
		Ratio r = t.turnover();
		if (r == null) {
			return Figure.NONE;
		}
		String months = (t.turnoverMonths() < WorkforceFindings.TURNOVER_MONTHS)
				? ", " + t.turnoverMonths() + ((t.turnoverMonths() == 1) ? " month" : " months") : "";
		return new Figure(Performance.number(r.percent()) + "%",
				plural(r.part().longValue(), "leaver") + ", mean " + Performance.number(r.whole()) + " FTE" + months);
	}

	private static String plural(long n, String noun) {
		return Performance.number(BigDecimal.valueOf(n)) + " " + noun + ((n == 1) ? "" : "s");
	}

}
