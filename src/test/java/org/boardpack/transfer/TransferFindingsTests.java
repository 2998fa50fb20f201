package org.boardpack.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.boardpack.transfer.TransferFindings.Overdue;
import org.boardpack.transfer.TransferFindings.RouteFigures;
import org.boardpack.transfer.TransferRules.RouteStandard;
import org.junit.jupiter.api.Test;

/**
 * Waits and the figures built on them, on transfers whose working days are counted by
 * hand below (Christmas 2020: the 25th, the 28th and 1 January are bank holidays).
 */
class TransferFindingsTests {

	private static final WorkingDays DAYS = new WorkingDays(
			List.of(LocalDate.of(2020, 12, 25), LocalDate.of(2020, 12, 28), LocalDate.of(2021, 1, 1)));

	private static final TransferRules RULES = new TransferRules(10,
			List.of(new RouteStandard("duty", "ASSESSMENT", 5)), 3);

	private static final Route DUTY_ASSESSMENT = new Route("Duty", "Assessment");

	private static final Route ASSESSMENT_CP = new Route("Assessment", "Child Protection");

	@Test
	void aWaitCountsTheWorkingDaysAfterTheRequestToTheTransferLessWeekendsAndBankHolidays() {
		// Friday 8 January to Monday 11 January: 1
		assertThat(DAYS.between(LocalDate.of(2021, 1, 8), LocalDate.of(2021, 1, 11))).isEqualTo(1);
		// Thursday 24 December to Monday 4 January: 29, 30, 31 December and 4 January
		assertThat(DAYS.between(LocalDate.of(2020, 12, 24), LocalDate.of(2021, 1, 4))).isEqualTo(4);
		assertThat(DAYS.between(LocalDate.of(2021, 1, 4), LocalDate.of(2021, 1, 4))).isZero();
	}

