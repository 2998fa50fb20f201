package org.boardpack.rejects;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reconciliation of each input file, per period. */
@Repository
public class FileLoadRepository {

	private static final String SEPARATOR = "\n";

	private final JdbcClient jdbc;

	public FileLoadRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void save(String period, FileLoad load) {
		this.jdbc.sql("DELETE FROM input_file WHERE period = :period AND role = :role")
			.param("period", period)
			.param("role", load.role())
			.update();
		this.jdbc.sql("""
				INSERT INTO input_file (period, role, name, source, sha256, header_line, rows_read, loaded, rejected,
					blank_rows, unknown_columns, recomputed_columns, after_as_at, warnings, notices, supplied)
				VALUES (:period, :role, :name, :source, :sha256, :headerLine, :rowsRead, :loaded, :rejected,
					:blankRows, :unknownColumns, :recomputedColumns, :afterAsAt, :warnings, :notices, :supplied)""")
			.param("period", period)
			.param("role", load.role())
			.param("name", load.name())
			.param("source", load.source())
			.param("sha256", load.sha256())
			.param("headerLine", load.headerLine())
			.param("rowsRead", load.rowsRead())
			.param("loaded", load.loaded())
			.param("rejected", load.rejected())
			.param("blankRows", load.blankRows())
			.param("unknownColumns", String.join(SEPARATOR, load.unknownColumns()))
			.param("recomputedColumns", String.join(SEPARATOR, load.recomputedColumns()))
			.param("afterAsAt", load.afterAsAt())
			.param("warnings", load.warnings())
			.param("notices", String.join(SEPARATOR, load.notices()))
			.param("supplied", load.supplied())
			.update();
	}

	/** The period's inputs, by name. */
	public List<FileLoad> findByPeriod(String period) {
		return this.jdbc.sql("SELECT * FROM input_file WHERE period = :period ORDER BY role")
			.param("period", period)
			.query((rs, row) -> new FileLoad(rs.getString("role"), rs.getString("name"), rs.getString("source"),
					rs.getString("sha256"), rs.getLong("header_line"), rs.getLong("rows_read"), rs.getLong("loaded"),
					rs.getLong("rejected"), rs.getLong("blank_rows"), split(rs.getString("unknown_columns")),
					split(rs.getString("recomputed_columns")), rs.getLong("after_as_at"), rs.getLong("warnings"),
					split(rs.getString("notices")), rs.getBoolean("supplied")))
			.list();
	}

	private static List<String> split(String joined) {
		return joined.isEmpty() ? List.of() : List.of(joined.split(SEPARATOR));
	}

}
