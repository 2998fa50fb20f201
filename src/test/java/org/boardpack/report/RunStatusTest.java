package org.boardpack.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.boardpack.input.CaseReferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OUTPUT/status.json as a monitoring tool reads it, and as personal data must never reach
 * it.
 */
class RunStatusTest {

	@TempDir
	Path output;

	@Test
	void aCaseReferenceInTheMessageTheFolderOrAFileIsMasked() throws Exception {
		CaseReferences.use("NMB-\\d{6}");
		try {
			new RunStatus("Northmoor", "2021-01", RunStatus.Outcome.FAILED, 3, "/in/NMB-123456 audits.csv: not found",
					0, Path.of("/out/NMB-222222/2021-01"), List.of("NMB-333333.pdf"), null,
					Instant.parse("2021-02-01T06:00:00Z"))
				.write(this.output);
		}
		finally {
			CaseReferences.use(null);
		}
		String json = Files.readString(this.output.resolve(RunStatus.FILE_NAME), StandardCharsets.UTF_8);
		assertThat(json)
			.contains("\"message\": \"/in/[case reference] audits.csv: not found\",",
					"\"folder\": \"/out/[case reference]/2021-01\",", "\"files\": [\"[case reference].pdf\"],",
					"\"exitCode\": 3,", "\"finishedAt\": \"2021-02-01T06:00:00Z\"")
			.doesNotContain("NMB-");
	}

}
