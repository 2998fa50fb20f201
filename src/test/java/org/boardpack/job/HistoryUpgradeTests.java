package org.boardpack.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;

import org.boardpack.BoardpackApplication;
import org.boardpack.kpi.KpiRepository;
import org.boardpack.kpi.MeasureValue;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
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

	/**
	 * V98 keys the stored measures month first: the months a council's earlier runs
	 * stored are kept, still one per measure per month, and the scorecard reads them
	 * back.
	 */
	@ParameterizedTest
	@EnumSource(HistoryDatabase.class)
	void measuresStoredBeforeTheMonthFirstKeyAreKept(HistoryDatabase database) {
		String url = database.fresh(this.dir);
		DriverManagerDataSource dataSource = new DriverManagerDataSource(url, database.user(), "");
		Supplier<FluentConfiguration> flyway = () -> Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration");
		flyway.get().target("97").load().migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		String insert = """
				INSERT INTO kpi_value (period, value_month, kpi_id, line, measure, kpi_value, numerator, denominator,
					unit, polarity, target, owner, action_refs)
				VALUES ('2021-01', :month, 'CP-VISITS', :line, 'Child protection visits in timescale', :value, :numerator,
					200, 'PERCENT', 'HIGHER', 90, 'Head of Service (Child Protection)', '2.1')""";
		jdbc.sql(insert)
			.param("month", "2020-12")
			.param("line", 7)
			.param("value", 81.5)
			.param("numerator", 163)
			.update();
		jdbc.sql(insert)
			.param("month", "2021-01")
			.param("line", 8)
			.param("value", 84.0)
			.param("numerator", 168)
			.update();

		flyway.get().load().migrate();

		List<MeasureValue> stored = new KpiRepository(jdbc, new JdbcTemplate(dataSource)).stored("2021-01",
				YearMonth.of(2020, 12), YearMonth.of(2021, 1));
		assertThat(stored).extracting(MeasureValue::month, MeasureValue::value, MeasureValue::numerator)
			.containsExactly(tuple(YearMonth.of(2020, 12), new BigDecimal("81.5"), new BigDecimal("163")),
					tuple(YearMonth.of(2021, 1), new BigDecimal("84"), new BigDecimal("168")));
		assertThat(stored).allSatisfy((v) -> assertThat(v.actionRefs()).containsExactly("2.1"));
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> jdbc.sql(insert)
			.param("month", "2021-01")
			.param("line", 9)
			.param("value", 1)
			.param("numerator", 2)
			.update());
	}

	private static List<String> columns(JdbcClient jdbc) {
		return jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_name = 'INPUT_FILE'")
			.query(String.class)
			.list();
	}

}
