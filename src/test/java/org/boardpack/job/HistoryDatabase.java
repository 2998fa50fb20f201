package org.boardpack.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.boardpack.template.TemplateLoader;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The history databases the job tests run on: H2 (the default a council starts with) and
 * PostgreSQL (the production one), a real server on loopback. One PostgreSQL server is
 * started per test JVM, when a test first asks for it, and each call of
 * {@link #fresh(Path)} gives a new empty database on it.
 */
enum HistoryDatabase {

	H2 {
		@Override
		String url(Path dir, String name) {
			// as the default history database is opened: a killed run loses no commit
			return "jdbc:h2:file:" + dir.resolve(name).toAbsolutePath() + ";WRITE_DELAY=0";
		}

		@Override
		String user() {
			return "sa";
		}
	},

	POSTGRESQL {
		@Override
		String url(Path dir, String name) {
			EmbeddedPostgres server = Server.INSTANCE;
			try (Connection connection = server.getPostgresDatabase().getConnection()) {
				connection.createStatement().execute("CREATE DATABASE " + name);
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
			return server.getJdbcUrl("postgres", name);
		}

		@Override
		String user() {
			return "postgres";
		}
	};

	private static final AtomicInteger databases = new AtomicInteger();

	/** The JDBC URL of a new, empty database (H2's a file under {@code dir}). */
	String fresh(Path dir) {
		return url(dir, "history_" + databases.incrementAndGet());
	}

	/** The options a council passes to use a new database of this kind. */
	List<String> options(Path dir) {
		return options(fresh(dir));
	}

	/** The options a council passes to use this database. */
	List<String> options(String url) {
		return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + user(),
				"--spring.datasource.password=");
	}

	/**
	 * Points a Spring test's context at a new database of this kind, as the options of
	 * {@link #options(Path)} point a run at one; on PostgreSQL in the schema of
	 * Northmoor's history.
	 */
	void register(DynamicPropertyRegistry registry) throws IOException {
		String url = fresh(Files.createTempDirectory("boardpack-history"));
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", this::user);
		registry.add("spring.datasource.password", () -> "");
		if (this == POSTGRESQL) {
			registry.add("spring.datasource.hikari.schema",
					() -> TemplateLoader.load(JobTestSupport.TEMPLATE).historySchema());
		}
	}

	/**
	 * A connection to this database, to read back what a run stored; on PostgreSQL in the
	 * schema of Northmoor's history, the template the tests run with.
	 */
	Connection connect(String url) throws SQLException {
		Connection connection = DriverManager.getConnection(url, user(), "");
		if (this == POSTGRESQL) {
			connection.setSchema(TemplateLoader.load(JobTestSupport.TEMPLATE).historySchema());
		}
		return connection;
	}

	abstract String url(Path dir, String name);

	/** The user the tests connect as (each server trusts loopback). */
	abstract String user();

	/**
	 * The test JVM's PostgreSQL server, started on first use and stopped when the JVM
	 * ends.
	 */
	private static final class Server {

		static final EmbeddedPostgres INSTANCE = start();

		private static EmbeddedPostgres start() {
			try {
				EmbeddedPostgres server = EmbeddedPostgres.builder().start();
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					try {
						server.close();
					}
					catch (IOException ex) {
						// the JVM is ending: the server's folder goes with the temporary
						// files
					}
				}));
				return server;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
