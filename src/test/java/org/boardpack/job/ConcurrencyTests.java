package org.boardpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.boardpack.BoardpackApplication;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Two runs at once on one server database (an H2 TCP server on loopback): a run that is
 * alive is never taken for a killed one, and runs of different periods both finish. The
 * first run is paused (SIGSTOP) while it is producing, so the second always starts in the
 * middle of it: a live run that is slow, not a killed one. The same on PostgreSQL, a new
 * database for each test.
 */
@ParameterizedClass
@EnumSource(HistoryDatabase.class)
@ExtendWith(OutputCaptureExtension.class)
class ConcurrencyTests {

	@Parameter
	HistoryDatabase database;

	@TempDir
	static Path dir;

	private static Path audits;

	private static Server server;

	@BeforeAll
	static void startDatabaseServer() throws Exception {
		// enough rows that the first run is still at work when it is paused
		audits = BoardpackProcess.manyAudits(dir.resolve("audits.csv"), 20_000);
		server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-baseDir", dir.toString()).start();
	}

	@AfterAll
	static void stopDatabaseServer() {
		server.stop();
	}

	@Test
	void aSecondRunOfTheSamePeriodSaysAnotherRunIsProducingItAndLeavesItAlone(CapturedOutput output) throws Exception {
		Path out = dir.resolve(this.database + "-same");
		String[] history = history(out);
		Process first = BoardpackProcess.start(log(out), List.of(),
				with(history, "--actions=seeds/actions.csv", "--audits=" + audits, "--output=" + out));
		BoardpackProcess.pauseWhileLoading(first, out, "2021-01");

		assertThat(BoardpackApplication
			.run(with(history, "--actions=seeds/actions.csv", "--audits=" + audits, "--output=" + out))).isEqualTo(6);
		BoardpackProcess.signal(first, "CONT");
		assertThat(output.getErr().lines().toList()).containsExactly("boardpack: 2021-01 is being produced by "
				+ "another boardpack run on the same history database at this moment; this run stops and leaves it "
				+ "to that one");
		assertThat(output.getOut()).doesNotContain("Resuming");

		assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(first.exitValue()).as(Files.readString(log(out))).isZero();
		assertThat(out.resolve("2021-01")).isDirectoryContaining("glob:**/board-pack-2021-01.pdf")
			.isDirectoryContaining("glob:**/tracker-2021-01.xlsx");
	}

	@Test
	void runsOfDifferentPeriodsOnOneDatabaseBothFinish() throws Exception {
		Path out = dir.resolve(this.database + "-different");
		String[] history = history(out);
		Process december = BoardpackProcess.start(log(out), List.of(), with(history, "--period=2020-12",
				"--actions=seeds/history/actions-2020-12.csv", "--audits=" + audits, "--output=" + out));
		BoardpackProcess.pauseWhileLoading(december, out, "2020-12");

		assertThat(BoardpackApplication.run(with(history, "--output=" + out))).isZero();
		BoardpackProcess.signal(december, "CONT");
		assertThat(december.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(december.exitValue()).as(Files.readString(log(out))).isZero();
		assertThat(out.resolve("2020-12")).isDirectoryContaining("glob:**/board-pack-2020-12.pdf");
		assertThat(out.resolve("2021-01")).isDirectoryContaining("glob:**/board-pack-2021-01.pdf");
	}

	/** A new database both runs reach as a server: H2's through its TCP server. */
	private String[] history(Path out) {
		String url = (this.database == HistoryDatabase.H2)
				? "jdbc:h2:tcp://localhost:" + server.getPort() + "/" + out.getFileName().resolve("history")
				: this.database.fresh(dir);
		return this.database.options(url).toArray(String[]::new);
	}

	private static String[] with(String[] history, String... args) {
		return Stream.concat(Stream.of(history), Stream.of(args)).toArray(String[]::new);
	}

	private static Path log(Path out) {
		return out.resolveSibling(out.getFileName() + ".log");
	}

}
