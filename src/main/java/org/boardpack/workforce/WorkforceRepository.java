package org.boardpack.workforce;

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
 * Stores each period's workforce figures team by team and month by month, and reads back
 * the months the figures need (twelve for turnover, the trend).
 */
@Repository
public class WorkforceRepository implements MonthlyLoader.Store<TeamMonth> {

	private static final String INSERT = """
			INSERT INTO workforce_month (period, team_month, team, line, case_holding_fte, allocated_cases,
				unallocated_cases, established_fte, vacant_fte, agency_fte, leavers, supervisions_due,
				supervisions_on_time)
			VALUES (:period, :month, :team, :line, :caseHoldingFte, :allocated, :unallocated, :established, :vacant,
				:agency, :leavers, :due, :onTime)""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcOperations batch;

	public WorkforceRepository(JdbcClient jdbc, NamedParameterJdbcOperations batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	@Override
	public void deletePeriod(String period) {
		this.jdbc.sql("DELETE FROM workforce_month WHERE period = :period").param("period", period).update();
	}

	@Override
	public void insert(String period, List<? extends TeamMonth> months) {
		if (months.isEmpty()) {
			return;
		}
		SqlParameterSource[] rows = new SqlParameterSource[months.size()];
		for (int i = 0; i < rows.length; i++) {
			TeamMonth m = months.get(i);
			rows[i] = new MapSqlParameterSource().addValue("period", period)
				.addValue("month", m.month().toString())
				.addValue("team", m.team())
				.addValue("line", m.line())
				.addValue("caseHoldingFte", m.caseHoldingFte())
				.addValue("allocated", m.allocatedCases())
				.addValue("unallocated", m.unallocatedCases())
				.addValue("established", m.establishedFte())
				.addValue("vacant", m.vacantFte())
				.addValue("agency", m.agencyFte())
				.addValue("leavers", m.leavers())
				.addValue("due", m.supervisionsDue())
				.addValue("onTime", m.supervisionsOnTime());
		}
		this.batch.batchUpdate(INSERT, rows);
	}

	/**
	 * Every team's figures for the months from..to as stored up to a period: each team's
	 * month from the latest run up to the period that loaded it, so a council that sends
	 * only each month's figures still gets a trend and a turnover, and a corrected month
	 * replaces the one stored before.
	 */
	public List<TeamMonth> stored(String period, YearMonth from, YearMonth to) {
		return this.jdbc.sql("""
				SELECT w.* FROM workforce_month w JOIN (SELECT team, team_month, MAX(period) AS source
					FROM workforce_month WHERE period <= :period AND team_month BETWEEN :from AND :to
					GROUP BY team, team_month) s
				ON w.team = s.team AND w.team_month = s.team_month AND w.period = s.source
				ORDER BY w.team_month, w.team""")
			.param("period", period)
			.param("from", from.toString())
			.param("to", to.toString())
			.query(WorkforceRepository::teamMonth)
			.list();
	}

	private static TeamMonth teamMonth(ResultSet rs, int row) throws SQLException {
		return new TeamMonth(YearMonth.parse(rs.getString("team_month")), rs.getString("team"),
				decimal(rs, "case_holding_fte"), rs.getLong("allocated_cases"), count(rs, "unallocated_cases"),
				decimal(rs, "established_fte"), decimal(rs, "vacant_fte"), decimal(rs, "agency_fte"),
				count(rs, "leavers"), count(rs, "supervisions_due"), count(rs, "supervisions_on_time"),
				rs.getLong("line"));
	}

	/** As stored, without the column's trailing zeros: 12.5, not 12.5000000000. */
	private static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
		BigDecimal value = rs.getBigDecimal(column);
		return (value != null) ? value.stripTrailingZeros() : null;
	}

	/** A count, or null when it was not given. */
	private static Long count(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}
