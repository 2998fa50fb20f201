package org.boardpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.BoardpackApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The workforce and caseload figures loaded by the real job, as an analyst runs it: from
 * seeds/ with the other samples, from a file named with --workforce, or left out when the
 * run names other inputs but not this one.
 */
@ExtendWith(OutputCaptureExtension.class)
class WorkforceJobTests {

	private static final String HEADER = "period,team,case_holding_fte,allocated_cases,unallocated_cases,"
			+ "established_fte,vacant_fte,agency_fte,leavers,supervisions_due,supervisions_on_time\n";

	@TempDir
	Path dir;

	@Test
	void theSampleWorkforceIsLoadedWithItsOneBadRowRejected(CapturedOutput output) throws Exception {
		Path out = this.dir.resolve("out");
		assertThat(BoardpackApplication.run("--output=" + out)).isZero();
		// seeds/workforce.csv: 7 teams over 12 months (84 rows) and a new team with 14
		// cases but no case-holding FTE
		assertThat(output.getOut()).contains("seeds/workforce.csv: 85 rows read = 84 loaded + 1 rejected");
		String rejects = Files.readString(out.resolve("2021-01/rejects-2021-01.csv"), StandardCharsets.UTF_8);
		assertThat(rejects).contains("seeds/workforce.csv,86,")
			.contains("Disabled Children 2021-01")
			.contains("a case-holding FTE of 0 cannot hold 14 allocated cases");
		assertThat(Files.readString(out.resolve("2021-01/manifest-2021-01.json")))
			.contains("{\"input\": \"workforce\", \"supplied\": true");
		// the page, teams over cap first: Permanence 328 / 20 = 16.4 over its 15
		String pack = text(out.resolve("2021-01/board-pack-2021-01.pdf"));
		assertThat(pack).contains("Workforce and caseloads")
			.contains("Permanence 16.4 328 cases, 20 FTE")
			.contains("2 of 7 teams are over their caseload cap")
			.doesNotContain("No workforce figures were given");
		try (InputStream in = Files.newInputStream(out.resolve("2021-01/tracker-2021-01.xlsx"));
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			// 7 teams x 12 months below the title and header rows
			assertThat(workbook.getSheet("Workforce").getLastRowNum()).isEqualTo(84 + 2);
		}
	}

	@Test
	void aNamedWorkforceFileIsReconciledItsBadRowRejectedWithItsLineAndALaterMonthCounted(CapturedOutput output)
			throws Exception {
		Path workforce = Files.writeString(
				this.dir.resolve("workforce.csv"), HEADER + "2021-01,Duty,15,226,11,19,2,4.5,1,17,15\n"
						+ "2021-01,Assessment,52,-4,,,,,,,\n" + "2021-02,Duty,15,230,9,19,2,4.5,0,17,16\n",
				StandardCharsets.UTF_8);
		Path out = this.dir.resolve("out");
		assertThat(
				BoardpackApplication.run("--actions=seeds/actions.csv", "--workforce=" + workforce, "--output=" + out))
			.isZero();
		assertThat(output.getOut()).contains(workforce + ": 3 rows read = 2 loaded + 1 rejected");
		String rejects = Files.readString(out.resolve("2021-01/rejects-2021-01.csv"), StandardCharsets.UTF_8);
		assertThat(rejects).contains(workforce + ",3,").contains("allocated_cases cannot be negative");
	}

	@Test
	void aRunThatNamesOtherInputsButNotTheWorkforceLeavesItOutAndSaysSo(CapturedOutput output) throws Exception {
		Path out = this.dir.resolve("out");
		assertThat(BoardpackApplication.run("--actions=seeds/actions.csv", "--output=" + out)).isZero();
		assertThat(output.getOut()).doesNotContain("seeds/workforce.csv");
		assertThat(Files.readString(out.resolve("2021-01/manifest-2021-01.json")))
			.contains("{\"input\": \"workforce\", \"supplied\": false");
		assertThat(text(out.resolve("2021-01/board-pack-2021-01.pdf")))
			.contains("Workforce and caseloads: no file was given for this run")
			.contains("No workforce figures were given for this run, so the workforce page is left out.");
		try (InputStream in = Files.newInputStream(out.resolve("2021-01/tracker-2021-01.xlsx"));
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			assertThat(workbook.getSheet("Workforce")).isNull();
		}
	}

	private static String text(Path pdf) throws Exception {
		return BoardPackJobTests.pdfText(pdf).replaceAll("\\s+", " ");
	}

}
