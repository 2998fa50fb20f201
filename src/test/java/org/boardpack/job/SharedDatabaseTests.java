package org.boardpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.boardpack.BoardpackApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Two authorities keep their histories in one PostgreSQL database, each in its template's
 * schema, and produce the same month at the same time: Northmoor's run is paused while it
 * loads, Southdale's runs to the end meanwhile, a second Northmoor run is still turned
 * away, and each authority's months, runs and locks stay in its own schema.
 */
@ExtendWith(OutputCaptureExtension.class)
class SharedDatabaseTests {

	@TempDir
	Path dir;

	@Test
	void twoAuthoritiesProduceTheSameMonthAtOnceEachWithItsOwnHistory(CapturedOutput output) throws Exception {
		String url = HistoryDatabase.POSTGRESQL.fresh(this.dir);
		List<String> database = HistoryDatabase.POSTGRESQL.options(url);
		// a copy of Northmoor's template for another council, its schema from its name
		String northmoorTemplate = Files.readString(JobTestSupport.TEMPLATE, StandardCharsets.UTF_8);
		assertThat(northmoorTemplate).contains("\nhistory-schema: northmoor\n");
		Path southdale = Files.writeString(this.dir.resolve("southdale.yml"),
				northmoorTemplate
					.replace("authority: Northmoor Metropolitan Borough Council", "authority: Southdale City Council")
					.replace("\nhistory-schema: northmoor\n", "\n"));
		Path northmoorOut = this.dir.resolve("northmoor");
		Path southdaleOut = this.dir.resolve("southdale");
		Path audits = BoardpackProcess.manyAudits(this.dir.resolve("audits.csv"), 20_000);
		// Southdale's board met in December; Northmoor's January is its first month
		assertThat(BoardpackApplication.run(with(database, "--template=" + southdale, "--period=2020-12",
				"--actions=seeds/history/actions-2020-12.csv", "--output=" + southdaleOut)))
			.isZero();

		String[] northmoorJanuary = with(database, "--actions=seeds/actions.csv", "--audits=" + audits,
				"--output=" + northmoorOut);
		Path log = this.dir.resolve("northmoor.log");
		Process northmoor = BoardpackProcess.start(log, List.of(), northmoorJanuary);
		BoardpackProcess.pauseWhileLoading(northmoor, northmoorOut, "2021-01");
		try {
			assertThat(BoardpackApplication.run(with(database, "--template=" + southdale, "--output=" + southdaleOut)))
				.isZero();
			assertThat(BoardpackApplication.run(northmoorJanuary)).as("a second run of Northmoor's January")
				.isEqualTo(6);
		}
		finally {
			BoardpackProcess.signal(northmoor, "CONT");
		}
		assertThat(northmoor.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(northmoor.exitValue()).as(Files.readString(log)).isZero();
		assertThat(northmoorOut.resolve("2021-01")).isDirectoryContaining("glob:**/board-pack-2021-01.pdf");
		assertThat(southdaleOut.resolve("2021-01")).isDirectoryContaining("glob:**/board-pack-2021-01.pdf");

		try (Connection connection = HistoryDatabase.POSTGRESQL.connect(url)) {
			JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
			assertThat(periods(jdbc, "northmoor", "period_summary")).containsExactly("2021-01");
			assertThat(periods(jdbc, "southdale_city_council", "period_summary")).containsExactly("2020-12", "2021-01");
			assertThat(periods(jdbc, "northmoor", "run_lock")).containsExactly("2021-01");
			assertThat(periods(jdbc, "southdale_city_council", "run_lock")).containsExactly("2020-12", "2021-01");
			assertThat(jobs(jdbc, "northmoor")).containsExactly("2021-01 COMPLETED");
			assertThat(jobs(jdbc, "southdale_city_council")).containsExactly("2020-12 COMPLETED", "2021-01 COMPLETED");
			assertThat(jdbc
				.sql("SELECT table_schema || ' ' || COUNT(*) FROM information_schema.tables "
						+ "WHERE table_name = 'flyway_schema_history' GROUP BY table_schema ORDER BY table_schema")
				.query(String.class)
				.list()).containsExactly("northmoor 1", "southdale_city_council 1");
			assertThat(jdbc.sql("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'")
				.query(Long.class)
				.single()).as("tables left in public").isZero();
		}
		int from = output.getOut().length();
		assertThat(BoardpackApplication.run(with(database, "--history", "--output=" + northmoorOut))).isZero();
		assertThat(BoardpackApplication
			.run(with(database, "--history", "--template=" + southdale, "--output=" + southdaleOut))).isZero();
		assertThat(output.getOut()
			.substring(from)
			.replaceAll("produced \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d", "produced TIME")
			.lines()
			.filter((line) -> !line.startsWith("  "))
			.toList())
			.containsExactly(
					"History of Northmoor Metropolitan Borough Council in " + url.split("\\?")[0]
							+ " (schema northmoor): 1 month, oldest first",
					"2021-01: completed, produced TIME, first month (baseline)",
					"History of Southdale City Council in " + url.split("\\?")[0]
							+ " (schema southdale_city_council): 2 months, oldest first",
					"2020-12: completed, produced TIME, first month (baseline)",
					"2021-01: completed, produced TIME, compared with 2020-12");
	}

	@Test
	void aSchemaNamePostgreSqlWouldNotTakeStopsTheRunInOneLineAndLeavesTheDatabaseAlone(CapturedOutput output)
			throws Exception {
		String url = HistoryDatabase.POSTGRESQL.fresh(this.dir);
		Path template = Files.writeString(this.dir.resolve("bad.yml"),
				Files.readString(JobTestSupport.TEMPLATE, StandardCharsets.UTF_8)
					.replace("\nhistory-schema: northmoor\n", "\nhistory-schema: North-moor\n"));
		assertThat(BoardpackApplication.run(with(HistoryDatabase.POSTGRESQL.options(url), "--template=" + template,
				"--output=" + this.dir.resolve("out"))))
			.isEqualTo(2);
		assertThat(output.getErr().lines().toList()).containsExactly("boardpack: template " + template
				+ ": 'history-schema' 'North-moor' (the schema of the authority's history in a shared PostgreSQL "
				+ "database; when not given, its name made lower case) must be 1 to 63 lower-case letters, digits "
				+ "and _, not starting with a digit or pg_: set history-schema: in the template");
		try (Connection connection = HistoryDatabase.POSTGRESQL.connect(url)) {
			assertThat(JdbcClient.create(new SingleConnectionDataSource(connection, true))
				.sql("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema NOT IN "
						+ "('pg_catalog', 'information_schema')")
				.query(Long.class)
				.single()).isZero();
		}
	}

	@Test
	void aHistoryKeptInPublicBeforeSchemasIsNotTakenForAFirstMonthAndIsFoundByNamingIt(CapturedOutput output)
			throws Exception {
		String url = HistoryDatabase.POSTGRESQL.fresh(this.dir);
		List<String> database = HistoryDatabase.POSTGRESQL.options(url);
		Path out = this.dir.resolve("out");
		// the tables where a release before schemas made them
		Path inPublic = Files.writeString(this.dir.resolve("public.yml"),
				Files.readString(JobTestSupport.TEMPLATE, StandardCharsets.UTF_8)
					.replace("\nhistory-schema: northmoor\n", "\nhistory-schema: public\n"));
		assertThat(BoardpackApplication.run(with(database, "--template=" + inPublic, "--output=" + out))).isZero();

		assertThat(BoardpackApplication.run(with(database, "--output=" + out))).isEqualTo(7);
		assertThat(output.getErr().lines().toList()).containsExactly("boardpack: the history database "
				+ url.split("\\?")[0] + " (schema northmoor) holds no record of 2021-01, whose outputs are in " + out
				+ ": it may have been lost or replaced. Restore it from a backup and run again, or run with "
				+ "--new-history to start a new history (the outputs already made are kept)");
		assertThat(BoardpackApplication.run(with(database, "--template=" + inPublic, "--output=" + out))).isZero();
		assertThat(output.getOut()).contains("2021-01 was already produced from these same inputs");
	}

	private static List<String> periods(JdbcClient jdbc, String schema, String table) {
		return jdbc.sql("SELECT period FROM " + schema + "." + table + " ORDER BY period").query(String.class).list();
	}

	/** Each job execution's period and status, oldest first. */
	private static List<String> jobs(JdbcClient jdbc, String schema) {
		return jdbc
			.sql("SELECT p.parameter_value || ' ' || e.status FROM " + schema + ".batch_job_execution e JOIN " + schema
					+ ".batch_job_execution_params p ON p.job_execution_id = e.job_execution_id "
					+ "AND p.parameter_name = 'period' ORDER BY e.job_execution_id")
			.query(String.class)
			.list();
	}

	private static String[] with(List<String> database, String... args) {
		return Stream.concat(database.stream(), Stream.of(args)).toArray(String[]::new);
	}

}
