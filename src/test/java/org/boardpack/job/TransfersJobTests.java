package org.boardpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.BoardpackApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The case transfers loaded by the real job, as an analyst runs it: from seeds/ with the
 * other samples, from a file named with --transfers, or left out when the run names other
 * inputs but not this one. No child's reference reaches an output.
 */
@ExtendWith(OutputCaptureExtension.class)
class TransfersJobTests {

	private static final String HEADER = "transfer_id,child_ref,from_team,to_team,requested_date,transferred_date,"
			+ "status,reason,reviewed_date\n";

	private static final Pattern CHILD_REF = Pattern.compile("NMB-\\d{6}");

	@TempDir
	Path dir;

	@Test
	void theSampleTransfersAreReconciledAndTheirTwoBadRowsRejectedWithoutNamingAChild(CapturedOutput output)
			throws Exception {
		Path out = this.dir.resolve("out");
		assertThat(BoardpackApplication.run("--output=" + out)).isZero();
		// seeds/transfers.csv: 481 transfers, two typed wrong (seeds/README.md)
		assertThat(output.getOut()).contains("seeds/transfers.csv: 481 rows read = 479 loaded + 2 rejected");
		String rejects = Files.readString(out.resolve("2021-01/rejects-2021-01.csv"), StandardCharsets.UTF_8);
		assertThat(rejects).contains("seeds/transfers.csv,152,TR-2020-0151,transferred_date")
			.contains("seeds/transfers.csv,301,TR-2020-0300,to_team");
		Set<String> children = childRefs(Path.of("seeds/transfers.csv"));
		assertThat(children).hasSizeGreaterThan(400);
		String everything = output.getAll() + rejects
				+ Files.readString(out.resolve("2021-01/manifest-2021-01.json"), StandardCharsets.UTF_8)
				+ BoardPackJobTests.pdfText(out.resolve("2021-01/board-pack-2021-01.pdf"));
		assertThat(children).noneMatch(everything::contains);

		// January 2021, worked out from the seed (seeds/README.md): 44 of the 47
		// completed within their route's standard; 8 overdue of 25 pending, 4 of them
		// not reviewed in January; 8 children moved twice
		String pack = BoardPackJobTests.pdfText(out.resolve("2021-01/board-pack-2021-01.pdf")).replaceAll("\\s+", " ");
		assertThat(pack)
			.contains("Case transfers: 44 of 47 (93.6%) completed in January 2021 were within their standard; the "
					+ "median wait was 3 working days, and 90% waited 9 or fewer.")
			.contains("25 transfers were pending at 31 January, 8 of them overdue against the standard; 4 of the "
					+ "overdue were not reviewed by the assistant director this month.")
			.contains("8 children were moved between teams two or more times in the twelve months to 31 January.")
			.contains("Challenge why 4 overdue case transfers were not reviewed by the assistant director this month.")
			// the drift page: route by route, and the overdue by transfer id
			// (TR-2021-0006 was
			// reviewed, so it is on the page's list, not in the matter)
			.contains("Drift between teams")
			.contains("Route by route, January 2021")
			.contains("TR-2021-0006");

		// the tracker's Transfers sheet: Duty to Assessment in January, 20 completed, 19
		// within 5 working days, median 3, 90th percentile 5; 6 pending, 2 overdue, 1
		// returned; TR-2020-0356 overdue 47 working days, not reviewed
		try (InputStream in = Files.newInputStream(out.resolve("2021-01/tracker-2021-01.xlsx"));
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheet("Transfers");
			assertThat(workbook.getSheetIndex(sheet)).isEqualTo(workbook.getSheetIndex("Measures") + 1);
			assertThat(cells(row(sheet, "Duty to Assessment"))).containsExactly("Route measures", "Duty to Assessment",
					"", "5", "20", "19", "95", "3", "5", "6", "2", "1", "", "");
			assertThat(cells(row(sheet, "All routes")).subList(4, 12)).containsExactly("47", "44", "93.6", "3", "9",
					"25", "8", "4");
			assertThat(cells(row(sheet, "TR-2020-0356"))).containsExactly("Overdue transfer", "Duty to Assessment",
					"TR-2020-0356", "5", "", "", "", "", "", "", "", "", "47", "No");
			assertThat(((XSSFSheet) sheet).getTables()).extracting((t) -> t.getName()).containsExactly("Transfers");
		}
	}

