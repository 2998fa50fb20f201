package org.boardpack.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.pack.BoardPackFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Workforce sheet of the fixture pack with every valid row of seeds/workforce.csv,
 * read back and checked against figures worked out by hand from the seed rows.
 */
class WorkforceSheetTest {

	private static XSSFWorkbook book;

	@BeforeAll
	static void render() {
		book = Trackers.open(Trackers.render(BoardPackFixtures.withSeedWorkforce()));
	}

	@Test
	void everyTeamsMonthIsARowOfAFilterableTableAfterTheMeasures() {
		Sheet sheet = book.getSheet(WorkforceSheet.NAME);
		// 7 teams x 12 months
		assertThat(sheet.getLastRowNum() - Trackers.HEADER).isEqualTo(84);
		assertThat(((XSSFSheet) sheet).getTables().get(0).getName()).isEqualTo("Workforce");
		assertThat(book.getSheetIndex(WorkforceSheet.NAME)).isGreaterThan(book.getSheetIndex("Scorecard"));
		assertThat(sheet.getSheetConditionalFormatting().getNumConditionalFormattings()).isPositive();
	}

	@Test
	void eachRowHoldsItsFiguresAndTheCountsBehindThem() {
		Sheet sheet = book.getSheet(WorkforceSheet.NAME);
		Map<String, Integer> c = Trackers.columns(sheet);
		// Assessment, January: 1,009 / 52 = 19.4 against 18 (Amber to 20): Amber; agency
		// 22.5 of 60 - 4 = 56: 40.2%; leavers 8 over a mean 48.96 filled FTE (587.5 /
		// 12):
		// 16.3%
		Row assessment = find(sheet, c, "Assessment", "2021-01");
		assertThat(assessment.getCell(c.get("Caseload")).getNumericCellValue()).isEqualTo(19.4);
		assertThat(assessment.getCell(c.get("Cap")).getNumericCellValue()).isEqualTo(18);
		assertThat(assessment.getCell(c.get("RAG")).getStringCellValue()).isEqualTo("Amber");
		assertThat(assessment.getCell(c.get("Agency FTE")).getNumericCellValue()).isEqualTo(22.5);
		assertThat(assessment.getCell(c.get("Filled FTE")).getNumericCellValue()).isEqualTo(56);
		assertThat(assessment.getCell(c.get("Agency %")).getNumericCellValue()).isEqualTo(40.2);
		assertThat(assessment.getCell(c.get("Leavers, 12 months")).getNumericCellValue()).isEqualTo(8);
		assertThat(assessment.getCell(c.get("Mean filled FTE")).getNumericCellValue()).isEqualTo(48.96);
		assertThat(assessment.getCell(c.get("Turnover %")).getNumericCellValue()).isEqualTo(16.3);
		assertThat(assessment.getCell(c.get("Unallocated cases")).getNumericCellValue()).isEqualTo(23);
		// Assessment, February 2020: 1,039 / 39.5 = 26.3, Red; its turnover over the one
		// month stored before it
		Row february = find(sheet, c, "Assessment", "2020-02");
		assertThat(february.getCell(c.get("Caseload")).getNumericCellValue()).isEqualTo(26.3);
		assertThat(february.getCell(c.get("RAG")).getStringCellValue()).isEqualTo("Red");
		assertThat(february.getCell(c.get("Turnover months")).getNumericCellValue()).isEqualTo(1);
		// Early Help records no supervision: empty cells, not 0
		DataFormatter cells = new DataFormatter();
		Row earlyHelp = find(sheet, c, "Early Help", "2021-01");
		assertThat(cells.formatCellValue(earlyHelp.getCell(c.get("Supervisions due")))).isEmpty();
		assertThat(cells.formatCellValue(earlyHelp.getCell(c.get("Supervision on time %")))).isEmpty();
	}

	private static Row find(Sheet sheet, Map<String, Integer> c, String team, String month) {
		DataFormatter cells = new DataFormatter();
		for (Row row : sheet) {
			if (team.equals(cells.formatCellValue(row.getCell(c.get("Team"))))
					&& month.equals(cells.formatCellValue(row.getCell(c.get("Month"))))) {
				return row;
			}
		}
		throw new AssertionError("no row for " + team + " " + month);
	}

}
