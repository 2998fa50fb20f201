package org.boardpack.kpi;

import java.util.List;

import org.boardpack.input.ColumnSpec;

/** The performance measure columns of the brief. */
public enum KpiColumn implements ColumnSpec {

	PERIOD("period", true, "month", "reporting period", "period end"),
	KPI_ID("kpi_id", true, "kpi id", "code", "indicator id", "kpi code", "kpi ref", "measure id"),
	MEASURE("measure", true, "indicator", "measure name", "description", "kpi", "indicator name"),
	DOMAIN("domain", false, "area", "service area"), VALUE("value", false, "result", "actual", "figure"),
	NUMERATOR("numerator", false), DENOMINATOR("denominator", false), UNIT("unit", false, "units"),
	POLARITY("polarity", true, "good is", "direction", "good performance is"), TARGET("target", false),
	TARGET_LOW("target_low", false, "band low", "target from", "lower target"),
	TARGET_HIGH("target_high", false, "band high", "target to", "upper target"),
	TOLERANCE("tolerance", false, "amber tolerance"),
	STAT_NEIGHBOURS("stat_neighbours", false, "statistical neighbours", "sn", "sn average",
			"statistical neighbour average"),
	ENGLAND("england", false, "national", "england average"),
	BENCHMARK_YEAR("benchmark_year", false, "benchmark year", "benchmarks year"),
	OWNER("owner", false, "lead", "lead officer", "responsible officer"),
	COMMENTARY("commentary", false, "comment", "comments", "narrative"),
	ACTION_REFS("action_refs", false, "actions", "plan actions", "action ref");

	private final String canonical;

	private final boolean required;

	private final List<String> aliases;

	KpiColumn(String canonical, boolean required, String... aliases) {
		this.canonical = canonical;
		this.required = required;
		this.aliases = List.of(aliases);
	}

	@Override
	public String canonical() {
		return this.canonical;
	}

	@Override
	public boolean required() {
		return this.required;
	}

	@Override
	public List<String> aliases() {
		return this.aliases;
	}

}
