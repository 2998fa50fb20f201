package org.boardpack.transfer;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores each period's case transfers, and reads them back for its figures. */
@Repository
public class TransferRepository {

	private static final String INSERT = """
			INSERT INTO case_transfer (period, transfer_id, line, child_key, from_team, to_team, requested_date,
				transferred_date, status, reason, reviewed_date)
			VALUES (:period, :transferId, :line, :childKey, :fromTeam, :toTeam, :requested, :transferred, :status,
				:reason, :reviewed)""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcOperations batch;

	public TransferRepository(JdbcClient jdbc, NamedParameterJdbcOperations batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	public void deletePeriod(String period) {
		this.jdbc.sql("DELETE FROM case_transfer WHERE period = :period").param("period", period).update();
	}

	public void insert(String period, List<? extends Transfer> transfers) {
		if (transfers.isEmpty()) {
			return;
		}
		SqlParameterSource[] rows = new SqlParameterSource[transfers.size()];
		for (int i = 0; i < rows.length; i++) {
			Transfer t = transfers.get(i);
			rows[i] = new MapSqlParameterSource().addValue("period", period)
				.addValue("transferId", t.transferId())
				.addValue("line", t.line())
				.addValue("childKey", t.childKey())
				.addValue("fromTeam", t.fromTeam())
				.addValue("toTeam", t.toTeam())
				.addValue("requested", t.requested())
				.addValue("transferred", t.transferred())
				.addValue("status", t.status().name())
				.addValue("reason", t.reason())
				.addValue("reviewed", t.reviewed());
		}
		this.batch.batchUpdate(INSERT, rows);
	}

	/** The transfers a period's run loaded, in the file's order. */
	public List<Transfer> stored(String period) {
		return this.jdbc.sql("SELECT * FROM case_transfer WHERE period = :period ORDER BY line")
			.param("period", period)
			.query(TransferRepository::transfer)
			.list();
	}

	private static Transfer transfer(ResultSet rs, int row) throws SQLException {
		return new Transfer(rs.getString("transfer_id"), rs.getString("child_key"), rs.getString("from_team"),
				rs.getString("to_team"), date(rs, "requested_date"), date(rs, "transferred_date"),
				TransferStatus.valueOf(rs.getString("status")), rs.getString("reason"), date(rs, "reviewed_date"),
				rs.getLong("line"));
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return (date != null) ? date.toLocalDate() : null;
	}

}
