package org.boardpack.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boardpack.job.JobTestSupport.SEED_ACTIONS;
import static org.boardpack.job.JobTestSupport.SEED_AUDITS;
import static org.boardpack.job.JobTestSupport.options;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.input.OfficeFiles;
import org.boardpack.rejects.MutatedRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The real job on files as officers send them: saved by a European Excel (semicolons,
 * Windows-1252), with an optional cell that cannot be read, with US dates, and with
 * personal data in the wrong place.
 */
@SpringBatchTest
@SpringBootTest(properties = { "boardpack.run-on-startup=false",
		"spring.datasource.url=jdbc:h2:mem:officers-files;DB_CLOSE_DELAY=-1",
		"logging.file.name=" + OfficersFilesJobTests.LOG_FILE })
@ExtendWith(OutputCaptureExtension.class)
class OfficersFilesJobTests {

	static final String LOG_FILE = "target/test-logs/officers-files.log";

	private static final Path LOG = Path.of(LOG_FILE);

	@Autowired
	private JobOperatorTestUtils jobs;

	@Autowired
	private JobRepositoryTestUtils jobRepository;

	@Autowired
	private JdbcTemplate jdbc;

	@TempDir
	Path output;

	@Autowired
	void setJob(Job boardPackJob) {
		this.jobs.setJob(boardPackJob);
	}

	@AfterEach
	void cleanUp() {
		this.jobRepository.removeJobExecutions();
		for (String table : List.of("plan_action", "audit_result", "audit_cube", "audit_domain_cube", "action_snapshot",
				"period_summary", "input_file", "reject_row")) {
			this.jdbc.update("DELETE FROM " + table);
		}
	}