	@Test
	void aNamedTransfersFileIsReconciledAndALaterRequestCountedNotStored(CapturedOutput output) throws Exception {
		Path transfers = Files.writeString(this.dir.resolve("transfers.csv"),
				HEADER + "TR-1,NMB-400001,Duty,Assessment,04/01/2021,05/01/2021,,,\n"
						+ "TR-2,NMB-400002,Duty,Assessment,04/01/2021,,Moved,,\n"
						+ "TR-1,NMB-400003,Duty,Early Help,04/01/2021,,,,\n"
						+ "TR-3,NMB-400004,Duty,Assessment,01/02/2021,,,,\n",
				StandardCharsets.UTF_8);
		Path out = this.dir.resolve("out");
		assertThat(
				BoardpackApplication.run("--actions=seeds/actions.csv", "--transfers=" + transfers, "--output=" + out))
			.isZero();
		assertThat(output.getOut()).contains(transfers + ": 4 rows read = 2 loaded + 2 rejected");
		String rejects = Files.readString(out.resolve("2021-01/rejects-2021-01.csv"), StandardCharsets.UTF_8);
		assertThat(rejects).contains(transfers + ",3,TR-2,status").contains("Moved").contains(transfers + ",4,TR-1,");
		assertThat(Files.readString(out.resolve("2021-01/manifest-2021-01.json")))
			.contains("{\"input\": \"transfers\", \"supplied\": true");
		assertThat(output.getAll() + rejects).doesNotContain("NMB-40000");
		// the other inputs were named: left out, and said
		assertThat(BoardPackJobTests.pdfText(out.resolve("2021-01/board-pack-2021-01.pdf")).replaceAll("\\s+", " "))
			.contains("Case transfers: 1 of 1 (100%) completed in January 2021 were within their standard; the median "
					+ "wait was 1 working day");
	}

	@Test
	void aRunThatNamesOtherInputsButNotTheTransfersLeavesThemOutAndSaysSo(CapturedOutput output) throws Exception {
		Path out = this.dir.resolve("out");
		assertThat(BoardpackApplication.run("--actions=seeds/actions.csv", "--output=" + out)).isZero();
		assertThat(output.getOut()).doesNotContain("seeds/transfers.csv");
		assertThat(BoardPackJobTests.pdfText(out.resolve("2021-01/board-pack-2021-01.pdf")).replaceAll("\\s+", " "))
			.contains("Case transfers: no file was given for this run, so they are left out of this pack.")
			.doesNotContain("were within their standard");
		try (InputStream in = Files.newInputStream(out.resolve("2021-01/tracker-2021-01.xlsx"));
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			assertThat(workbook.getSheet("Transfers")).isNull();
		}
	}

	/** The first row with the text in its route or transfer id column. */
	private static Row row(Sheet sheet, String text) {
		DataFormatter cells = new DataFormatter();
		for (Row row : sheet) {
			if (text.equals(cells.formatCellValue(row.getCell(1)))
					|| text.equals(cells.formatCellValue(row.getCell(2)))) {
				return row;
			}
		}
		throw new AssertionError("no row " + text);
	}

	private static List<String> cells(Row row) {
		DataFormatter format = new DataFormatter();
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < 14; i++) {
			cells.add(format.formatCellValue(row.getCell(i)));
		}
		return cells;
	}

	private static Set<String> childRefs(Path file) throws Exception {
		Set<String> refs = new TreeSet<>();
		Matcher matcher = CHILD_REF.matcher(Files.readString(file, StandardCharsets.UTF_8));
		while (matcher.find()) {
			refs.add(matcher.group());
		}
		return refs;
	}

}
