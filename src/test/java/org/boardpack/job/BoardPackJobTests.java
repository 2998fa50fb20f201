package org.boardpack.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boardpack.job.JobTestSupport.SEED_ACTIONS;
import static org.boardpack.job.JobTestSupport.SEED_AUDITS;
import static org.boardpack.job.JobTestSupport.options;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.input.InputDeclaration;
import org.boardpack.report.pdf.PdfUa;
import org.boardpack.input.InputFile;
import org.boardpack.rejects.MutatedRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The real job on the seeds and on files with bad rows, read back from the database and
 * the outputs. Run on each history database by its subclasses (H2 and PostgreSQL).
 */
@SpringBatchTest
@SpringBootTest(properties = { "boardpack.run-on-startup=false", "logging.file.name=target/test-logs/job.log" })
abstract class BoardPackJobTests {

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

	@Autowired
	private List<InputDeclaration<?, ?>> inputs;

	@Test
	void everyDeclaredInputIsAnOptionTheUsageTextExplains() {
		assertThat(this.inputs).extracting(InputDeclaration::name).contains("actions", "audits");
		for (InputDeclaration<?, ?> input : this.inputs) {
			assertThat(RunOptions.USAGE).contains("--" + input.name() + "=FILE", "--" + input.sheetOption() + "=NAME");
			assertThat(input.seed()).exists();
		}
	}

