package org.boardpack.workforce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The period's workforce and caseloads, worked out here once for the pack and the tracker
 * alike: each team's figures for the period (teams over their cap first), all teams
 * together, and every team's figures month by month for the trend.
 *
 * @param period the month reported on
 * @param teams the teams with figures for the period: the furthest over cap first (Red,
 * then Amber, each by caseload, highest first), then the rest by name
 * @param overall all the period's teams together, against the overall cap
 * @param months every team's figures for each month of the trend, by team (in the order
 * of {@code teams}, then any team without figures for the period) and month
 * @param caps the caps in force
 */
public record WorkforceFindings(YearMonth period, List<TeamFigures> teams, TeamFigures overall,
		List<TeamFigures> months, CaseloadCaps caps) {

	/** The name of all teams together. */
	public static final String ALL_TEAMS = "All teams";

	/** Months turnover is counted over. */
	public static final int TURNOVER_MONTHS = 12;

	private static final int CASELOAD_SCALE = 1;

	private static final Comparator<TeamFigures> OVER_CAP_FIRST = Comparator
		.comparing((TeamFigures t) -> (t.rag() != null) ? -t.rag().ordinal() : 1)
		.thenComparing((TeamFigures t) -> t.overCap() ? t.caseload().negate() : BigDecimal.ZERO)
		.thenComparing(TeamFigures::team, String.CASE_INSENSITIVE_ORDER);

	public WorkforceFindings {
		teams = List.copyOf(teams);
		months = List.copyOf(months);
	}

	/** Months of history the figures read: the trend, and a year before each month. */
	public static int monthsNeeded(CaseloadCaps caps) {
		return caps.trendMonths() + TURNOVER_MONTHS - 1;
	}

	/**
	 * Works out the period's figures.
	 * @param stored every stored team month of the months the figures read, at most one
	 * per team and month
	 */
	public static WorkforceFindings of(YearMonth period, CaseloadCaps caps, List<TeamMonth> stored) {
		Map<String, Map<YearMonth, TeamMonth>> byTeam = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		for (TeamMonth m : stored) {
			byTeam.computeIfAbsent(m.team(), (k) -> new TreeMap<>()).put(m.month(), m);
		}
		List<TeamFigures> teams = new ArrayList<>();
		List<TeamFigures> others = new ArrayList<>();
		Map<String, List<TeamFigures>> trends = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		YearMonth firstShown = period.minusMonths(caps.trendMonths() - 1L);
		for (Map.Entry<String, Map<YearMonth, TeamMonth>> team : byTeam.entrySet()) {
			List<TeamFigures> trend = new ArrayList<>();
			for (TeamMonth m : team.getValue().values()) {
				if (!m.month().isBefore(firstShown) && !m.month().isAfter(period)) {
					trend.add(figures(m.team(), List.of(m), window(team.getValue(), m.month()), caps.of(m.team())));
				}
			}
			trends.put(team.getKey(), trend);
			TeamMonth now = team.getValue().get(period);
			if (now != null) {
				teams.add(trend.get(trend.size() - 1));
			}
			else if (!trend.isEmpty()) {
				others.add(trend.get(trend.size() - 1));
			}
		}
		teams.sort(OVER_CAP_FIRST);
		List<TeamFigures> months = new ArrayList<>();
		for (TeamFigures t : teams) {
			months.addAll(trends.get(t.team()));
		}
		for (TeamFigures t : others) {
			months.addAll(trends.get(t.team()));
		}
		List<TeamMonth> current = stored.stream().filter((m) -> m.month().equals(period)).toList();
		List<TeamMonth> year = stored.stream()
			.filter((m) -> !m.month().isAfter(period) && m.month().isAfter(period.minusMonths(TURNOVER_MONTHS)))
			.filter((m) -> byTeam.get(m.team()).containsKey(period))
			.toList();
		TeamFigures overall = current.isEmpty() ? null : figures(ALL_TEAMS, current, year, caps.overall());
		return new WorkforceFindings(period, teams, overall, months, caps);
	}

	/** Whether any team had figures for the period. */
	public boolean given() {
		return !this.teams.isEmpty();
	}

	/** The period's teams over their cap, the furthest first. */
	public List<TeamFigures> overCap() {
		return this.teams.stream().filter(TeamFigures::overCap).toList();
	}

	/** One team's figures month by month, oldest first. */
	public List<TeamFigures> trend(String team) {
		return this.months.stream().filter((t) -> t.team().equalsIgnoreCase(team)).toList();
	}

	/** A team's months in the twelve up to and including {@code month}. */
	private static List<TeamMonth> window(Map<YearMonth, TeamMonth> team, YearMonth month) {
		return team.values()
			.stream()
			.filter((m) -> !m.month().isAfter(month) && m.month().isAfter(month.minusMonths(TURNOVER_MONTHS)))
			.toList();
	}

	/**
	 * The figures of one team's month, or of all teams' (their rows added up).
	 * @param now the rows of the month
	 * @param year the rows of the twelve months to it, for turnover
	 */
	private static TeamFigures figures(String team, List<TeamMonth> now, List<TeamMonth> year, CaseloadCap cap) {
		BigDecimal fte = sum(now, TeamMonth::caseHoldingFte);
		long allocated = now.stream().mapToLong(TeamMonth::allocatedCases).sum();
		BigDecimal caseload = (fte.signum() > 0)
				? BigDecimal.valueOf(allocated).divide(fte, CASELOAD_SCALE, RoundingMode.HALF_UP) : null;
		CaseloadRag rag = (caseload != null) ? cap.rag(caseload) : null;
		Long unallocated = count(now, TeamMonth::unallocatedCases);
		Ratio agency = ratio(now, TeamMonth::agencyFte, TeamMonth::filledFte);
		Ratio vacancy = ratio(now, TeamMonth::vacantFte, TeamMonth::establishedFte);
		Ratio supervision = ratio(now, (m) -> decimal(m.supervisionsOnTime()), (m) -> decimal(m.supervisionsDue()));
		// Turnover counts the months that gave both leavers and filled posts: a month
		// with either blank is not known, so it is neither a month without leavers nor
		// one with no staff.
		List<TeamMonth> counted = year.stream().filter((m) -> m.leavers() != null && m.filledFte() != null).toList();
		long months = counted.stream().map(TeamMonth::month).distinct().count();
		Ratio turnover = null;
		if (months > 0) {
			BigDecimal leavers = BigDecimal.valueOf(counted.stream().mapToLong(TeamMonth::leavers).sum());
			BigDecimal meanFilled = counted.stream()
				.map(TeamMonth::filledFte)
				.reduce(BigDecimal.ZERO, BigDecimal::add)
				.divide(BigDecimal.valueOf(months), 2, RoundingMode.HALF_UP);
			turnover = Ratio.of(leavers, meanFilled);
		}
		return new TeamFigures(team, now.get(0).month(), fte, allocated, caseload, cap, rag, unallocated, agency,
				vacancy, turnover, (int) months, supervision);
	}

	/** The sum of a figure over rows, or null when no row gave it. */
	private static BigDecimal sum(List<TeamMonth> rows, Function<TeamMonth, BigDecimal> figure) {
		BigDecimal total = null;
		for (TeamMonth m : rows) {
			BigDecimal value = figure.apply(m);
			if (value != null) {
				total = (total != null) ? total.add(value) : value;
			}
		}
		return total;
	}

	/**
	 * A rate over the rows that give both its figures: a team that leaves one blank is
	 * left out of the total, not counted as 0.
	 */
	private static Ratio ratio(List<TeamMonth> rows, Function<TeamMonth, BigDecimal> part,
			Function<TeamMonth, BigDecimal> whole) {
		List<TeamMonth> both = rows.stream().filter((m) -> part.apply(m) != null && whole.apply(m) != null).toList();
		return both.isEmpty() ? null : Ratio.of(sum(both, part), sum(both, whole));
	}

	private static BigDecimal decimal(Long count) {
		return (count != null) ? BigDecimal.valueOf(count) : null;
	}

	private static Long count(List<TeamMonth> rows, Function<TeamMonth, Long> figure) {
		Long total = null;
		for (TeamMonth m : rows) {
			Long value = figure.apply(m);
			if (value != null) {
				total = (total != null) ? total + value : value;
			}
		}
		return total;
	}

}
