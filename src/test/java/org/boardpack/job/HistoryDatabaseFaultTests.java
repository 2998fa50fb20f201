package org.boardpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.boardpack.BoardpackApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The history database, which a council keeps for years, lost or damaged: never taken for
 * a first month, and named in one line that says what to do.
 */
@ExtendWith(OutputCaptureExtension.class)
class HistoryDatabaseFaultTests {

	@TempDir
	Path dir;

	@Test
	void anEmptiedDatabaseIsRefusedUntilANewHistoryIsAskedFor(CapturedOutput output) throws IOException {
		Path out = this.dir.resolve("out");
		assertThat(BoardpackApplication.run("--output=" + out)).isZero();
		Path pack = out.resolve("2021-01/board-pack-2021-01.pdf");
		byte[] before = Files.readAllBytes(pack);
		Path database = out.resolve("history/boardpack.mv.db").toAbsolutePath().normalize();
		Files.write(database, new byte[0]);

		int errBefore = output.getErr().length();
		assertThat(BoardpackApplication.run("--output=" + out)).isEqualTo(7);
		assertThat(output.getErr().substring(errBefore).lines().toList()).containsExactly("boardpack: the history "
				+ "database " + database + " holds no record of 2021-01, whose outputs are in " + out
				+ ": it may have been lost or replaced. Restore it from a backup and run again, or run with "
				+ "--new-history to start a new history (the outputs already made are kept)");
		assertThat(pack).hasBinaryContent(before);

		assertThat(BoardpackApplication.run("--output=" + out, "--new-history")).isZero();
		assertThat(BoardpackApplication.run("--output=" + out)).isZero();
	}

	@Test
	void aDamagedDatabaseIsNamedInOneLine(CapturedOutput output) throws IOException {
		Path out = this.dir.resolve("out");
		Path database = Files.createDirectories(out.resolve("history")).resolve("boardpack.mv.db");
		byte[] noise = new byte[20_000];
		new Random(7).nextBytes(noise);
		Files.write(database, noise);

		assertThat(BoardpackApplication.run("--output=" + out)).isEqualTo(1);
		assertThat(output.getErr().lines().toList()).singleElement()
			.asString()
			.startsWith("boardpack: the history database is damaged (")
			.contains(database.toAbsolutePath().normalize().toString())
			.endsWith("restore it from a backup, or move it aside to start a new history, and run again");
	}

	@Test
	void aRowTheDatabaseRefusesIsNamedInOneLineThatNeverSaysResume(CapturedOutput output) throws Exception {
		// a council's DBA has made refs unique whatever their accents, a rule boardpack
		// does not know: the database, not the validator, refuses 1.1é beside 1.1e
		HistoryDatabase postgres = HistoryDatabase.POSTGRESQL;
		String url = postgres.fresh(this.dir);
		Path out = this.dir.resolve("out");
		List<String> options = new ArrayList<>(postgres.options(url));
		options.addAll(List.of("--output=" + out, "--actions=seeds/actions.csv"));
		assertThat(BoardpackApplication.run(options.toArray(String[]::new))).isZero();
		try (Connection db = postgres.connect(url)) {
			db.createStatement()
				.execute(
						"CREATE UNIQUE INDEX refs_whatever_their_accents ON plan_action (period, translate(ref, 'é', 'e'))");
		}
		List<String> plan = new ArrayList<>(Files.readAllLines(Path.of("seeds/actions.csv")));
		plan.set(1, plan.get(1).replaceFirst("^1\\.1,", "1.1e,"));
		plan.add(plan.get(1).replaceFirst("^1\\.1e,", "1.1é,"));
		Path actions = Files.write(this.dir.resolve("actions.csv"), plan);
		options.set(options.size() - 1, "--actions=" + actions);
		options.add("--rerun");

		for (int attempt = 1; attempt <= 2; attempt++) {
			int errBefore = output.getErr().length();
			assertThat(BoardpackApplication.run(options.toArray(String[]::new))).isEqualTo(3);
			// the seed plan's 52 rows are lines 2 to 57 (some cells hold line breaks);
			// the
			// row added is line 58; all are stored as one chunk
			assertThat(output.getErr().substring(errBefore).lines().toList())
				.containsExactly("boardpack: actions: a row between lines 2 and 58 could not be stored: its ref is "
						+ "already stored for this period; correct it and run again");
		}
		// the second attempt resumes the failed run, and fails the same way: the line
		// says what to correct, never to run again as it is
		assertThat(output.getErr()).doesNotContainIgnoringCase("resume").doesNotContain("duplicate key");
		assertThat(output.getOut()).doesNotContain("duplicate key");
		assertThat(Files.readString(out.resolve("status.json"))).contains("\"outcome\": \"failed\"", "\"exitCode\": 3");
	}

}
