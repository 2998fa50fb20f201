package org.boardpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.boardpack.transfer.Transfer;
import org.boardpack.transfer.TransferFindings;
import org.boardpack.transfer.TransferRules;
import org.boardpack.transfer.TransferRules.RouteStandard;
import org.boardpack.transfer.TransferStatus;
import org.boardpack.transfer.WorkingDays;
import org.junit.jupiter.api.Test;

/**
 * The drift page's words and the board's matter, from transfers whose waits are counted
 * by hand (no bank holiday in January 2021 after the 1st).
 */
class DriftTest {

	private static final TransferRules RULES = new TransferRules(10,
			List.of(new RouteStandard("Duty", "Assessment", 5)), 2);

	@Test
	void theFiguresAreWordedRouteByRouteWithTheOverdueByIdAndTheUnreviewedAreAMatter() {
		TransferFindings findings = TransferFindings.of(List.of(
				// Friday 8 to Monday 11 January: 1; Monday 4 to Monday 11: 5; Monday 4 to
				// Friday 15: 9, over the standard of 5
				done("A", "c1", "Duty", "Assessment", "2021-01-08", "2021-01-11"),
				done("B", "c2", "Duty", "Assessment", "2021-01-04", "2021-01-11"),
				done("C", "c1", "Assessment", "Child Protection", "2021-01-11", "2021-01-15"),
				done("D", "c3", "Duty", "Assessment", "2021-01-04", "2021-01-15"),
				// pending since Monday 4 January: 19 working days to Friday 29th
				new Transfer("E", "c4", "Assessment", "Child Protection", LocalDate.parse("2021-01-04"), null,
						TransferStatus.PENDING, null, null, 6)),
				YearMonth.of(2021, 1), LocalDate.of(2021, 1, 31), RULES, new WorkingDays(List.of()));
		Drift drift = Drift.of(findings);

		assertThat(drift.routes())
			.extracting(Drift.Row::route, Drift.Row::standard, Drift.Row::withinStandard, Drift.Row::median,
					Drift.Row::percentile90, Drift.Row::pending, Drift.Row::overdue)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("Assessment to Child Protection", "10 working days",
							"1 of 1 (100%)", "4", "4", 1, 1),
					org.assertj.core.groups.Tuple.tuple("Duty to Assessment", "5 working days", "2 of 3 (66.7%)", "5",
							"9", 0, 0),
					org.assertj.core.groups.Tuple.tuple("All routes", "Each route's", "3 of 4 (75%)", "4.5", "9", 1,
							1));
		assertThat(drift.overdue())
			.containsExactly(new Drift.OverdueRow("E", "Assessment to Child Protection", 19, 10, "No"));
		assertThat(drift.trend()).extracting(Drift.TrendRow::month, Drift.TrendRow::withinStandard)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Dec 2020", "–"),
					org.assertj.core.groups.Tuple.tuple("Jan 2021", "3 of 4 (75%)"));
		assertThat(drift.summary()).containsExactly(
				"Case transfers: 3 of 4 (75%) completed in January 2021 were within their standard; the median "
						+ "wait was 4.5 working days, and 90% waited 9 or fewer.",
				"1 transfer was pending at 31 January, 1 of them overdue against the standard; 1 of the overdue was "
						+ "not reviewed by the assistant director this month.",
				"1 child was moved between teams two or more times in the twelve months to 31 January.");
		assertThat(DriftMessages.matters(findings)).singleElement().satisfies((m) -> {
			assertThat(m.kind()).isEqualTo(Matter.Kind.CHALLENGE);
			assertThat(m.ask()).isEqualTo(
					"Challenge why 1 overdue case transfer was not reviewed by the assistant director this month.");
			assertThat(m.whyNow()).isEqualTo("E; the longest, E (Assessment to Child Protection), has waited 19 "
					+ "working days against a standard of 10.");
		});
	}

	@Test
	void aRunNotGivenTheTransfersSaysSoAndComputesNothing() {
		Drift drift = Drift
			.absent("Case transfers: no file was given for this run, so they are left out of this pack.");
		assertThat(drift.present()).isFalse();
		assertThat(drift.routes()).isEmpty();
	}

	private static Transfer done(String id, String child, String from, String to, String requested,
			String transferred) {
		return new Transfer(id, child, from, to, LocalDate.parse(requested), LocalDate.parse(transferred),
				TransferStatus.TRANSFERRED, null, null, 1);
	}

}
