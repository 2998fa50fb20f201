package org.boardpack.kpi;

import org.boardpack.input.Column;
import org.boardpack.input.ColumnSpec;
import org.boardpack.input.ValueKind;

/** The performance measure columns of the brief. */
public enum KpiColumn implements ColumnSpec {

	PERIOD(Column.required("period", ValueKind.MONTH, "month", "reporting period", "period end")),
	KPI_ID(Column.required("kpi_id", ValueKind.ID, "kpi id", "code", "indicator id", "kpi code", "kpi ref",
			"measure id")),
	MEASURE(Column.required("measure", ValueKind.TEXT, "indicator", "measure name", "description", "kpi",
			"indicator name")),
	DOMAIN(Column.optional("domain", ValueKind.TEXT, "area", "service area")),
	VALUE(Column.optional("value", ValueKind.NUMBER, "result", "actual", "figure")),
	NUMERATOR(Column.optional("numerator", ValueKind.NUMBER)),
	DENOMINATOR(Column.optional("denominator", ValueKind.NUMBER)),
	UNIT(Column.optional("unit", ValueKind.CHOICE, "units")),
	POLARITY(Column.required("polarity", ValueKind.CHOICE, "good is", "direction", "good performance is")),
	TARGET(Column.optional("target", ValueKind.NUMBER)),
	TARGET_LOW(Column.optional("target_low", ValueKind.NUMBER, "band low", "target from", "lower target")),
	TARGET_HIGH(Column.optional("target_high", ValueKind.NUMBER, "band high", "target to", "upper target")),
	TOLERANCE(Column.optional("tolerance", ValueKind.NUMBER, "amber tolerance")),
	STAT_NEIGHBOURS(Column.optional("stat_neighbours", ValueKind.NUMBER, "statistical neighbours", "sn", "sn average",
			"statistical neighbour average")),
	ENGLAND(Column.optional("england", ValueKind.NUMBER, "national", "england average")),
	BENCHMARK_YEAR(Column.optional("benchmark_year", ValueKind.TEXT, "benchmark year", "benchmarks year")),
	OWNER(Column.optional("owner", ValueKind.TEXT, "lead", "lead officer", "responsible officer")),
	COMMENTARY(Column.optional("commentary", ValueKind.TEXT, "comment", "comments", "narrative")),
	ACTION_REFS(Column.optional("action_refs", ValueKind.REFERENCES, "actions", "plan actions", "action ref"));

	private final Column column;

	KpiColumn(Column column) {
		this.column = column;
	}

	@Override
	public Column column() {
		return this.column;
	}

}
