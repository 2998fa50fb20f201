package org.boardpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.BoardpackApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The performance measures loaded by the real job, as an analyst runs it: from seeds/
 * with the other samples, from a file named with --kpis, or left out when the run names
 * other inputs but not this one.
 */
@ExtendWith(OutputCaptureExtension.class)
class MeasuresJobTests {

	private static final String HEADER = "period,kpi_id,measure,domain,value,numerator,denominator,unit,polarity,"
			+ "target,target_low,target_high,tolerance,stat_neighbours,england,benchmark_year,owner,commentary,"
			+ "action_refs\n";

	@TempDir
	Path dir;

	@Test
	void theSampleMeasuresAreLoadedAndShownOnTheScorecardAndTheMeasuresSheet(CapturedOutput output) throws Exception {
		Path out = this.dir.resolve("out");
		assertThat(BoardpackApplication.run("--output=" + out)).isZero();
		// seeds/kpis.csv: 21 measures over 13 months (267 rows, some months missing)
		assertThat(output.getOut()).contains("seeds/kpis.csv: 267 rows read = 267 loaded + 0 rejected");

		// FD-MASH24 in January 2021: 457 of 476 decisions within 24 hours = 96.0%, target
		// 95%
		// (higher is better): Green.
		Row mash = measureRow(out.resolve("2021-01/tracker-2021-01.xlsx"), "2021-01", "FD-MASH24");
		DataFormatter cells = new DataFormatter();
		assertThat(cells.formatCellValue(mash.getCell(4))).isEqualTo("96");
		assertThat(cells.formatCellValue(mash.getCell(6))).isEqualTo("457");
		assertThat(cells.formatCellValue(mash.getCell(7))).isEqualTo("476");

		String pack = text(out.resolve("2021-01/board-pack-2021-01.pdf"));
		assertThat(pack).contains("Performance scorecard")
			.contains("MASH decisions made within 24 hours")
			.contains("457 of 476")
			.doesNotContain("No performance measures were loaded");
	}

	@Test
	void aNamedMeasuresFileIsReconciledItsBadRowRejectedWithItsLineAndALaterMonthCountedNotShown(CapturedOutput output)
			throws Exception {
		Path kpis = Files.writeString(this.dir.resolve("kpis.csv"), HEADER
				+ "2021-01,FD-MASH24,MASH decisions made within 24 hours,Front door,,457,476,%,higher,95,,,5,,,,,,\n"
				+ "2021-01,FD-CONV,Contacts leading to a referral,Front door,23,,,%,sideways,,,,,,,,,,\n"
				+ "2021-02,FD-MASH24,MASH decisions made within 24 hours,Front door,,470,480,%,higher,95,,,5,,,,,,\n",
				StandardCharsets.UTF_8);
		Path out = this.dir.resolve("out");
		assertThat(BoardpackApplication.run("--actions=seeds/actions.csv", "--kpis=" + kpis, "--output=" + out))
			.isZero();

		assertThat(output.getOut()).contains(kpis + ": 3 rows read = 2 loaded + 1 rejected");
		String rejects = Files.readString(out.resolve("2021-01/rejects-2021-01.csv"), StandardCharsets.UTF_8);
		assertThat(rejects).contains(kpis + ",3,").contains("polarity").contains("sideways");
		// the February figure is valid but after the period: counted, not on the sheet
		assertThat(measureRow(out.resolve("2021-01/tracker-2021-01.xlsx"), "2021-02", "FD-MASH24")).isNull();
		// 457 / 476 = 96.0% worked out from the counts, the value cell being blank
		Row mash = measureRow(out.resolve("2021-01/tracker-2021-01.xlsx"), "2021-01", "FD-MASH24");
		assertThat(new DataFormatter().formatCellValue(mash.getCell(4))).isEqualTo("96");
		assertThat(Files.readString(out.resolve("2021-01/manifest-2021-01.json")))
			.contains("{\"input\": \"kpis\", \"supplied\": true");
		// the case audits were not named: left out, and said
		assertThat(text(out.resolve("2021-01/board-pack-2021-01.pdf")))
			.contains("Case audits: no file was given for this run");
	}

	@Test
	void aRunThatNamesOtherInputsButNotTheMeasuresLeavesTheScorecardOutAndSaysSo(CapturedOutput output)
			throws Exception {
		Path out = this.dir.resolve("out");
		assertThat(
				BoardpackApplication.run("--actions=seeds/actions.csv", "--audits=seeds/audits.csv", "--output=" + out))
			.isZero();
		assertThat(output.getOut()).doesNotContain("seeds/kpis.csv");
		String pack = text(out.resolve("2021-01/board-pack-2021-01.pdf"));
		assertThat(pack).contains("Performance measures: no file was given for this run")
			.doesNotContain("MASH decisions made within 24 hours");
		try (InputStream in = Files.newInputStream(out.resolve("2021-01/tracker-2021-01.xlsx"));
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			assertThat(workbook.getSheet("Measures")).isNull();
		}
	}

	/** The Measures sheet's row for a measure and month; null when there is none. */
	private static Row measureRow(Path tracker, String month, String kpiId) throws IOException {
		try (InputStream in = Files.newInputStream(tracker); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheet("Measures");
			DataFormatter cells = new DataFormatter();
			for (Row row : sheet) {
				if (month.equals(cells.formatCellValue(row.getCell(0)))
						&& kpiId.equals(cells.formatCellValue(row.getCell(1)))) {
					return row;
				}
			}
			return null;
		}
	}

	private static String text(Path pdf) throws Exception {
		return BoardPackJobTests.pdfText(pdf).replaceAll("\\s+", " ");
	}

}
