package org.boardpack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * An output folder that cannot be written (a read-only mount, a full disk) gives one line
 * naming the folder and the cause and a non-zero exit, at the start or part way through
 * the run, never a page of logging errors. As root (CI) the folder is a real read-only
 * bind mount or a small tmpfs; otherwise permissions stand in for read-only.
 */
@ExtendWith(OutputCaptureExtension.class)
class OutputFolderFaultTests {

	@TempDir
	Path dir;

	private final List<Path> mounts = new ArrayList<>();

	@AfterEach
	void unmount() throws Exception {
		for (Path mount : this.mounts) {
			// lazily: logback may still hold the log file open there
			command("umount", "-l", mount.toString());
		}
	}

	@Test
	void aReadOnlyOutputFolderIsOneLine(CapturedOutput output) throws Exception {
		Path out = Files.createDirectories(this.dir.resolve("out"));
		String cause;
		if (isRoot()) {
			mount(out, "--bind", "-o", "ro", out.toString());
			cause = "read-only file system";
		}
		else {
			Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
			cause = "permission denied";
		}
		assertThat(BoardpackApplication.run("--output=" + out)).isEqualTo(1);
		assertOneLine(output, "boardpack: cannot write in the output folder " + out + ": " + cause);
	}

	@Test
	void aFullOutputFolderIsOneLine(CapturedOutput output) throws Exception {
		Path out = Files.createDirectories(this.dir.resolve("out"));
		mount(out, "-t", "tmpfs", "-o", "size=64k", "tmpfs");
		fill(out.resolve("filler"));
		assertThat(BoardpackApplication.run("--output=" + out)).isEqualTo(1);
		assertOneLine(output, "boardpack: cannot write in the output folder " + out + ": no space left on device");
	}

	@Test
	void anOutputFolderThatFillsUpDuringTheRunIsOneLine(CapturedOutput output) throws Exception {
		Path out = Files.createDirectories(this.dir.resolve("out"));
		// room for the log and the partial folder, not for the pack and the tracker
		mount(out, "-t", "tmpfs", "-o", "size=96k", "tmpfs");
		String history = "--spring.datasource.url=jdbc:h2:file:" + this.dir.resolve("history/boardpack");
		assertThat(BoardpackApplication.run(history, "--output=" + out)).isEqualTo(1);
		assertOneLine(output, "boardpack: cannot write in the output folder " + out + ": no space left on device; "
				+ "once it can be written, run the same command again to resume the run");
		assertThat(out.resolve("2021-01")).doesNotExist();
	}

	private static void assertOneLine(CapturedOutput output, String line) {
		assertThat(output.getErr().lines().toList()).containsExactly(line);
		assertThat(output.getAll()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("ERROR");
	}

	private void mount(Path target, String... options) throws Exception {
		Assumptions.assumeTrue(isRoot(), "mounting a folder needs root");
		List<String> mount = new ArrayList<>(List.of("mount"));
		mount.addAll(List.of(options));
		mount.add(target.toString());
		Assumptions.assumeTrue(command(mount.toArray(String[]::new)) == 0, "this machine lets root mount");
		this.mounts.add(target);
	}

	private static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static int command(String... command) throws Exception {
		return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor();
	}

	private static void fill(Path file) {
		try (OutputStream out = Files.newOutputStream(file)) {
			byte[] block = new byte[4096];
			while (true) {
				out.write(block);
			}
		}
		catch (IOException full) {
			// the disk is full
		}
	}

}