	@Test
	void aEuropeanExcelsPlanWithASerialStartDateLoadsEveryActionWithOneWarning() throws Exception {
		// given the sample plan saved by Excel in a European locale (semicolons,
		// Windows-1252, CRLF), where LibreOffice (en-US) had turned action 1.4's start
		// date into its serial number
		List<String[]> plan = MutatedRows.read(SEED_ACTIONS);
		int start = List.of(plan.get(0)).indexOf("start_date");
		String[] action = plan.stream().filter((r) -> r[0].equals("1.4")).findFirst().orElseThrow();
		action[start] = "44198";
		StringWriter text = new StringWriter();
		CsvWriter csv = CsvWriter.builder().fieldSeparator(';').lineDelimiter(LineDelimiter.CRLF).build(text);
		plan.forEach(csv::writeRecord);
		csv.flush();
		Path actions = OfficeFiles.iconv(text.toString(), "WINDOWS-1252", this.output.resolve("actions.csv"));
		// when
		JobExecution execution = this.jobs
			.startJob(options("2021-01", actions, SEED_AUDITS, this.output.resolve("out")).toJobParameters());
		// then
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForMap(
				"SELECT rows_read, loaded, rejected, warnings FROM input_file WHERE period = '2021-01' AND role = 'actions'"))
			.containsAllEntriesOf(Map.of("ROWS_READ", 52L, "LOADED", 52L, "REJECTED", 0L, "WARNINGS", 1L));
		assertThat(this.jdbc.queryForObject(
				"SELECT start_date IS NULL FROM plan_action WHERE period = '2021-01' AND ref = '1.4'", Boolean.class))
			.isTrue();
		Path folder = this.output.resolve("out/2021-01");
		List<String> rejects = Files.readAllLines(folder.resolve("rejects-2021-01.csv"), StandardCharsets.UTF_8);
		assertThat(rejects).anySatisfy((line) -> assertThat(line).startsWith("actions,")
			.contains(",5,1.4,start_date,Warning,", "'44198' is a number, not a date",
					"the row is loaded with this cell blank"));
		assertThat(trackerRejects(folder.resolve("tracker-2021-01.xlsx")))
			.contains(List.of("actions", "5", "1.4", "start_date", "Warning"));
		String pdf = BoardPackJobTests.pdfText(folder.resolve("board-pack-2021-01.pdf"));
		assertThat(pdf.replaceAll("\\s+", " ")).contains("Action plan 52 52 0 0 –", "Action plan start_date Warning 1")
			.contains("read as Windows-1252, the encoding of Excel's plain CSV; separated by semicolons");
		assertThat(pdf).contains("Siân Pritchard", "Chloë Barraclough", "Ciarán O’Neill");
	}

	@Test
	void aPlanWhoseRevisedDatesAreMonthFirstIsToldSoOnceAndEachDateIsLeftBlank(CapturedOutput console)
			throws Exception {
		// given the sample plan with its ten revised due dates as an en-US Excel writes
		// them (30/04/2021 as 04/30/2021)
		List<String[]> plan = MutatedRows.read(SEED_ACTIONS);
		int revised = List.of(plan.get(0)).indexOf("revised_due_date");
		for (String[] action : plan.subList(1, plan.size())) {
			if (!action[revised].isEmpty()) {
				String[] parts = action[revised].split("/");
				action[revised] = parts[1] + "/" + parts[0] + "/" + parts[2];
			}
		}
		StringWriter text = new StringWriter();
		CsvWriter csv = CsvWriter.builder().build(text);
		plan.forEach(csv::writeRecord);
		csv.flush();
		Path actions = Files.writeString(this.output.resolve("actions.csv"), text.toString());
		// when
		JobExecution execution = this.jobs
			.startJob(options("2021-01", actions, SEED_AUDITS, this.output.resolve("out")).toJobParameters());
		// then every action is loaded, each US date left blank with its own warning
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForMap(
				"SELECT rows_read, loaded, rejected, warnings FROM input_file WHERE period = '2021-01' AND role = 'actions'"))
			.containsAllEntriesOf(Map.of("ROWS_READ", 52L, "LOADED", 52L, "REJECTED", 0L, "WARNINGS", 10L));
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM plan_action WHERE period = '2021-01' AND revised_due_date IS NOT NULL",
				Integer.class))
			.isZero();
		Path folder = this.output.resolve("out/2021-01");
		List<String> rejects = Files.readAllLines(folder.resolve("rejects-2021-01.csv"), StandardCharsets.UTF_8);
		assertThat(rejects).filteredOn((line) -> line.contains(",revised_due_date,Warning,"))
			.hasSize(10)
			.allSatisfy(
					(line) -> assertThat(line).contains("looks like a month-first (US) date: write it day first, "));
		// and the file is said once to be month first, on the console and in the pack
		String notice = "revised_due_date: every date is month first (US), on all 10 rows with one: "
				+ "save the file with UK dates (day first)";
		assertThat(console.getOut().split(java.util.regex.Pattern.quote(notice), -1)).hasSize(2);
		assertThat(BoardPackJobTests.pdfText(folder.resolve("board-pack-2021-01.pdf")).replaceAll("\\s+", " "))
			.contains(notice);
	}

	@Test
	void aCaseReferenceTypedInTheWrongColumnsIsMaskedInEveryOutputAndTheLog() throws Exception {
		// given the sample audits with a case reference typed into the audit id and the
		// audit date of one row, and into the team of another
		List<String> lines = new ArrayList<>(Files.readAllLines(SEED_AUDITS, StandardCharsets.UTF_8));
		lines.set(1, lines.get(1).replaceFirst("^AUD-2020-0001,(NMB-\\d{6}),2020-07-01,", "NMB-900004,$1,NMB-900003,"));
		lines.set(2, lines.get(2).replace(",MASH,", ",MASH NMB-900005,"));
		Path audits = Files.write(this.output.resolve("audits.csv"), lines, StandardCharsets.UTF_8);
		long logBefore = logSize();
		// when
		JobExecution execution = this.jobs
			.startJob(options("2021-01", SEED_ACTIONS, audits, this.output.resolve("out")).toJobParameters());
		// then the row is rejected without a word of the case reference
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Path folder = this.output.resolve("out/2021-01");
		String rejects = Files.readString(folder.resolve("rejects-2021-01.csv"), StandardCharsets.UTF_8);
		assertThat(rejects)
			.contains("audits,", ",2,[case reference],audit_date,Invalid date,a case reference is not a date")
			.doesNotContain("NMB-");
		assertThat(trackerRejects(folder.resolve("tracker-2021-01.xlsx")))
			.contains(List.of("audits", "2", "[case reference]", "audit_date", "Invalid date"))
			.allSatisfy((row) -> assertThat(String.join(",", row)).doesNotContain("NMB-"));
		assertThat(BoardPackJobTests.pdfText(folder.resolve("board-pack-2021-01.pdf"))).doesNotContain("NMB-");
		assertThat(loggedSince(logBefore)).doesNotContain("NMB-");
	}

	@Test
	void aFileSavedUnderACaseReferenceIsNamedWithItMaskedInEveryOutputAndTheLog() throws Exception {
		// given the sample audits saved under a child's case reference
		Path audits = Files.copy(SEED_AUDITS, this.output.resolve("NMB-900006 audits.csv"));
		long logBefore = logSize();
		// when
		JobExecution execution = this.jobs
			.startJob(options("2021-01", SEED_ACTIONS, audits, this.output.resolve("out")).toJobParameters());
		// then its rejects, the manifest, the tracker and the pack name it masked
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Path folder = this.output.resolve("out/2021-01");
		String shown = this.output.resolve("[case reference] audits.csv").toString();
		assertThat(Files.readString(folder.resolve("rejects-2021-01.csv"), StandardCharsets.UTF_8))
			.contains("audits," + shown + ",190,AUD-2020-0189,overall_grade,Missing value")
			.doesNotContain("NMB-");
		assertThat(Files.readString(folder.resolve("manifest-2021-01.json"), StandardCharsets.UTF_8))
			.contains("[case reference] audits.csv")
			.doesNotContain("NMB-");
		try (InputStream in = Files.newInputStream(folder.resolve("tracker-2021-01.xlsx"));
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					row.forEach((cell) -> assertThat(cell.toString()).doesNotContain("NMB-"));
				}
			}
		}
		assertThat(BoardPackJobTests.pdfText(folder.resolve("board-pack-2021-01.pdf"))).doesNotContain("NMB-");
		assertThat(loggedSince(logBefore)).doesNotContain("NMB-");
	}

	@Test
	void anAuditFileWithoutItsHeaderStopsTheRunWithoutQuotingARow() throws Exception {
		List<String> lines = Files.readAllLines(SEED_AUDITS, StandardCharsets.UTF_8);
		Path audits = Files.write(this.output.resolve("audits.csv"), lines.subList(1, lines.size()),
				StandardCharsets.UTF_8);
		JobExecution execution = this.jobs
			.startJob(options("2021-01", SEED_ACTIONS, audits, this.output.resolve("out")).toJobParameters());
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(execution.getAllFailureExceptions()).anySatisfy((failure) -> assertThat(failure)
			.hasMessageContaining(audits + ": has no header row with the columns it needs")
			.message()
			.doesNotContain("NMB-", "AUD-2020", "Team Manager"));
		assertThat(this.output.resolve("out/2021-01")).doesNotExist();
	}

	private static long logSize() throws IOException {
		return Files.exists(LOG) ? Files.size(LOG) : 0;
	}

	/** What this JVM's runs wrote to the log since it was this long. */
	private static String loggedSince(long before) throws IOException {
		byte[] logged = Files.readAllBytes(LOG);
		return new String(logged, (int) before, (int) (logged.length - before), StandardCharsets.UTF_8);
	}

	/** The Rejects sheet's rows: input, line, record id, column, kind. */
	private static List<List<String>> trackerRejects(Path tracker) throws Exception {
		try (InputStream in = Files.newInputStream(tracker); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheet("Rejects");
			List<List<String>> rows = new ArrayList<>();
			for (Row row : sheet) {
				if (row.getLastCellNum() >= 6) {
					List<String> cells = new ArrayList<>();
					for (int c : new int[] { 0, 2, 3, 4, 5 }) {
						var cell = row.getCell(c);
						cells.add((cell == null) ? "" : switch (cell.getCellType()) {
							case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
							default -> cell.getStringCellValue();
						});
					}
					rows.add(cells);
				}
			}
			return rows;
		}
	}

}
