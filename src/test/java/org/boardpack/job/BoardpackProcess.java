package org.boardpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.boardpack.BoardpackApplication;

/**
 * boardpack started in a JVM of its own, as a scheduler starts it, for tests that run two
 * at once or kill one.
 */
final class BoardpackProcess {

	private BoardpackProcess() {
	}

	/** Starts boardpack with these options, its console going to {@code log}. */
	static Process start(Path log, List<String> jvmOptions, String... args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(BoardpackApplication.class.getName());
		command.addAll(List.of(args));
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	/**
	 * The sample's audits repeated under new ids, so loading takes long enough to be
	 * interrupted.
	 */
	static Path manyAudits(Path file, int rows) throws IOException {
		List<String> sample = Files.readAllLines(JobTestSupport.SEED_AUDITS, StandardCharsets.UTF_8);
		try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write(sample.get(0) + "\n");
			for (int i = 0; i < rows; i++) {
				String row = sample.get(1 + i % (sample.size() - 1));
				out.write("X" + i + "-" + row + "\n");
			}
		}
		return file;
	}

	/** Whether the run's log file says it has started the step. */
	static boolean started(Path output, String step) {
		try {
			return Files.readString(output.resolve("boardpack.log")).contains("Executing step: [" + step + "]");
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Pauses the run (SIGSTOP) once it has started loading the audits, before it could
	 * finish: a run still alive, only slow, while another starts.
	 */
	static void pauseWhileLoading(Process process, Path out, String period) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
		while (!started(out, "loadAudits")) {
			assertThat(process.isAlive()).as("the first run ended before it loaded").isTrue();
			assertThat(System.nanoTime()).as("the first run never started loading").isLessThan(deadline);
			Thread.sleep(5);
		}
		signal(process, "STOP");
		assertThat(process.isAlive()).isTrue();
		assertThat(out.resolve(period + "/manifest-" + period + ".json"))
			.as("the first run finished before it was paused")
			.doesNotExist();
	}

	/** Sends the process a signal: STOP to pause it, CONT to let it go on. */
	static void signal(Process process, String signal) throws Exception {
		assertThat(new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).start().waitFor()).isZero();
	}

}
