package org.boardpack.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boardpack.job.JobTestSupport.SEED_ACTIONS;
import static org.boardpack.job.JobTestSupport.SEED_AUDITS;
import static org.boardpack.job.JobTestSupport.options;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.input.OfficeFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * January's tracker, edited as an officer would, comes back as February's plan: this
 * month's update becomes the update and History keeps both months' words; an edit to a
 * derived column is ignored and the run says so; a board decision written in it is
 * reported once and its ask is not asked again; saved again by an en-US LibreOffice, its
 * dates are kept and a date typed month first is refused, never read the US way.
 */
@SpringBatchTest
@SpringBootTest(properties = { "boardpack.run-on-startup=false",
		"spring.datasource.url=jdbc:h2:mem:tracker-sent-back;DB_CLOSE_DELAY=-1",
		"logging.file.name=target/test-logs/tracker-sent-back.log" })
@ExtendWith(OutputCaptureExtension.class)
class TrackerSentBackJobTests {

	private static final int HEADER = 2;

	/** The tracker's date columns, as the plan's columns store them. */
	private static final List<String> DATES = List.of("Start date", "Original due date", "Revised due date",
			"Last updated", "Decided on");

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
	}

	@Test
	void thisMonthsUpdateIsKeptAndEditsToDerivedColumnsAreIgnoredAndSaid(CapturedOutput console) throws Exception {
		run("2021-01", SEED_ACTIONS);
		Path sentBack = this.output.resolve("tracker-sent-back.xlsx");
		String januaryUpdate;
		String derivedRag;
		try (InputStream in = Files.newInputStream(this.output.resolve("2021-01/tracker-2021-01.xlsx"));
				XSSFWorkbook tracker = new XSSFWorkbook(in)) {
			Sheet actions = tracker.getSheet("Actions");
			Map<String, Integer> column = columns(actions);
			Row first = row(actions, "1.1");
			januaryUpdate = first.getCell(column.get("Last update")).getStringCellValue();
			edit(first.getCell(column.get("Update this month")), "Chair appointed; first board held.");
			edit(first.getCell(column.get("Last updated")), LocalDate.of(2021, 2, 20));
			Cell rag = row(actions, "2.2").getCell(column.get("Derived RAG"));
			derivedRag = rag.getStringCellValue();
			edit(rag, derivedRag.equals("Green") ? "Blue" : "Green");
			try (OutputStream out = Files.newOutputStream(sentBack)) {
				tracker.write(out);
			}
		}

		run("2021-02", sentBack);

		assertThat(console).contains("tracker-sent-back.xlsx: 1 edit(s) to columns boardpack works out were ignored",
				"2.2 Derived RAG: " + derivedRag + " changed to " + (derivedRag.equals("Green") ? "Blue" : "Green"));
		try (InputStream in = Files.newInputStream(this.output.resolve("2021-02/tracker-2021-02.xlsx"));
				XSSFWorkbook february = new XSSFWorkbook(in)) {
			Sheet actions = february.getSheet("Actions");
			Map<String, Integer> column = columns(actions);
			Row first = row(actions, "1.1");
			assertThat(first.getCell(column.get("Last update")).getStringCellValue())
				.isEqualTo("Chair appointed; first board held.");
			assertThat(first.getCell(column.get("Update this month")).getStringCellValue()).isEmpty();
			Sheet history = february.getSheet("History");
			Map<String, Integer> kept = columns(history);
			Map<String, String> updates = new HashMap<>();
			for (int r = HEADER + 1; r <= history.getLastRowNum(); r++) {
				Row row = history.getRow(r);
				if (row.getCell(kept.get("Ref")).getStringCellValue().equals("1.1")) {
					updates.put(row.getCell(kept.get("Period")).getStringCellValue(),
							row.getCell(kept.get("Update")).getStringCellValue());
					assertThat(row.getCell(kept.get("Action")).getStringCellValue()).isNotBlank();
				}
			}
			assertThat(updates).containsEntry("2021-01", januaryUpdate)
				.containsEntry("2021-02", "Chair appointed; first board held.");
		}
	}

	@Test
	void aDecisionRecordedInTheTrackerIsReportedOnceAndAnAskLeftOpenIsCarried() throws Exception {
		run("2020-11", Path.of("seeds/history/actions-2020-11.csv"));
		run("2020-12", Path.of("seeds/history/actions-2020-12.csv"));
		run("2021-01", SEED_ACTIONS);
		// The seed plan records December's decision on 2.3; 6.7's ask has been open
		// since November, 7.3's since December.
		String january = BoardPackJobTests.pdfText(this.output.resolve("2021-01/board-pack-2021-01.pdf"));
		assertThat(january).contains("1 ask was decided at the December 2020 board (2.3)", "Decided by the board",
				"Board decision (12/01/2021): Agreed: the Director");
		assertThat(january).contains("7 asks are before this board", "Carried from the November 2020 board",
				"Carried from the December 2020 board");

		Path sentBack = this.output.resolve("tracker-sent-back.xlsx");
		try (InputStream in = Files.newInputStream(this.output.resolve("2021-01/tracker-2021-01.xlsx"));
				XSSFWorkbook tracker = new XSSFWorkbook(in)) {
			Sheet actions = tracker.getSheet("Actions");
			Map<String, Integer> column = columns(actions);
			assertThat(row(actions, "2.3").getCell(column.get("Board decision")).getStringCellValue())
				.startsWith("Agreed: the Director");
			Row lifeStory = row(actions, "6.7");
			edit(lifeStory.getCell(column.get("Board decision")), "Agreed: fund the post.");
			edit(lifeStory.getCell(column.get("Decided on")), LocalDate.of(2021, 2, 9));
			try (OutputStream out = Files.newOutputStream(sentBack)) {
				tracker.write(out);
			}
		}
		run("2021-02", sentBack);

		// Reported under since the last board, and kept beside the action in the annex.
		String february = BoardPackJobTests.pdfText(this.output.resolve("2021-02/board-pack-2021-02.pdf"));
		assertThat(february).contains("1 ask was decided at the January 2021 board (6.7)", "09/02/2021",
				"Board decision (09/02/2021): Agreed: fund the post.");
		assertThat(occurrences(february, "Agreed: fund the post.")).isEqualTo(2);
		// 6.7, the one ask open since November, is no longer asked.
		assertThat(february).contains("6 asks are before this board", "Carried from the December 2020 board")
			.doesNotContain("Carried from the November 2020 board");

		// The tracker keeps the decision; sent back again, it is not reported again.
		Path march = this.output.resolve("2021-02/tracker-2021-02.xlsx");
		try (InputStream in = Files.newInputStream(march); XSSFWorkbook tracker = new XSSFWorkbook(in)) {
			Sheet actions = tracker.getSheet("Actions");
			Map<String, Integer> column = columns(actions);
			assertThat(row(actions, "6.7").getCell(column.get("Decided on")).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(LocalDate.of(2021, 2, 9));
		}
		run("2021-03", march);
		String marchPack = BoardPackJobTests.pdfText(this.output.resolve("2021-03/board-pack-2021-03.pdf"));
		assertThat(marchPack).contains("No decision on an ask of the board was recorded since the last board.")
			.doesNotContain("was decided at");
		assertThat(occurrences(marchPack, "Agreed: fund the post.")).isEqualTo(1);
		assertThat(marchPack).contains("6 asks are before this board")
			.doesNotContain("Carried from the November 2020 board");
	}

	@Test
	void aTrackerSavedAgainByAnEnUsLibreOfficeKeepsItsDatesAndAMonthFirstTypedDateIsRefused() throws Exception {
		run("2021-01", SEED_ACTIONS);
		// January's dates as the tracker holds them, by ref
		Map<String, List<LocalDate>> january = new HashMap<>();
		Path edited = Files.createDirectory(this.output.resolve("edited")).resolve("tracker-2021-01.xlsx");
		try (InputStream in = Files.newInputStream(this.output.resolve("2021-01/tracker-2021-01.xlsx"));
				XSSFWorkbook tracker = new XSSFWorkbook(in)) {
			Sheet actions = tracker.getSheet("Actions");
			Map<String, Integer> column = columns(actions);
			for (int r = HEADER + 1; r <= actions.getLastRowNum(); r++) {
				Row row = actions.getRow(r);
				if (row == null) {
					continue;
				}
				List<LocalDate> dates = new ArrayList<>();
				for (String header : DATES) {
					Cell cell = row.getCell(column.get(header));
					dates.add((cell == null || cell.getCellType() == CellType.BLANK) ? null
							: cell.getLocalDateTimeCellValue().toLocalDate());
				}
				january.put(row.getCell(0).getStringCellValue(), dates);
			}
			// an officer in en-US pastes 2.7's planned start, 13/02/2021, month first:
			// a text cell, which no locale reads as a date
			edit(row(actions, "2.7").getCell(column.get("Start date")), "2/13/2021");
			try (OutputStream out = Files.newOutputStream(edited)) {
				tracker.write(out);
			}
		}
		assertThat(january).hasSize(52);
		Path saved = OfficeFiles.libreOffice(edited, "xlsx", "xlsx", "en-US");
		try (InputStream in = Files.newInputStream(saved); XSSFWorkbook resaved = new XSSFWorkbook(in)) {
			assertThat(resaved.getProperties().getExtendedProperties().getApplication()).startsWith("LibreOffice");
			Sheet actions = resaved.getSheet("Actions");
			Map<String, Integer> column = columns(actions);
			Cell due = row(actions, "2.7").getCell(column.get("Original due date"));
			assertThat(DateUtil.isCellDateFormatted(due)).as("still a date cell").isTrue();
			assertThat(row(actions, "2.7").getCell(column.get("Start date")).getStringCellValue())
				.isEqualTo("2/13/2021");
		}

		run("2021-02", saved);

		// every row read is loaded or rejected, and only the text date is lost
		assertThat(this.jdbc.queryForMap("SELECT rows_read, loaded, rejected, warnings FROM input_file "
				+ "WHERE period = '2021-02' AND role = 'actions'"))
			.containsAllEntriesOf(Map.of("ROWS_READ", 52L, "LOADED", 52L, "REJECTED", 0L, "WARNINGS", 1L));
		Map<String, List<LocalDate>> february = new HashMap<>();
		this.jdbc.query("SELECT ref, start_date, due_date, revised_due_date, last_updated, decided_on "
				+ "FROM plan_action WHERE period = '2021-02'", (rs) -> {
					List<LocalDate> dates = new ArrayList<>();
					for (int c = 2; c <= 6; c++) {
						dates.add(rs.getObject(c, LocalDate.class));
					}
					february.put(rs.getString(1), dates);
				});
		january.get("2.7").set(0, null);
		assertThat(february).isEqualTo(january);
		Path folder = this.output.resolve("2021-02");
		assertThat(Files.readAllLines(folder.resolve("rejects-2021-02.csv")))
			.filteredOn((line) -> line.startsWith("actions,"))
			.singleElement()
			.asString()
			.contains(",2.7,Start date,Warning,", "Invalid date: '2/13/2021' looks like a month-first (US) date: "
					+ "write it day first, 13/02/2021; the row is loaded with this cell blank");
		// Not started with no start date: Green, which says the late start was not judged
		String why = "On track for 30/06/2021; no start date given, so a late start cannot be judged";
		try (InputStream in = Files.newInputStream(folder.resolve("tracker-2021-02.xlsx"));
				XSSFWorkbook tracker = new XSSFWorkbook(in)) {
			Sheet actions = tracker.getSheet("Actions");
			assertThat(row(actions, "2.7").getCell(columns(actions).get("Why (derived RAG)")).getStringCellValue())
				.isEqualTo(why);
		}
		assertThat(BoardPackJobTests.pdfText(folder.resolve("board-pack-2021-02.pdf")).replaceAll("\\s+", " "))
			.contains("RAG by the rules: " + why + ".");
	}

	private static int occurrences(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

	private void run(String period, Path actions) throws Exception {
		assertThat(this.jobs.startJob(options(period, actions, SEED_AUDITS, this.output).toJobParameters()).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
	}

	private static Map<String, Integer> columns(Sheet sheet) {
		Map<String, Integer> columns = new HashMap<>();
		sheet.getRow(HEADER).forEach((cell) -> columns.put(cell.getStringCellValue(), cell.getColumnIndex()));
		return columns;
	}

	private static Row row(Sheet sheet, String ref) {
		for (int r = HEADER + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row != null && ref.equals(row.getCell(0).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row " + ref);
	}

	/** Writes a cell afresh, as Excel saves an edit. */
	private static void edit(Cell cell, Object value) {
		cell.setBlank();
		if (value instanceof LocalDate date) {
			cell.setCellValue(date);
		}
		else {
			cell.setCellValue((String) value);
		}
	}

}
