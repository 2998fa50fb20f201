package org.boardpack.workforce;

import org.boardpack.input.Column;
import org.boardpack.input.ColumnSpec;
import org.boardpack.input.ValueKind;

/** The workforce and caseload columns of the brief: one row per team per month. */
public enum WorkforceColumn implements ColumnSpec {

	PERIOD(Column.required("period", ValueKind.MONTH, "month", "reporting period", "month end")),
	TEAM(Column.required("team", ValueKind.TEXT, "team name", "service")),
	CASE_HOLDING_FTE(Column.required("case_holding_fte", ValueKind.NUMBER, "case holding fte", "case holders",
			"case-holding fte", "case holding social workers")),
	ALLOCATED_CASES(Column.required("allocated_cases", ValueKind.NUMBER, "allocated cases", "cases", "allocated")),
	UNALLOCATED_CASES(Column.optional("unallocated_cases", ValueKind.NUMBER, "unallocated", "unallocated cases")),
	ESTABLISHED_FTE(Column.optional("established_fte", ValueKind.NUMBER, "establishment", "established posts",
			"establishment fte")),
	VACANT_FTE(Column.optional("vacant_fte", ValueKind.NUMBER, "vacancies", "vacant posts", "vacancies fte")),
	AGENCY_FTE(Column.optional("agency_fte", ValueKind.NUMBER, "agency", "agency workers", "agency staff")),
	LEAVERS(Column.optional("leavers", ValueKind.NUMBER, "left")),
	SUPERVISIONS_DUE(Column.optional("supervisions_due", ValueKind.NUMBER, "supervisions due", "supervision due")),
	SUPERVISIONS_ON_TIME(Column.optional("supervisions_on_time", ValueKind.NUMBER, "supervisions on time",
			"supervision on time", "supervisions in timescale"));

	private final Column column;

	WorkforceColumn(Column column) {
		this.column = column;
	}

	@Override
	public Column column() {
		return this.column;
	}

}