	@Test
	void theMedianOfAnEvenNumberIsTheMeanOfTheMiddleTwoAndThe90thPercentileTheSmallestWaitNinetyPercentDoNotExceed() {
		Waits four = Waits.of(List.of(9, 1, 5, 4), 3);
		assertThat(four.median()).isEqualByComparingTo("4.5");
		// 90% of 4 is 3.6: the 4th smallest wait is the first that 3.6 waits do not
		// exceed
		assertThat(four.percentile90()).isEqualTo(9);
		assertThat(four.withinStandardPercent()).isEqualByComparingTo("75.0");
		// 90% of 10 is 9: the 9th smallest; of 11, 9.9: the 10th
		assertThat(Waits.of(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 10).percentile90()).isEqualTo(9);
		assertThat(Waits.of(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), 11).percentile90()).isEqualTo(10);
		assertThat(Waits.of(List.of(7, 3, 5), 3).median()).isEqualByComparingTo("5");
		assertThat(Waits.of(List.of(), 0)).isEqualTo(Waits.NONE);
	}

	@Test
	void theMonthsFiguresRouteByRouteAndOverallWithThePendingAndTheOverdueByTransferId() {
		TransferFindings findings = TransferFindings.of(transfers(), YearMonth.of(2021, 1), LocalDate.of(2021, 1, 31),
				RULES, DAYS);

		// Duty to Assessment (standard 5): waits 1 (A), 5 (B), 4 (C, over Christmas), 9
		// (D)
		RouteFigures duty = findings.routes().get(1);
		assertThat(duty.route()).isEqualTo(DUTY_ASSESSMENT);
		assertThat(duty.standard()).isEqualTo(5);
		assertThat(duty.completed()).isEqualTo(new Waits(4, 3, new java.math.BigDecimal("4.5"), 9));
		// I: pending since Monday 18 January, 9 working days to Friday 29th: overdue, not
		// twice the standard
		assertThat(duty.pending()).isEqualTo(1);
		assertThat(duty.overdue()).isEqualTo(1);
		assertThat(duty.longOverdue()).isZero();

		// Assessment to Child Protection (the default standard, 10): E waited 10
		RouteFigures cp = findings.routes().get(0);
		assertThat(cp.route()).isEqualTo(ASSESSMENT_CP);
		assertThat(cp.standard()).isEqualTo(10);
		assertThat(cp.completed().count()).isEqualTo(1);
		assertThat(cp.completed().withinStandard()).isEqualTo(1);
		assertThat(cp.completed().percentile90()).isEqualTo(10);
		// F pending since 14 December (31 working days); G accepted only on 2 February,
		// so pending at the as-at date (4); H sent back in January
		assertThat(cp.pending()).isEqualTo(2);
		assertThat(cp.overdue()).isEqualTo(1);
		assertThat(cp.longOverdue()).isEqualTo(1);
		assertThat(cp.returned()).isEqualTo(1);

		// overall: waits 1, 4, 5, 9, 10; 4 within their own standard
		RouteFigures all = findings.overall();
		assertThat(all.completed()).isEqualTo(new Waits(5, 4, new java.math.BigDecimal("5"), 10));
		assertThat(all.pending()).isEqualTo(3);
		assertThat(all.overdue()).isEqualTo(2);
		assertThat(all.returned()).isEqualTo(1);

		// longest wait first; F reviewed on 20 January, I last reviewed in December
		assertThat(findings.overdue()).containsExactly(
				new Overdue("F", ASSESSMENT_CP, LocalDate.of(2020, 12, 14), 31, 10, true),
				new Overdue("I", DUTY_ASSESSMENT, LocalDate.of(2021, 1, 18), 9, 5, false));
		assertThat(findings.notReviewed()).extracting(Overdue::transferId).containsExactly("I");
	}

	@Test
	void childrenMovedTwiceInTwelveMonthsAndTheTrend() {
		TransferFindings findings = TransferFindings.of(transfers(), YearMonth.of(2021, 1), LocalDate.of(2021, 1, 31),
				RULES, DAYS);
		// child 1: A (January) and L (December); child 2's other move was in December
		// 2019, more than twelve months before
		assertThat(findings.childrenMovedTwice()).isEqualTo(1);
		assertThat(findings.trend()).extracting((m) -> m.month().toString())
			.containsExactly("2020-11", "2020-12", "2021-01");
		assertThat(findings.trend().get(0).completed()).isEqualTo(Waits.NONE);
		// L: Tuesday 1 to Friday 4 December, 3
		assertThat(findings.trend().get(1).completed()).isEqualTo(new Waits(1, 1, new java.math.BigDecimal("3"), 3));
		assertThat(findings.trend().get(2).completed()).isEqualTo(findings.overall().completed());
		assertThat(findings.any()).isTrue();
	}

	private static List<Transfer> transfers() {
		return List.of(done("A", "child 1", DUTY_ASSESSMENT, "2021-01-08", "2021-01-11"),
				done("B", "child 2", DUTY_ASSESSMENT, "2021-01-04", "2021-01-11"),
				done("C", "child 3", DUTY_ASSESSMENT, "2020-12-24", "2021-01-04"),
				done("D", "child 4", DUTY_ASSESSMENT, "2021-01-04", "2021-01-15"),
				done("E", "child 5", ASSESSMENT_CP, "2021-01-04", "2021-01-18"),
				transfer("F", "child 6", ASSESSMENT_CP, "2020-12-14", null, TransferStatus.PENDING, "2021-01-20"),
				done("G", "child 7", ASSESSMENT_CP, "2021-01-25", "2021-02-02"),
				transfer("H", "child 8", ASSESSMENT_CP, "2021-01-05", "2021-01-07", TransferStatus.RETURNED, null),
				transfer("I", "child 9", DUTY_ASSESSMENT, "2021-01-18", null, TransferStatus.PENDING, "2020-12-20"),
				transfer("J", "child 10", DUTY_ASSESSMENT, "2021-01-05", null, TransferStatus.CANCELLED, null),
				transfer("K", "child 11", DUTY_ASSESSMENT, "2021-02-01", null, TransferStatus.PENDING, null),
				done("L", "child 1", DUTY_ASSESSMENT, "2020-12-01", "2020-12-04"),
				done("M", "child 2", DUTY_ASSESSMENT, "2019-12-16", "2019-12-20"));
	}

	private static Transfer done(String id, String child, Route route, String requested, String transferred) {
		return transfer(id, child, route, requested, transferred, TransferStatus.TRANSFERRED, null);
	}

	private static Transfer transfer(String id, String child, Route route, String requested, String transferred,
			TransferStatus status, String reviewed) {
		return new Transfer(id, child, route.from(), route.to(), LocalDate.parse(requested),
				(transferred != null) ? LocalDate.parse(transferred) : null, status, null,
				(reviewed != null) ? LocalDate.parse(reviewed) : null, 1);
	}

}
