package org.boardpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.BoardpackApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run killed with SIGKILL (what kill -9 and a server losing power do) at different
 * points leaves nothing half-written in the period's folder, and the same command
 * afterwards resumes it and produces exactly the files a run that was never interrupted
 * produces (the reference run's, on H2), on each kind of history database.
 */
@ParameterizedClass
@EnumSource(HistoryDatabase.class)
class CrashRecoveryTests {

	@Parameter
	HistoryDatabase database;

	@TempDir
	static Path dir;

	private static Path audits;

	private static Path reference;

	@BeforeAll
	static void referenceRun() throws IOException {
		audits = BoardpackProcess.manyAudits(dir.resolve("audits.csv"), 60_000);
		reference = dir.resolve("reference");
		assertThat(BoardpackApplication.run(args(List.of(), reference))).isZero();
	}

	/**
	 * Where to kill: while loading (the job has started its audits' load step), while
	 * writing outputs, or while publishing.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "loading", "rendering", "publishing" })
	void aRunKilledPartWayIsResumedToTheSameResult(String moment) throws Exception {
		Path output = dir.resolve(this.database + "-killed-while-" + moment);
		String url = this.database.fresh(dir);
		String[] args = args(this.database.options(url), output);
		Predicate<Path> reached = switch (moment) {
			case "loading" -> (out) -> BoardpackProcess.started(out, "loadAudits");
			case "rendering" -> (out) -> nonEmpty(out.resolve(".partial/2021-01"));
			default -> (out) -> Files.exists(out.resolve("2021-01"));
		};
		Process process = BoardpackProcess.start(output.resolveSibling(output.getFileName() + ".log"), List.of(), args);
		waitFor(reached, output, process);
		process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

		assertNothingHalfWritten(output.resolve("2021-01"));
		assertThat(BoardpackApplication.run(args)).isZero();
		assertTheSameJobInstanceWasRestarted(url);
		for (String name : List.of("board-pack-2021-01.pdf", "tracker-2021-01.xlsx", "rejects-2021-01.csv")) {
			assertThat(output.resolve("2021-01").resolve(name)).as(name)
				.hasSameBinaryContentAs(reference.resolve("2021-01").resolve(name));
		}
		assertThat(output.resolve(".partial/2021-01")).doesNotExist();
	}

	/**
	 * The second run resumed the killed one: two executions of one job instance, the
	 * first left as the kill left it, the second completed.
	 */
	private void assertTheSameJobInstanceWasRestarted(String url) throws SQLException {
		try (Connection history = this.database.connect(url);
				ResultSet executions = history.createStatement()
					.executeQuery(
							"SELECT JOB_INSTANCE_ID, STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID")) {
			List<String> rows = new ArrayList<>();
			while (executions.next()) {
				rows.add(executions.getLong(1) + " " + executions.getString(2));
			}
			assertThat(rows).as("job executions (instance, status)").hasSize(2);
			assertThat(rows.get(0)).isNotEqualTo(rows.get(1)).doesNotEndWith("COMPLETED");
			assertThat(rows.get(1)).isEqualTo(rows.get(0).split(" ")[0] + " COMPLETED");
		}
	}

	private static void waitFor(Predicate<Path> reached, Path output, Process process) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
		while (!reached.test(output)) {
			assertThat(process.isAlive()).as("the run ended before the moment to kill it").isTrue();
			assertThat(System.nanoTime()).as("the moment to kill the run never came").isLessThan(deadline);
			Thread.sleep(1);
		}
	}

	/**
	 * Only whole files in the period's folder: no temporary ones, and any pack or tracker
	 * opens.
	 */
	private static void assertNothingHalfWritten(Path folder) throws Exception {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				assertThat(name).doesNotEndWith(".tmp");
				if (name.endsWith(".pdf")) {
					assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).startsWith("%PDF")
						.contains("%%EOF");
				}
				if (name.endsWith(".xlsx")) {
					// Read-only: a workbook opened from a File is saved back over it when
					// closed.
					OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
					try {
						new XSSFWorkbook(workbook);
					}
					finally {
						workbook.revert();
					}
				}
			}
		}
	}

	private static boolean nonEmpty(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.findAny().isPresent();
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static String[] args(List<String> history, Path output) {
		List<String> args = new ArrayList<>(history);
		args.addAll(List.of("--actions=seeds/actions.csv", "--audits=" + audits, "--output=" + output));
		return args.toArray(String[]::new);
	}

}
