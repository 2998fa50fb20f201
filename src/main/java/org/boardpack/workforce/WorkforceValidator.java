package org.boardpack.workforce;

import static org.boardpack.workforce.WorkforceColumn.AGENCY_FTE;
import static org.boardpack.workforce.WorkforceColumn.ALLOCATED_CASES;
import static org.boardpack.workforce.WorkforceColumn.CASE_HOLDING_FTE;
import static org.boardpack.workforce.WorkforceColumn.ESTABLISHED_FTE;
import static org.boardpack.workforce.WorkforceColumn.LEAVERS;
import static org.boardpack.workforce.WorkforceColumn.PERIOD;
import static org.boardpack.workforce.WorkforceColumn.SUPERVISIONS_DUE;
import static org.boardpack.workforce.WorkforceColumn.SUPERVISIONS_ON_TIME;
import static org.boardpack.workforce.WorkforceColumn.TEAM;
import static org.boardpack.workforce.WorkforceColumn.UNALLOCATED_CASES;
import static org.boardpack.workforce.WorkforceColumn.VACANT_FTE;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Locale;

import org.boardpack.input.Canonical;
import org.boardpack.input.InputRow;
import org.boardpack.input.RejectKind;
import org.boardpack.input.RowCheck;
import org.boardpack.input.SeenIds;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStream;

/**
 * Turns a row of the workforce file into a {@link TeamMonth}, or rejects it with every
 * problem found. A count that is negative or not whole is rejected even in an optional
 * column: a caseload or rate worked out from it would mislead the board.
 */
public class WorkforceValidator implements ItemProcessor<InputRow<WorkforceColumn>, TeamMonth>, ItemStream {

	/** Longest team name stored. */
	static final int MAX_TEAM = 200;

	private final SeenIds lineByTeamMonth = new SeenIds();

	private final Canonical names = new Canonical();

	@Override
	public void open(ExecutionContext executionContext) {
		this.lineByTeamMonth.clear();
	}

	@Override
	public TeamMonth process(InputRow<WorkforceColumn> row) {
		RowCheck<WorkforceColumn> check = new RowCheck<>(row);
		YearMonth month = check.requiredMonth(PERIOD);
		String team = this.names.of(check.requiredText(TEAM));
		if (team != null && team.length() > MAX_TEAM) {
			check.problem(TEAM, RejectKind.TOO_LONG, "a team name of more than " + MAX_TEAM + " characters");
			team = null;
		}
		BigDecimal fte = amount(check, row, CASE_HOLDING_FTE);
		Long allocated = count(check, row, ALLOCATED_CASES);
		if (row.get(CASE_HOLDING_FTE) == null) {
			check.missing(CASE_HOLDING_FTE);
		}
		if (row.get(ALLOCATED_CASES) == null) {
			check.missing(ALLOCATED_CASES);
		}
		if (fte != null && fte.signum() == 0 && allocated != null && allocated > 0) {
			check.problem(CASE_HOLDING_FTE, RejectKind.OUT_OF_RANGE, "a case-holding FTE of 0 cannot hold " + allocated
					+ " allocated cases: give the FTE holding them, or count them as unallocated");
		}
		Long unallocated = count(check, row, UNALLOCATED_CASES);
		BigDecimal established = amount(check, row, ESTABLISHED_FTE);
		BigDecimal vacant = amount(check, row, VACANT_FTE);
		if (established != null && vacant != null && vacant.compareTo(established) > 0) {
			check.problem(VACANT_FTE, RejectKind.OUT_OF_RANGE, "vacant_fte " + vacant.toPlainString()
					+ " is above established_fte " + established.toPlainString());
		}
		BigDecimal agency = amount(check, row, AGENCY_FTE);
		Long leavers = count(check, row, LEAVERS);
		Long due = count(check, row, SUPERVISIONS_DUE);
		Long onTime = count(check, row, SUPERVISIONS_ON_TIME);
		if (due != null && onTime != null && onTime > due) {
			check.problem(SUPERVISIONS_ON_TIME, RejectKind.OUT_OF_RANGE,
					"supervisions_on_time " + onTime + " is above supervisions_due " + due);
		}
		String recordId = (team != null && month != null) ? team + " " + month : team;
		if (check.ok()) {
			long first = this.lineByTeamMonth.firstSeen(team.toLowerCase(Locale.ROOT) + "\u0000" + month, row.line());
			if (first >= 0) {
				check.problem(TEAM, RejectKind.DUPLICATE,
						team + " already has figures for " + month + " on line " + first);
			}
		}
		check.throwIfRejected(recordId);
		return new TeamMonth(month, team, fte, allocated, unallocated, established, vacant, agency, leavers, due,
				onTime, row.line());
	}

	/** A number of posts or cases: null when blank; below 0 rejects the row. */
	private static BigDecimal amount(RowCheck<WorkforceColumn> check, InputRow<WorkforceColumn> row,
			WorkforceColumn column) {
		BigDecimal number = check.decimal(column);
		if (number != null && number.signum() < 0) {
			check.problem(column, RejectKind.OUT_OF_RANGE, check.quote(column, row.get(column)) + " is below 0: "
					+ column.canonical() + " cannot be negative");
			return null;
		}
		return number;
	}

	/** A count of cases, people or sessions: a whole number, not below 0. */
	private static Long count(RowCheck<WorkforceColumn> check, InputRow<WorkforceColumn> row, WorkforceColumn column) {
		BigDecimal number = amount(check, row, column);
		if (number == null) {
			return null;
		}
		if (number.stripTrailingZeros().scale() > 0) {
			check.problem(column, RejectKind.INVALID_NUMBER, check.quote(column, row.get(column)) + " is not a whole "
					+ "number: " + column.canonical() + " is a count");
			return null;
		}
		return number.longValueExact();
	}

}
