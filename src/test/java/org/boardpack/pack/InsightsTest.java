package org.boardpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.boardpack.audit.AuditFindings;
import org.boardpack.audit.Share;
import org.junit.jupiter.api.Test;

/**
 * The key messages that read the figures: each checked against figures worked out by
 * hand, with the sample behind every share.
 */
class InsightsTest {

	private static final YearMonth JANUARY = YearMonth.of(2021, 1);

	private static final int SMALL = 10;

	@Test
	void aTrendThatHeldEveryMonthSaysSoFromItsFirstMonth() {
		// good or better 10 of 40 (25%), 12 of 40 (30%), 20 of 40 (50%)
		List<AuditFindings.Month> months = months(new int[] { 10, 12, 20 }, new int[] { 8, 8, 8 }, 40);
		assertThat(Insights.turn("Good or better", months, AuditFindings.Month::goodOrBetter)).hasValue(
				"Good or better has risen every month since November 2020, from 25% (10 of 40) to 50% (20 of 40).");
		// inadequate stayed at 8 of 40 (20%): no move, nothing to say
		assertThat(Insights.turn("Inadequate", months, AuditFindings.Month::inadequate)).isEmpty();
	}

	@Test
	void aTrendThatTurnedSaysWhereAndAfterHowLong() {
		// inadequate 12, 10, 8, 6 of 40 (30%, 25%, 20%, 15%), then 9 of 40 (23%)
		List<AuditFindings.Month> months = months(new int[] { 20, 20, 20, 20, 20 }, new int[] { 12, 10, 8, 6, 9 }, 40);
		assertThat(Insights.turn("Inadequate", months, AuditFindings.Month::inadequate)).hasValue(
				"Inadequate turned up in January, to 23% (9 of 40), after falling for 3 months from 30% (12 of 40) "
						+ "in September 2020.");
		// a single move before the turn is no trend
		assertThat(Insights.turn("Inadequate", months.subList(2, 5), AuditFindings.Month::inadequate)).isEmpty();
	}

	@Test
	void theWeakestTeamIsAmongThoseWithAFullSampleAndSaysItsSample() {
		// Assessment 12 audits, 2 inadequate (17%); Permanence 10, 3 inadequate (30%);
		// Duty 4, 2 inadequate (50%) but a small sample
		AuditFindings findings = findings(
				List.of(team("Assessment", 12, 6, 2), team("Permanence", 10, 3, 3), team("Duty", 4, 1, 2)));
		assertThat(Insights.weakestTeam(findings, JANUARY))
			.hasValue("Permanence had the most inadequate audits of the 2 teams with 10 or more in January: 30% (3 of "
					+ "10) inadequate and 30% (3 of 10) good or better.");
		AuditFindings one = findings(List.of(team("Permanence", 10, 3, 3), team("Duty", 4, 1, 2)));
		assertThat(Insights.weakestTeam(one, JANUARY))
			.hasValue("Permanence, the only team with 10 or more audits in January, had 30% (3 of 10) inadequate and "
					+ "30% (3 of 10) good or better.");
		AuditFindings none = findings(List.of(team("Duty", 4, 1, 2), team("MASH", 3, 2, 0)));
		assertThat(Insights.weakestTeam(none, JANUARY)).hasValue("No team had 10 or more audits in January, so no "
				+ "team's figures are firm; the most inadequate were in Duty: 50% (2 of 4, small sample).");
	}

	@Test
	void moderationSaysHowManyItMovedDownOfThoseItChecked() {
		// 9 of 48 moderated (19%): 3 down (33%), 2 up, 4 unchanged
		AuditFindings findings = new AuditFindings(JANUARY, List.of(), month(JANUARY, 48, 29, 4),
				month(JANUARY, 0, 0, 0), List.of(), List.of(), List.of(),
				new AuditFindings.ModerationSummary(Share.of(9, 48, SMALL), Share.of(5, 9, SMALL),
						Share.of(2, 9, SMALL), Share.of(3, 9, SMALL)),
				SMALL);
		assertThat(Insights.moderation(findings, JANUARY))
			.hasValue("Moderation checked 19% (9 of 48) of January's audits and moved 3 of the 9 down a grade (33%) "
					+ "and 2 up, so grades not moderated may flatter practice.");
	}

	private static AuditFindings findings(List<AuditFindings.Group> teams) {
		return new AuditFindings(JANUARY, List.of(), month(JANUARY, 26, 10, 7), month(JANUARY, 0, 0, 0), teams,
				List.of(), List.of(), null, SMALL);
	}

	private static AuditFindings.Group team(String name, int audited, int good, int inadequate) {
		return new AuditFindings.Group(name, month(null, audited, good, inadequate));
	}

	/** Months ending in January 2021, each of {@code of} audits. */
	private static List<AuditFindings.Month> months(int[] good, int[] inadequate, int of) {
		List<AuditFindings.Month> months = new ArrayList<>();
		for (int i = 0; i < good.length; i++) {
			months.add(month(JANUARY.minusMonths(good.length - 1 - i), of, good[i], inadequate[i]));
		}
		return months;
	}

	private static AuditFindings.Month month(YearMonth month, int audited, int good, int inadequate) {
		return new AuditFindings.Month(month, audited, Share.of(good, audited, SMALL),
				Share.of(inadequate, audited, SMALL), Map.of(), Share.of(0, audited, SMALL), 0);
	}

}
