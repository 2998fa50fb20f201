package org.boardpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

}
