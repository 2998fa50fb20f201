package org.boardpack.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boardpack.report.excel.Trackers.columns;
import static org.boardpack.report.excel.Trackers.row;
import static org.boardpack.report.excel.Trackers.rowAnywhere;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.actionplan.Action;
import org.boardpack.actionplan.AssessedAction;
import org.boardpack.actionplan.SinceLastBoard;
import org.boardpack.audit.AuditResult;
import org.boardpack.audit.DriftDelay;
import org.boardpack.audit.Grade;
import org.boardpack.pack.BoardPack;
import org.boardpack.pack.BoardPackFixtures;
import org.boardpack.pack.Packs;
import org.boardpack.rejects.DataQuality;
import org.junit.jupiter.api.Test;

/**
 * The tracker in the cases the fixture does not show as it is: and the same pack giving
 * the same bytes.
 */
class ExcelTrackerCasesTest {

	private final BoardPack pack = BoardPackFixtures.small();

	@Test
	void theSamePackGivesTheSameBytesWithTheAsAtDateForEveryTimestamp() throws IOException {
		byte[] first = Trackers.render(this.pack);
		byte[] second = Trackers.render(this.pack);
		assertThat(second).isEqualTo(first);
		List<String> names = new ArrayList<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				names.add(entry.getName());
				assertThat(entry.getTimeLocal()).as(entry.getName()).isEqualTo(LocalDateTime.of(2021, 1, 31, 0, 0));
				assertThat(entry.getExtra()).as(entry.getName()).isNull();
			}
		}
		assertThat(names).contains("docProps/core.xml", "xl/workbook.xml", "xl/charts/chart1.xml");
		try (XSSFWorkbook workbook = Trackers.open(first)) {
			var core = workbook.getProperties().getCoreProperties();
			assertThat(core.getCreated().toInstant()).isEqualTo(Instant.parse("2021-01-31T00:00:00Z"));
			assertThat(core.getModified().toInstant()).isEqualTo(Instant.parse("2021-01-31T00:00:00Z"));
			assertThat(core.getCreator()).isEqualTo("Performance and Quality Assurance Service");
			assertThat(core.getTitle())
				.isEqualTo("Northmoor Metropolitan Borough Council - improvement plan tracker - 2021-01");
		}
	}

	@Test
	void textThatLooksLikeAFormulaIsWrittenAsTextAndStaysTextWhenEdited() throws IOException {
		List<AssessedAction> actions = new ArrayList<>(this.pack.actions());
		AssessedAction a = actions.get(0);
		Action o = a.action();
		Action edited = new Action(o.ref(), o.section(), o.sectionTitle(), o.description(), "@Chief Executive",
				o.startDate(), o.dueDate(), o.revisedDueDate(), o.status(), o.ownerRag(), o.percentComplete(),
				o.lastUpdated(), "=HYPERLINK(\"http://example.org\",\"click\")", "+44 20 7946 0000 called",
				"-1 post to fund", o.theme(), o.decision(), o.line());
		actions.set(0,
				new AssessedAction(edited, a.sectionTitle(), a.effectiveDueDate(), a.firstDueDate(), a.daysOverdue(),
						a.daysOverdueOriginal(), a.slippedDays(), a.dateMoves(), a.stale(), a.daysSinceUpdate(),
						a.derivedRag(), a.ragReason(), a.challenge()));
		try (XSSFWorkbook workbook = Trackers.open(Trackers.render(Packs.withActions(this.pack, actions)))) {
			Sheet sheet = workbook.getSheet("Actions");
			Map<String, Integer> column = columns(sheet);
			Row row = row(sheet, "1.1");
			assertText(row.getCell(column.get("Last update")), "=HYPERLINK(\"http://example.org\",\"click\")");
			assertText(row.getCell(column.get("Evidence of impact")), "+44 20 7946 0000 called");
			assertText(row.getCell(column.get("Board ask")), "-1 post to fund");
			assertText(row.getCell(column.get("Owner")), "@Chief Executive");
			assertThat(row.getCell(column.get("Action")).getCellStyle().getQuotePrefixed()).isFalse();
			for (Sheet each : workbook) {
				for (Row r : each) {
					for (Cell cell : r) {
						assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
					}
				}
			}
		}
	}

	@Test
	void onTheFirstMonthStoredSinceLastBoardSaysThereIsNothingToCompareWith() throws IOException {
		try (XSSFWorkbook workbook = Trackers
			.open(Trackers.render(Packs.withSince(this.pack, SinceLastBoard.firstBoard())))) {
			Sheet since = workbook.getSheet("Since last board");
			assertThat(since.getRow(2).getCell(0).getStringCellValue())
				.startsWith("No earlier month is stored, so there is nothing to compare January 2021 with.");
			assertThat(since.getLastRowNum()).isEqualTo(2);
		}
	}

	@Test
	void caseReferencesAndAuditorsHaveColumnsWhereTheTemplateAllowsThem() throws IOException {
		AuditResult audit = new AuditResult("AUD-2021-0001", "NMB-418273", LocalDate.of(2021, 1, 6),
				"Monthly practice audit", "Duty", "Hannah Booth", Grade.GOOD, null, Map.of(), DriftDelay.NO, "2.1", 2);
		try (XSSFWorkbook workbook = Trackers
			.open(Trackers.render(Packs.withCaseRefsShown(this.pack, List.of(audit))))) {
			Sheet audits = workbook.getSheet("Audits");
			Map<String, Integer> column = columns(audits);
			Row row = row(audits, "AUD-2021-0001");
			assertThat(row.getCell(column.get("Case ref")).getStringCellValue()).isEqualTo("NMB-418273");
			assertThat(row.getCell(column.get("Auditor")).getStringCellValue()).isEqualTo("Hannah Booth");
		}
	}

	@Test
	void withoutRejectsThereIsNoRejectsSheet() throws IOException {
		DataQuality clean = DataQuality.of(this.pack.dataQuality().files(), List.of());
		try (XSSFWorkbook workbook = Trackers.open(Trackers.render(Packs.withDataQuality(this.pack, clean)))) {
			assertThat(workbook.getSheet("Rejects")).isNull();
			assertThat(workbook.getSheetName(workbook.getNumberOfSheets() - 2)).isEqualTo("About");
			rowAnywhere(workbook.getSheet("About"), "Source file: actions, actions.csv");
		}
	}

	private static void assertText(Cell cell, String text) {
		assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
		assertThat(cell.getStringCellValue()).isEqualTo(text);
		assertThat(cell.getCellStyle().getQuotePrefixed()).as(text).isTrue();
	}

}
