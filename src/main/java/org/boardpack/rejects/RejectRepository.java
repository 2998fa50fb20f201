package org.boardpack.rejects;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Rejected rows per period and input. */
@Repository
public class RejectRepository {

	private final JdbcTemplate jdbc;

	public RejectRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void delete(String period, String role) {
		this.jdbc.update("DELETE FROM reject_row WHERE period = ? AND role = ?", period, role);
	}

	/**
	 * Stores a rejected row's problems; storing the same row again replaces it rather
	 * than adding to it.
	 */
	public void save(String period, String role, RowRejectedException rejected) {
		this.jdbc.update("DELETE FROM reject_row WHERE period = ? AND role = ? AND line = ?", period, role,
				rejected.line());
		int seq = 0;
		for (Problem problem : rejected.problems()) {
			this.jdbc.update("""
					INSERT INTO reject_row (period, role, line, seq, file_name, record_id, column_name, kind, reason)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", period, role, rejected.line(), seq++, rejected.file(),
					rejected.recordId(), problem.column(), problem.kind().name(), problem.reason());
		}
	}

	/** The period's rejects, by input then line. */
	public List<Reject> findByPeriod(String period) {
		return this.jdbc.query("""
				SELECT role, file_name, line, record_id, column_name, kind, reason FROM reject_row
				WHERE period = ? ORDER BY role, line, seq""",
				(rs, row) -> new Reject(rs.getString("role"), rs.getString("file_name"), rs.getLong("line"),
						rs.getString("record_id"), rs.getString("column_name"),
						RejectKind.valueOf(rs.getString("kind")), rs.getString("reason")),
				period);
	}

	/** How many distinct rows of an input were rejected. */
	public long countRows(String period, String role) {
		Long rows = this.jdbc.queryForObject(
				"SELECT COUNT(DISTINCT line) FROM reject_row WHERE period = ? AND role = ?", Long.class, period, role);
		return (rows != null) ? rows : 0;
	}

}