	@Test
	void seedRunLoadsEveryRowAndWritesThePackTheTrackerTheRejectsAndTheManifest() throws Exception {
		// given the sample inputs: 52 actions, 355 audits of which two are deliberately
		// bad (lines 190 and 258)
		// when
		JobExecution execution = this.jobs
			.startJob(options("2021-01", SEED_ACTIONS, SEED_AUDITS, this.output).toJobParameters());
		// then
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Counts actions = stepNamed(execution, "loadActions");
		assertThat(actions.read()).isEqualTo(52);
		assertThat(actions.written()).isEqualTo(52);
		assertThat(actions.skipped()).isZero();
		Counts audits = stepNamed(execution, "loadAudits");
		assertThat(audits.read()).isEqualTo(355);
		assertThat(audits.written()).isEqualTo(353);
		assertThat(audits.processSkipped()).isEqualTo(2);
		assertThat(this.jdbc.queryForList("SELECT line FROM reject_row WHERE period = '2021-01' ORDER BY line",
				Long.class))
			.containsExactly(190L, 258L);
		assertThat(this.jdbc.queryForMap(
				"SELECT rows_read, loaded, rejected FROM input_file WHERE period = '2021-01' AND role = 'audits'"))
			.containsAllEntriesOf(Map.of("ROWS_READ", 355L, "LOADED", 353L, "REJECTED", 2L));
		// January's own audits are kept row by row; the cube counts every valid audit of
		// the seven months
		assertThat(
				this.jdbc.queryForObject("SELECT COUNT(*) FROM audit_result WHERE period = '2021-01'", Integer.class))
			.isEqualTo(48);
		assertThat(
				this.jdbc.queryForObject("SELECT SUM(audits) FROM audit_cube WHERE period = '2021-01'", Integer.class))
			.isEqualTo(353);

		Path folder = this.output.resolve("2021-01");
		assertThat(folder).isDirectoryContaining("glob:**/board-pack-2021-01.pdf")
			.isDirectoryContaining("glob:**/tracker-2021-01.xlsx")
			.isDirectoryContaining("glob:**/rejects-2021-01.csv")
			.isDirectoryContaining("glob:**/manifest-2021-01.json");
		assertThat(this.output.resolve(".partial/2021-01")).doesNotExist();
		// 16 complete + 5 embedded; 7 actions past their due date on 31/01/2021
		assertThat(pdfText(folder.resolve("board-pack-2021-01.pdf"))).contains("21 of 52 actions complete, 7 off track")
			.doesNotContain("NMB-");
		// The seed pack is an accessible PDF: veraPDF finds no PDF/UA-1 rule failed.
		assertThat(PdfUa.failures(Files.readAllBytes(folder.resolve("board-pack-2021-01.pdf")))).isEmpty();
		try (InputStream in = Files.newInputStream(folder.resolve("tracker-2021-01.xlsx"));
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet first = workbook.getSheetAt(0);
			assertThat(first.getSheetName()).isEqualTo("Actions");
			// a title row and a blank row, the header on the third row, then one row per
			// action
			assertThat(first.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Ref");
			assertThat(first.getLastRowNum() - 2).isEqualTo(52);
		}
		List<String> rejects = Files.readAllLines(folder.resolve("rejects-2021-01.csv"), StandardCharsets.UTF_8);
		assertThat(rejects).hasSize(3);
		assertThat(rejects.get(1)).contains("190", "overall_grade", "Missing value");
		assertThat(rejects.get(2)).contains("258", "audit_date", "Invalid date", "'2020-11-31' is not a real date");
		assertThat(String.join("\n", rejects)).doesNotContain("NMB-");
		String manifest = Files.readString(folder.resolve("manifest-2021-01.json"));
		// the inputs' SHA-256, worked out while they were read, is the files' own
		assertThat(manifest).contains(new InputFile(SEED_AUDITS, null).sha256())
			.contains(new InputFile(SEED_ACTIONS, null).sha256())
			.contains("\"rowsRead\": 355, \"loaded\": 353, \"rejected\": 2")
			.contains("\"template\": {\"file\": \"templates/northmoor.yml\", \"sha256\": \"")
			.contains("board-pack-2021-01.pdf")
			.contains("\"jobExecutionId\": " + execution.getId());
	}

	@Test
	void everyBadRowIsRejectedWithItsLineColumnAndReasonAndNothingIsLost() throws Exception {
		// given a plan with one good row and rows that are each wrong in a different way
		Path actions = this.output.resolve("actions.csv");
		Files.writeString(actions, """
				Ref,Section,Action,Lead officer,Target date,Status,RAG,% complete
				1.1,1,"Review the supervision policy, with staff",Head of QA,30/06/2021,In progress,G,50
				1.2,1,Train managers,Head of QA,31/02/2021,In progress,G,50
				1.3,one,Audit cases,,30/06/2021,Begun,Purple,150
				1.1,1,Duplicate of the first,Head of QA,30/06/2021,Complete,B,100

				1.4,1,An unquoted, comma,Head of QA,30/06/2021,Complete,B,100
				""");
		// when
		JobExecution execution = this.jobs
			.startJob(options("2021-01", actions, SEED_AUDITS, this.output.resolve("out")).toJobParameters());
		// then
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Counts load = stepNamed(execution, "loadActions");
		assertThat(load.read()).isEqualTo(5);
		assertThat(load.written()).isEqualTo(1);
		assertThat(load.processSkipped()).isEqualTo(4);
		List<Map<String, Object>> rejects = this.jdbc.queryForList("""
				SELECT line, column_name, kind FROM reject_row WHERE period = '2021-01' AND role = 'actions'
				ORDER BY line, seq""");
		assertThat(rejects).extracting((r) -> r.get("LINE") + " " + r.get("COLUMN_NAME") + " " + r.get("KIND"))
			.containsExactly("3 Target date INVALID_DATE", "4 Section INVALID_NUMBER", "4 Lead officer MISSING_VALUE",
					"4 Status UNKNOWN_VALUE", "4 RAG UNKNOWN_VALUE", "4 % complete OUT_OF_RANGE", "5 Ref DUPLICATE",
					"7  MALFORMED_ROW");
		assertThat(
				this.jdbc.queryForObject("SELECT description FROM plan_action WHERE period = '2021-01'", String.class))
			.isEqualTo("Review the supervision policy, with staff");
	}

	@Test
	void mutatedFilesReconcileThroughTheRealJob() throws Exception {
		// given both sample files, thousands of rows drawn from them with cells made
		// wrong at random
		MutatedRows mutations = new MutatedRows(42);
		List<String[]> plan = MutatedRows.read(SEED_ACTIONS);
		List<String[]> audits = MutatedRows.read(SEED_AUDITS);
		Path actionsFile = this.output.resolve("actions.csv");
		Path auditsFile = this.output.resolve("audits.csv");
		MutatedRows.write(actionsFile, plan.get(0), mutations.mutate(plan.subList(1, plan.size()), 500, 0.05));
		MutatedRows.write(auditsFile, audits.get(0), mutations.mutate(audits.subList(1, audits.size()), 5_000, 0.05));
		// when
		JobExecution execution = this.jobs
			.startJob(options("2021-01", actionsFile, auditsFile, this.output.resolve("out")).toJobParameters());
		// then every row is loaded or rejected, and each rejected row is recorded
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		for (Map<String, Object> file : this.jdbc
			.queryForList("SELECT * FROM input_file WHERE period = '2021-01' AND supplied")) {
			long read = (Long) file.get("ROWS_READ");
			long loaded = (Long) file.get("LOADED");
			long rejected = (Long) file.get("REJECTED");
			assertThat(read).isEqualTo(loaded + rejected);
			assertThat(rejected).isPositive();
			assertThat(this.jdbc.queryForObject(
					"SELECT COUNT(DISTINCT line) FROM reject_row WHERE period = '2021-01' AND role = ? AND kind <> 'WARNING'",
					Long.class, file.get("ROLE")))
				.isEqualTo(rejected);
		}
		assertThat(this.jdbc.queryForObject("SELECT SUM(rows_read) FROM input_file", Long.class)).isEqualTo(5_500);
	}

	@Test
	void aFileWithNoRecognisableHeaderStopsTheRunWithOneLineAndNoOutputs() throws Exception {
		Path actions = this.output.resolve("plan.csv");
		Files.writeString(actions, "Name,Colour\nA,Blue\n");
		Path out = this.output.resolve("out");
		JobExecution execution = this.jobs.startJob(options("2021-01", actions, SEED_AUDITS, out).toJobParameters());
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(execution.getAllFailureExceptions()).anySatisfy((failure) -> assertThat(failure)
			.hasMessageStartingWith(actions + ": has no header row with the columns it needs: missing ref"));
		assertThat(out.resolve("2021-01")).doesNotExist();
	}

	/**
	 * A step's counters (the step execution itself is not returned: SpringBatchTest would
	 * take it for a factory).
	 */
	private static Counts stepNamed(JobExecution execution, String name) {
		StepExecution step = execution.getStepExecutions()
			.stream()
			.filter((s) -> s.getStepName().equals(name))
			.findFirst()
			.orElseThrow();
		return new Counts(step.getReadCount(), step.getWriteCount(), step.getSkipCount(), step.getProcessSkipCount());
	}

	private record Counts(long read, long written, long skipped, long processSkipped) {
	}

	static String pdfText(Path pdf) throws Exception {
		PdfReader reader = new PdfReader(pdf.toString());
		try {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			StringBuilder text = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page)).append('\n');
			}
			return text.toString();
		}
		finally {
			reader.close();
		}
	}

}
