package org.boardpack.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.YearMonth;

import javax.sql.DataSource;

import org.boardpack.BoardPackException;
import org.boardpack.BoardPackException.ExitCode;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes sure one run at a time produces a period, on any database, embedded or server (H2
 * TCP or AUTO_SERVER, PostgreSQL): the run holds a row lock on its period's row of
 * run_lock, on a connection of its own, until it ends. A run that dies loses its
 * connection and the server releases the lock, so "started but not locked" means killed
 * and can be recovered, while "locked" means another run is alive.
 */
@Component
class RunLock {

	/** PostgreSQL's lock_not_available; H2's lock timeout. */
	private static final String POSTGRESQL_LOCK_NOT_AVAILABLE = "55P03";

	private static final int H2_LOCK_TIMEOUT = 50200;

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	RunLock(DataSource dataSource, JdbcClient jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/**
	 * Locks the period for this run.
	 * @return the held lock, to close when the run ends
	 * @throws BoardPackException when another run is producing the period
	 */
	Held lock(YearMonth period) throws SQLException {
		String key = period.toString();
		try {
			this.jdbc
				.sql("INSERT INTO run_lock (period) SELECT :period WHERE NOT EXISTS "
						+ "(SELECT 1 FROM run_lock WHERE period = :period)")
				.param("period", key)
				.update();
		}
		catch (DataIntegrityViolationException ex) {
			// another run inserted the row at the same moment: it is there
		}
		Connection connection = this.dataSource.getConnection();
		try {
			connection.setAutoCommit(false);
			try (PreparedStatement lock = connection
				.prepareStatement("SELECT period FROM run_lock WHERE period = ? FOR UPDATE NOWAIT")) {
				lock.setString(1, key);
				lock.executeQuery().close();
			}
			return new Held(connection);
		}
		catch (SQLException ex) {
			connection.rollback();
			connection.close();
			if (POSTGRESQL_LOCK_NOT_AVAILABLE.equals(ex.getSQLState()) || ex.getErrorCode() == H2_LOCK_TIMEOUT) {
				throw new BoardPackException(
						key + " is being produced by another boardpack run on the same history "
								+ "database at this moment; this run stops and leaves it to that one",
						ExitCode.RUNNING, ex);
			}
			throw ex;
		}
	}

	/** A period's lock, held until closed. */
	static final class Held implements AutoCloseable {

		private final Connection connection;

		private Held(Connection connection) {
			this.connection = connection;
		}

		@Override
		public void close() throws SQLException {
			try {
				this.connection.rollback();
			}
			finally {
				this.connection.close();
			}
		}

	}

}
