package org.boardpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.boardpack.BoardpackApplication;
import org.boardpack.input.InputFile;
import org.boardpack.report.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * --history lists what the history database holds, as a council builds it month by month:
 * November and December from seeds/history (the plan only), January from every seed file,
 * and a February whose plan could not be read. The rows are the seed files' as counted by
 * hand (seeds/README.md): 51 actions in November and December, 52 in January; 355 audits
 * with 2 bad, 267 measures, 481 transfers with 2 bad, 85 workforce rows with 1 bad.
 */
@ExtendWith(OutputCaptureExtension.class)
class HistoryListingTests {

	private static final Pattern PRODUCED = Pattern.compile("produced (\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d)");

	@TempDir
	Path dir;

	@Test
	void listsEveryMonthOldestFirstWithItsOutcomeBaselineAndFiles(CapturedOutput output) throws Exception {
		Path out = this.dir.resolve("out");
		String database = "History of Northmoor Metropolitan Borough Council in "
				+ out.resolve("history/boardpack.mv.db").toAbsolutePath().normalize();
		assertThat(BoardpackApplication.run("--output=" + out, "--history")).isZero();
		assertThat(output.getOut().lines().toList()).containsExactly(database + ": no month stored yet");

		LocalDateTime start = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);
		assertThat(BoardpackApplication.run("--output=" + out, "--period=2020-11",
				"--actions=seeds/history/actions-2020-11.csv"))
			.isZero();
		assertThat(BoardpackApplication.run("--output=" + out, "--period=2020-12",
				"--actions=seeds/history/actions-2020-12.csv"))
			.isZero();
		assertThat(BoardpackApplication.run("--output=" + out)).isZero();
		Path unreadable = Files.writeString(this.dir.resolve("no-header.csv"), "ref,action\n1.1,Appoint a chair\n");
		assertThat(BoardpackApplication.run("--output=" + out, "--period=2021-02", "--actions=" + unreadable))
			.isEqualTo(3);

		String status = Files.readString(out.resolve(RunStatus.FILE_NAME));
		int from = output.getOut().length();
		assertThat(BoardpackApplication.run("--output=" + out, "--history")).isZero();
		String listing = output.getOut().substring(from);
		// nothing was run: the last run's status stays as it was
		assertThat(out.resolve(RunStatus.FILE_NAME)).hasContent(status);
		Matcher produced = PRODUCED.matcher(listing);
		while (produced.find()) {
			assertThat(LocalDateTime.parse(produced.group(1), DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")))
				.isBetween(start, LocalDateTime.now());
		}
		String leftOut = ": not named for this run, so left out of this pack";
		assertThat(PRODUCED.matcher(listing).replaceAll("produced TIME").lines().toList()).containsExactly(
				database + ": 4 months, oldest first", "2020-11: completed, produced TIME, first month (baseline)",
				"  seeds/history/actions-2020-11.csv: 51 rows read = 51 loaded + 0 rejected; SHA-256 "
						+ sha("seeds/history/actions-2020-11.csv"),
				"  --audits (the case audits)" + leftOut, "  --kpis (the performance measures)" + leftOut,
				"  --transfers (the case transfers)" + leftOut, "  --workforce (the workforce and caseloads)" + leftOut,
				"2020-12: completed, produced TIME, compared with 2020-11",
				"  seeds/history/actions-2020-12.csv: 51 rows read = 51 loaded + 0 rejected; SHA-256 "
						+ sha("seeds/history/actions-2020-12.csv"),
				"  --audits (the case audits)" + leftOut, "  --kpis (the performance measures)" + leftOut,
				"  --transfers (the case transfers)" + leftOut, "  --workforce (the workforce and caseloads)" + leftOut,
				"2021-01: completed, produced TIME, compared with 2020-12",
				"  seeds/actions.csv: 52 rows read = 52 loaded + 0 rejected; SHA-256 " + sha("seeds/actions.csv"),
				"  seeds/audits.csv: 355 rows read = 353 loaded + 2 rejected; SHA-256 " + sha("seeds/audits.csv"),
				"  seeds/kpis.csv: 267 rows read = 267 loaded + 0 rejected; SHA-256 " + sha("seeds/kpis.csv"),
				"  seeds/transfers.csv: 481 rows read = 479 loaded + 2 rejected; SHA-256 " + sha("seeds/transfers.csv"),
				"  seeds/workforce.csv: 85 rows read = 84 loaded + 1 rejected; SHA-256 " + sha("seeds/workforce.csv"),
				"2021-02: failed, never produced");
		assertThat(listing).doesNotContain("boardpack: ").doesNotContain("wrote");
		assertThat(output.getErr().lines().toList()).singleElement().asString().startsWith("boardpack: " + unreadable);

		// its options are checked as a run's are
		assertThat(BoardpackApplication.run("--output=" + out, "--outptu=" + out, "--history")).isEqualTo(2);
		assertThat(output.getErr().lines().toList()).last()
			.isEqualTo("boardpack: unknown option --outptu (see --help)");
	}

	/** The first 12 hex digits of the file's SHA-256. */
	private static String sha(String file) {
		return new InputFile(Path.of(file), null).sha256().substring(0, 12);
	}

}
