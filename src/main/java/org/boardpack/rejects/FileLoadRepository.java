package org.boardpack.rejects;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The reconciliation of each input file, per period. */
@Repository
public class FileLoadRepository {

	private static final String SEPARATOR = "\n";

	private final JdbcTemplate jdbc;

	public FileLoadRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void save(String period, FileLoad load) {
		this.jdbc.update("DELETE FROM input_file WHERE period = ? AND role = ?", period, load.role());
		this.jdbc.update("""
				INSERT INTO input_file (period, role, name, source, sha256, header_line, rows_read, loaded, rejected,
					blank_rows, unknown_columns, recomputed_columns, after_as_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", period, load.role(), load.name(), load.source(),
				load.sha256(), load.headerLine(), load.rowsRead(), load.loaded(), load.rejected(), load.blankRows(),
				String.join(SEPARATOR, load.unknownColumns()), String.join(SEPARATOR, load.recomputedColumns()),
				load.afterAsAt());
	}

	/** The period's files: actions first, then audits. */
	public List<FileLoad> findByPeriod(String period) {
		return this.jdbc.query("SELECT * FROM input_file WHERE period = ? ORDER BY role",
				(rs, row) -> new FileLoad(rs.getString("role"), rs.getString("name"), rs.getString("source"),
						rs.getString("sha256"), rs.getLong("header_line"), rs.getLong("rows_read"),
						rs.getLong("loaded"), rs.getLong("rejected"), rs.getLong("blank_rows"),
						split(rs.getString("unknown_columns")), split(rs.getString("recomputed_columns")),
						rs.getLong("after_as_at")),
				period);
	}

	private static List<String> split(String joined) {
		return joined.isEmpty() ? List.of() : List.of(joined.split(SEPARATOR));
	}

}
