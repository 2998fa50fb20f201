package org.boardpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.boardpack.BoardpackApplication;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A history database a council made with an earlier release, whose schema stops at an
 * earlier migration, is brought up to date by the next run, which then runs as usual.
 */
class HistoryUpgradeTests {

	@TempDir
	Path dir;

	@Test
	void aDatabaseOfAnEarlierReleaseIsMigratedAndTheRunCompletes() {
		String url = "jdbc:h2:file:" + this.dir.resolve("history/boardpack");
		DriverManagerDataSource dataSource = new DriverManagerDataSource(url, "sa", "");
		// The schema as the release before the input declaration left it: V70 and below.
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration", "classpath:db/batch/h2")
			.target("70")
			.load()
			.migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		assertThat(columns(jdbc)).doesNotContain("SUPPLIED");

		assertThat(BoardpackApplication.run("--spring.datasource.url=" + url, "--output=" + this.dir.resolve("out")))
			.isZero();

		assertThat(columns(jdbc)).contains("SUPPLIED");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM input_file WHERE period = '2021-01' AND supplied")
			.query(Long.class)
			.single()).isEqualTo(5);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\"")
			.query(Long.class)
			.single()).isZero();
	}

	private static List<String> columns(JdbcClient jdbc) {
		return jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_name = 'INPUT_FILE'")
			.query(String.class)
			.list();
	}

}
