package org.boardpack.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class WorkforceFindingsTests {

	private static final YearMonth PERIOD = YearMonth.of(2021, 1);

	private static final CaseloadCaps CAPS = new CaseloadCaps(cap(18, 20),
			List.of(new TeamCap("permanence", BigDecimal.valueOf(15), BigDecimal.valueOf(16))), 12);

	@Test
	void eachTeamsCaseloadAgencyVacancySupervisionAndTurnoverWithTheirCounts() {
		WorkforceFindings findings = WorkforceFindings.of(PERIOD, CAPS, stored());
		TeamFigures assessment = team(findings, "Assessment");
		// 1,000 cases over 50 FTE = 20.0: over the cap of 18, not above Amber's 20
		assertThat(assessment.caseload()).isEqualByComparingTo("20.0");
		assertThat(assessment.rag()).isEqualTo(CaseloadRag.AMBER);
		// agency 14 of 60 - 4 = 56 filled: 25.0%; vacancy 4 of 60: 6.7%
		assertThat(assessment.agency()).isEqualTo(new Ratio(new BigDecimal("14"), new BigDecimal("56")));
		assertThat(assessment.agency().percent()).isEqualByComparingTo("25.0");
		assertThat(assessment.vacancy().percent()).isEqualByComparingTo("6.7");
		// 45 of 50 supervisions on time: 90.0%
		assertThat(assessment.supervision().percent()).isEqualByComparingTo("90.0");
		assertThat(assessment.unallocatedCases()).isEqualTo(23);
		// one leaver a month for twelve months over a mean 56 filled: 12 / 56 = 21.4%
		assertThat(assessment.turnoverMonths()).isEqualTo(12);
		assertThat(assessment.turnover().part()).isEqualByComparingTo("12");
		assertThat(assessment.turnover().whole()).isEqualByComparingTo("56");
		assertThat(assessment.turnover().percent()).isEqualByComparingTo("21.4");
	}

	@Test
	void aTeamWithFewerThanTwelveMonthsHasItsTurnoverOverTheMonthsGivenAndItsOwnCap() {
		TeamFigures permanence = team(WorkforceFindings.of(PERIOD, CAPS, stored()), "Permanence");
		// 330 cases over 20 FTE = 16.5, above the team's own Amber limit of 16
		assertThat(permanence.caseload()).isEqualByComparingTo("16.5");
		assertThat(permanence.cap()).isEqualTo(cap(15, 16));
		assertThat(permanence.rag()).isEqualTo(CaseloadRag.RED);
		// leavers 2 + 0 + 1 = 3 over three months of 20, 22 and 24 filled (mean 22):
		// 13.6%
		assertThat(permanence.turnoverMonths()).isEqualTo(3);
		assertThat(permanence.turnover().part()).isEqualByComparingTo("3");
		assertThat(permanence.turnover().whole()).isEqualByComparingTo("22");
		assertThat(permanence.turnover().percent()).isEqualByComparingTo("13.6");
		// no vacancies of 24 posts is 0.0%, a figure given
		assertThat(permanence.vacancy().percent()).isEqualByComparingTo("0.0");
	}

	@Test
	void aBlankFigureIsNotGivenNotZero() {
		TeamFigures earlyHelp = team(WorkforceFindings.of(PERIOD, CAPS, stored()), "Early Help");
		assertThat(earlyHelp.caseload()).isEqualByComparingTo("13.0");
		assertThat(earlyHelp.rag()).isEqualTo(CaseloadRag.GREEN);
		assertThat(earlyHelp.unallocatedCases()).isNull();
		assertThat(earlyHelp.agency()).isNull();
		assertThat(earlyHelp.vacancy()).isNull();
		assertThat(earlyHelp.supervision()).isNull();
		assertThat(earlyHelp.turnover()).isNull();
		assertThat(earlyHelp.turnoverMonths()).isZero();
	}

	@Test
	void allTeamsTogetherCountOnlyTheTeamsThatGaveEachFigure() {
		TeamFigures all = WorkforceFindings.of(PERIOD, CAPS, stored()).overall();
		assertThat(all.team()).isEqualTo(WorkforceFindings.ALL_TEAMS);
		// 1,000 + 330 + 130 = 1,460 cases over 50 + 20 + 10 = 80 FTE = 18.25, 18.3
		assertThat(all.allocatedCases()).isEqualTo(1460);
		assertThat(all.caseload()).isEqualByComparingTo("18.3");
		assertThat(all.rag()).isEqualTo(CaseloadRag.AMBER);
		// Early Help gave no posts: agency (14 + 6) of (56 + 24) = 25.0%, vacancy 4 of
		// 84 = 4.8%
		assertThat(all.agency()).isEqualTo(new Ratio(new BigDecimal("20"), new BigDecimal("80")));
		assertThat(all.vacancy().percent()).isEqualByComparingTo("4.8");
		// supervisions (45 + 14) of (50 + 20) = 84.3%; unallocated 23 + 5
		assertThat(all.supervision().percent()).isEqualByComparingTo("84.3");
		assertThat(all.unallocatedCases()).isEqualTo(28);
		// leavers 12 + 3 = 15 over twelve months; filled 12 x 56 + 20 + 22 + 24 = 738,
		// a mean of 61.5: 24.4%
		assertThat(all.turnover().part()).isEqualByComparingTo("15");
		assertThat(all.turnover().whole()).isEqualByComparingTo("61.5");
		assertThat(all.turnover().percent()).isEqualByComparingTo("24.4");
	}

	@Test
	void teamsOverCapComeFirstTheFurthestFirstAndTheTrendIsMonthByMonth() {
		WorkforceFindings findings = WorkforceFindings.of(PERIOD, CAPS, stored());
		assertThat(findings.teams()).extracting(TeamFigures::team)
			.containsExactly("Permanence", "Assessment", "Early Help");
		assertThat(findings.overCap()).extracting(TeamFigures::team).containsExactly("Permanence", "Assessment");
		List<TeamFigures> trend = findings.trend("Assessment");
		assertThat(trend).hasSize(12);
		assertThat(trend.get(0).month()).isEqualTo(YearMonth.of(2020, 2));
		// 950 over 50 = 19.0 each month before January
		assertThat(trend.get(0).caseload()).isEqualByComparingTo("19.0");
		assertThat(trend.get(0).agency().percent()).isEqualByComparingTo("25.0");
		// February's turnover is over the one month stored: 1 of 56
		assertThat(trend.get(0).turnoverMonths()).isEqualTo(1);
		// Duty sent December but not January: in the trend, not among the period's teams
		assertThat(findings.trend("Duty")).hasSize(1);
		assertThat(findings.months()).last().extracting(TeamFigures::team).isEqualTo("Duty");
	}

	@Test
	void aTemplateWithoutCapsJudgesEveryTeamAgainstTheDefault() {
		CaseloadCaps defaults = CaseloadCaps.defaults();
		assertThat(defaults.of("Permanence")).isEqualTo(cap(18, 20));
		assertThat(defaults.trendMonths()).isEqualTo(12);
		assertThat(CAPS.of("PERMANENCE")).isEqualTo(cap(15, 16));
		assertThat(cap(15, 16).rag(new BigDecimal("15.0"))).isEqualTo(CaseloadRag.GREEN);
		assertThat(cap(15, 16).rag(new BigDecimal("16.0"))).isEqualTo(CaseloadRag.AMBER);
		assertThat(cap(15, 16).rag(new BigDecimal("16.1"))).isEqualTo(CaseloadRag.RED);
	}

	private static List<TeamMonth> stored() {
		List<TeamMonth> rows = new ArrayList<>();
		for (YearMonth m = YearMonth.of(2020, 2); m.isBefore(PERIOD); m = m.plusMonths(1)) {
			rows.add(row(m, "Assessment", "50", 950, 20L, "60", "4", "14", 1L, 50L, 40L));
		}
		rows.add(row(PERIOD, "Assessment", "50", 1000, 23L, "60", "4", "14", 1L, 50L, 45L));
		rows.add(row(YearMonth.of(2020, 11), "Permanence", "18", 300, 6L, "24", "4", "6", 2L, 20L, 12L));
		rows.add(row(YearMonth.of(2020, 12), "Permanence", "19", 310, 6L, "24", "2", "6", 0L, 20L, 13L));
		rows.add(row(PERIOD, "Permanence", "20", 330, 5L, "24", "0", "6", 1L, 20L, 14L));
		rows.add(row(PERIOD, "Early Help", "10", 130, null, null, null, null, null, null, null));
		rows.add(row(YearMonth.of(2020, 12), "Duty", "15", 220, 9L, "19", "2", "4.5", 1L, 17L, 15L));
		return rows;
	}

	private static TeamMonth row(YearMonth month, String team, String fte, long cases, Long unallocated,
			String established, String vacant, String agency, Long leavers, Long due, Long onTime) {
		return new TeamMonth(month, team, new BigDecimal(fte), cases, unallocated, decimal(established),
				decimal(vacant), decimal(agency), leavers, due, onTime, 0);
	}

	private static BigDecimal decimal(String text) {
		return (text != null) ? new BigDecimal(text) : null;
	}

	private static CaseloadCap cap(int green, int amber) {
		return new CaseloadCap(BigDecimal.valueOf(green), BigDecimal.valueOf(amber));
	}

	private static TeamFigures team(WorkforceFindings findings, String name) {
		return findings.teams().stream().filter((t) -> t.team().equals(name)).findFirst().orElseThrow();
	}

}
