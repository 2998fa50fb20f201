package org.boardpack.kpi;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.YearMonth;
import java.util.List;

import org.boardpack.input.MonthlyLoader;

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
			rows[i] = new StoredValue(period, values.get(i));
		}
		this.batch.batchUpdate(INSERT, rows);
	}

	/**
	 * A measure month's columns by name, each with its SQL type, so that a blank figure
	 * is bound as a null of its type without asking the driver: a map of 21 entries per
	 * row, and the driver's parameter metadata per null, cost a national load more than
	 * H2's insert.
	 */
	private record StoredValue(String period, MeasureValue value) implements SqlParameterSource {

		@Override
		public boolean hasValue(String name) {
			return true;
		}

		@Override
		public Object getValue(String name) {
			MeasureValue v = this.value;
			return switch (name) {
				case "period" -> this.period;
				case "month" -> v.month().toString();
				case "kpiId" -> v.kpiId();
				case "line" -> v.line();
				case "measure" -> v.measure();
				case "domain" -> v.domain();
				case "value" -> v.value();
				case "numerator" -> v.numerator();
				case "denominator" -> v.denominator();
				case "unit" -> v.unit().name();
				case "polarity" -> v.polarity().name();
				case "target" -> v.target().value();
				case "targetLow" -> v.target().low();
				case "targetHigh" -> v.target().high();
				case "tolerance" -> v.tolerance();
				case "statNeighbours" -> v.statNeighbours();
				case "england" -> v.england();
				case "benchmarkYear" -> v.benchmarkYear();
				case "owner" -> v.owner();
				case "commentary" -> v.commentary();
				case "actionRefs" -> String.join(";", v.actionRefs());
				default -> throw new IllegalArgumentException("kpi_value has no column for :" + name);
			};
		}

		@Override
		public int getSqlType(String name) {
			return switch (name) {
				case "line" -> Types.BIGINT;
				case "value", "numerator", "denominator", "target", "targetLow", "targetHigh", "tolerance",
						"statNeighbours", "england" ->
					Types.DECIMAL;
				default -> Types.VARCHAR;
			};
		}

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
