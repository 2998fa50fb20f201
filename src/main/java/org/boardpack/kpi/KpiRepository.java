package org.boardpack.kpi;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;

import org.boardpack.input.MonthlyLoader;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcOperations;
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
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcClient jdbc;

	private final JdbcOperations batch;

	public KpiRepository(JdbcClient jdbc, JdbcOperations batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	@Override
	public void deletePeriod(String period) {
		this.jdbc.sql("DELETE FROM kpi_value WHERE period = :period").param("period", period).update();
	}

	/**
	 * Binds each month's columns by position, a typed setter each (a blank figure is a
	 * typed null): bound by name, through a parameter source, the binding cost a national
	 * load an eighth of its time.
	 */
	@Override
	public void insert(String period, List<? extends MeasureValue> values) {
		if (values.isEmpty()) {
			return;
		}
		this.batch.batchUpdate(INSERT, new BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement row, int i) throws SQLException {
				MeasureValue v = values.get(i);
				row.setString(1, period);
				row.setString(2, v.month().toString());
				row.setString(3, v.kpiId());
				row.setLong(4, v.line());
				row.setString(5, v.measure());
				row.setString(6, v.domain());
				row.setBigDecimal(7, v.value());
				row.setBigDecimal(8, v.numerator());
				row.setBigDecimal(9, v.denominator());
				row.setString(10, v.unit().name());
				row.setString(11, v.polarity().name());
				row.setBigDecimal(12, v.target().value());
				row.setBigDecimal(13, v.target().low());
				row.setBigDecimal(14, v.target().high());
				row.setBigDecimal(15, v.tolerance());
				row.setBigDecimal(16, v.statNeighbours());
				row.setBigDecimal(17, v.england());
				row.setString(18, v.benchmarkYear());
				row.setString(19, v.owner());
				row.setString(20, v.commentary());
				row.setString(21, String.join(";", v.actionRefs()));
			}

			@Override
			public int getBatchSize() {
				return values.size();
			}

		});
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
