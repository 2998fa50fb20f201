package org.boardpack.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;

import org.boardpack.input.CaseReferences;

/**
 * OUTPUT/status.json: how the last run went, for monitoring tools that watch the folder
 * rather than the scheduler. Replaced whole by each run (written beside it, then moved),
 * so a reader never sees half of one. Unlike the pack it records when it was written.
 *
 * @param authority the authority the run was for; null when the template could not be
 * read
 * @param period the month the run was for; null when it was not known yet
 * @param outcome what happened
 * @param exitCode the process's exit code
 * @param message the headline of a pack produced, or the one line saying what went wrong
 * @param rejected rows rejected across the inputs
 * @param folder the period's folder, when the pack was produced
 * @param files the files in it
 * @param notice whether the e-mail notice went, and to whom
 * @param finishedAt when the run ended
 */
public record RunStatus(String authority, String period, Outcome outcome, int exitCode, String message, long rejected,
		Path folder, List<String> files, String notice, Instant finishedAt) {

	public static final String FILE_NAME = "status.json";

	public RunStatus {
		files = List.copyOf(files);
	}

	/** A run's outcome, as a scheduler or monitoring tool tells them apart. */
	public enum Outcome {

		/** The period's pack was produced. */
		DONE("done"),

		/** The period was already produced from these same files: nothing to do. */
		ALREADY_DONE("already done"),

		/** The month's files are not all there yet: try again later. */
		NOT_READY("not ready"),

		/** Someone needs to act. */
		FAILED("failed");

		private final String word;

		Outcome(String word) {
			this.word = word;
		}

		public String word() {
			return this.word;
		}

	}

	/** The same status with the notice's outcome. */
	public RunStatus withNotice(String notice) {
		return new RunStatus(this.authority, this.period, this.outcome, this.exitCode, this.message, this.rejected,
				this.folder, this.files, notice, this.finishedAt);
	}

	/**
	 * Writes OUTPUT/status.json, replacing the last run's.
	 * @throws IOException when the output folder cannot be written
	 */
	public void write(Path output) throws IOException {
		StringBuilder json = new StringBuilder("{\n");
		field(json, "authority", this.authority);
		field(json, "period", this.period);
		field(json, "outcome", this.outcome.word());
		json.append("  \"exitCode\": ").append(this.exitCode).append(",\n");
		field(json, "message", this.message);
		json.append("  \"rejected\": ").append(this.rejected).append(",\n");
		field(json, "folder", (this.folder != null) ? this.folder.toString() : null);
		json.append("  \"files\": [");
		for (int i = 0; i < this.files.size(); i++) {
			json.append((i == 0) ? "" : ", ").append(Manifest.quote(CaseReferences.mask(this.files.get(i))));
		}
		json.append("],\n");
		field(json, "notice", this.notice);
		json.append("  \"finishedAt\": ").append(Manifest.quote(this.finishedAt.toString())).append("\n}\n");
		Files.createDirectories(output);
		Path written = Files.createTempFile(output, ".status-", ".json");
		try {
			Files.writeString(written, json, StandardCharsets.UTF_8);
			Files.move(written, output.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(written);
		}
	}

	/**
	 * A text field, with any case reference in it masked: a failure's message or the
	 * output folder can quote a path someone named after a child's reference.
	 */
	private static void field(StringBuilder json, String name, String value) {
		json.append("  \"").append(name).append("\": ");
		json.append((value != null) ? Manifest.quote(CaseReferences.mask(value)) : "null").append(",\n");
	}

}
