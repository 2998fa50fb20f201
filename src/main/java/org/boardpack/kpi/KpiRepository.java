package org.boardpack.kpi;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;

import org.boardpack.input.MonthlyLoader;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores each period's measures month by month, and reads back the months a scorecard
 * needs.
 */
@Repository
public class KpiRepository implements MonthlyLoader.Store<MeasureValue> {

	private static final String INSERT = """
			INSERT INTO kpi_value (period, value_month, kpi_id, line, measure, kpi_domain, kpi_value, numerator,
				denominator, unit, polarity, target, target_low, target_high, tolerance, stat_neighbours, england,
				benchmark_year, owner, commentary, action_refs)
			VALUES (:period, :month, :kpiId, :line, :measure, :domain, :value, :numerator, :denominator, :unit,
				:polarity, :target, :targetLow, :targetHigh, :tolerance, :statNeighbours, :england, :benchmarkYear,
				:owner, :commentary, :actionRefs)""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcOperations batch;

	public KpiRepository(JdbcClient jdbc, NamedParameterJdbcOperations batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	@Override
	public void deletePeriod(String period) {
		this.jdbc.sql("DELETE FROM kpi_value WHERE period = :period").param("period", period).update();
	}

	@Override
	public void insert(String period, List<? extends MeasureValue> values) {
		if (values.isEmpty()) {
			return;
		}
		SqlParameterSource[] rows = new SqlParameterSource[values.size()];
		for (int i = 0; i < rows.length; i++) {
			MeasureValue v = values.get(i);
			Target t = v.target();
			rows[i] = new MapSqlParameterSource().addValue("period", period)
				.addValue("month", v.month().toString())
				.addValue("kpiId", v.kpiId())
				.addValue("line", v.line())
				.addValue("measure", v.measure())
				.addValue("domain", v.domain())
				.addValue("value", v.value())
				.addValue("numerator", v.numerator())
				.addValue("denominator", v.denominator())
				.addValue("unit", v.unit().name())
				.addValue("polarity", v.polarity().name())
				.addValue("target", t.value())
				.addValue("targetLow", t.low())
				.addValue("targetHigh", t.high())
				.addValue("tolerance", v.tolerance())
				.addValue("statNeighbours", v.statNeighbours())
				.addValue("england", v.england())
				.addValue("benchmarkYear", v.benchmarkYear())
				.addValue("owner", v.owner())
				.addValue("commentary", v.commentary())
				.addValue("actionRefs", String.join(";", v.actionRefs()));
		}
		this.batch.batchUpdate(INSERT, rows);
	}

	/**
	 * Every measure's figures for the months from..to as stored up to a period: each
	 * measure's month from the latest run up to the period that loaded it, so a council
	 * that sends only each month's figures still gets a trend, and a corrected month
	 * replaces the one stored before.
	 */
	public List<MeasureValue> stored(String period, YearMonth from, YearMonth to) {
		return this.jdbc.sql("""
				SELECT v.* FROM kpi_value v JOIN (SELECT kpi_id, value_month, MAX(period) AS source FROM kpi_value
					WHERE period <= :period AND value_month BETWEEN :from AND :to GROUP BY kpi_id, value_month) s
				ON v.kpi_id = s.kpi_id AND v.value_month = s.value_month AND v.period = s.source
				ORDER BY v.value_month, v.line""")
			.param("period", period)
			.param("from", from.toString())
			.param("to", to.toString())
			.query(KpiRepository::value)
			.list();
	}

	private static MeasureValue value(ResultSet rs, int row) throws SQLException {
		String refs = rs.getString("action_refs");
		return new MeasureValue(YearMonth.parse(rs.getString("value_month")), rs.getString("kpi_id"),
				rs.getString("measure"), rs.getString("kpi_domain"), decimal(rs, "kpi_value"), decimal(rs, "numerator"),
				decimal(rs, "denominator"), Unit.valueOf(rs.getString("unit")),
				Polarity.valueOf(rs.getString("polarity")),
				new Target(decimal(rs, "target"), decimal(rs, "target_low"), decimal(rs, "target_high")),
				decimal(rs, "tolerance"), decimal(rs, "stat_neighbours"), decimal(rs, "england"),
				rs.getString("benchmark_year"), rs.getString("owner"), rs.getString("commentary"),
				(refs == null || refs.isEmpty()) ? List.of() : List.of(refs.split(";")), rs.getLong("line"));
	}

	/** As stored, without the column's trailing zeros: 87.8, not 87.8000000000. */
	private static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
		BigDecimal value = rs.getBigDecimal(column);
		return (value != null) ? value.stripTrailingZeros() : null;
	}

}
