package org.boardpack.rejects;

import java.util.List;

import org.boardpack.input.Problem;
import org.boardpack.input.RejectKind;
import org.boardpack.input.RowRejectedException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rejected rows per period and input. */
@Repository
public class RejectRepository {

	private final JdbcClient jdbc;

	public RejectRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void delete(String period, String role) {
		this.jdbc.sql("DELETE FROM reject_row WHERE period = :period AND role = :role")
			.param("period", period)
			.param("role", role)
			.update();
	}

	/**
	 * Stores a rejected row's problems; storing the same row again replaces it rather
	 * than adding to it.
	 */
	public void save(String period, String role, RowRejectedException rejected) {
		this.jdbc.sql("DELETE FROM reject_row WHERE period = :period AND role = :role AND line = :line")
			.param("period", period)
			.param("role", role)
			.param("line", rejected.line())
			.update();
		int seq = 0;
		for (Problem problem : rejected.problems()) {
			this.jdbc.sql("""
					INSERT INTO reject_row (period, role, line, seq, file_name, record_id, column_name, kind, reason)
					VALUES (:period, :role, :line, :seq, :file, :recordId, :column, :kind, :reason)""")
				.param("period", period)
				.param("role", role)
				.param("line", rejected.line())
				.param("seq", seq++)
				.param("file", rejected.file())
				.param("recordId", rejected.recordId())
				.param("column", problem.column())
				.param("kind", problem.kind().name())
				.param("reason", problem.reason())
				.update();
		}
	}

	/** The period's rejects, by input then line. */
	public List<Reject> findByPeriod(String period) {
		return this.jdbc.sql("""
				SELECT role, file_name, line, record_id, column_name, kind, reason FROM reject_row
				WHERE period = :period ORDER BY role, line, seq""")
			.param("period", period)
			.query((rs, row) -> new Reject(rs.getString("role"), rs.getString("file_name"), rs.getLong("line"),
					rs.getString("record_id"), rs.getString("column_name"), RejectKind.valueOf(rs.getString("kind")),
					rs.getString("reason")))
			.list();
	}

	/** How many distinct rows of an input were rejected (warnings are not rejects). */
	public long countRows(String period, String role) {
		return count("SELECT COUNT(DISTINCT line) FROM reject_row WHERE period = :period AND role = :role "
				+ "AND kind <> :warning", period, role);
	}

	/** How many warnings the loaded rows of an input have. */
	public long countWarnings(String period, String role) {
		return count("SELECT COUNT(*) FROM reject_row WHERE period = :period AND role = :role AND kind = :warning",
				period, role);
	}

	private long count(String sql, String period, String role) {
		return this.jdbc.sql(sql)
			.param("period", period)
			.param("role", role)
			.param("warning", RejectKind.WARNING.name())
			.query(Long.class)
			.single();
	}

}
