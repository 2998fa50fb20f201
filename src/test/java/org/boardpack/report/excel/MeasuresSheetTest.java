package org.boardpack.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.pack.BoardPackFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Measures and Scorecard sheets of the fixture pack with every measure of
 * seeds/kpis.csv, read back and checked against figures worked out by hand from the seed
 * rows.
 */
class MeasuresSheetTest {

	private static XSSFWorkbook book;

	@BeforeAll
	static void render() {
		book = Trackers.open(Trackers.render(BoardPackFixtures.withSeedMeasures()));
	}

	@Test
	void everyMonthOfEveryMeasureIsARowWithItsOwnRagAndDirection() {
		Sheet sheet = book.getSheet(MeasuresSheet.NAME);
		// 21 measures over the 13 months of the seed, less the six months before
		// oversight
		// was first counted: 21 x 13 - 6 = 267.
		assertThat(sheet.getLastRowNum() - Trackers.HEADER).isEqualTo(267);
		assertThat(sheet.getSheetConditionalFormatting().getNumConditionalFormattings()).isPositive();
		assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getTables().get(0).getName())
			.isEqualTo("Measures");
		Map<String, Integer> c = Trackers.columns(sheet);
		// Assessments, December: 172 of 195 = 88.2% against 90, tolerance 5: Amber,
		// improving on November's 86.1% (180 of 209).
		Row december = find(sheet, c, "AS-45WD", "2020-12");
		assertThat(december.getCell(c.get("Value")).getNumericCellValue()).isEqualTo(88.2);
		assertThat(december.getCell(c.get("Target")).getNumericCellValue()).isEqualTo(90);
		assertThat(december.getCell(c.get("RAG")).getStringCellValue()).isEqualTo("Amber");
		assertThat(december.getCell(c.get("Direction since last month")).getStringCellValue()).isEqualTo("Improving");
		// September: 159 of 204 = 77.9% against that month's target of 85: more than 5
		// short,
		// Red.
		Row september = find(sheet, c, "AS-45WD", "2020-09");
		assertThat(september.getCell(c.get("Value")).getNumericCellValue()).isEqualTo(77.9);
		assertThat(september.getCell(c.get("RAG")).getStringCellValue()).isEqualTo("Red");
		// Health assessments, January: 4 of 9, a small denominator.
		Row iha = find(sheet, c, "CIC-IHA", "2021-01");
		assertThat(iha.getCell(c.get("Small denominator")).getStringCellValue()).isEqualTo("Yes");
		assertThat(iha.getCell(c.get("Direction since last month")).getStringCellValue()).isEqualTo("Worsening");
		// Care leavers in EET have no target: not rated.
		assertThat(find(sheet, c, "CL-EET", "2021-01").getCell(c.get("RAG")).getStringCellValue())
			.isEqualTo("Not rated");
		// The first month stored has nothing to compare with.
		assertThat(find(sheet, c, "FD-MASH24", "2020-01").getCell(c.get("Direction since last month"))
			.getStringCellValue()).isEqualTo("Not known");
	}

	@Test
	void theScorecardSheetHasOneRowPerMeasureOfThePeriod() {
		Sheet sheet = book.getSheet(ScorecardSheet.NAME);
		assertThat(sheet.getLastRowNum() - Trackers.HEADER).isEqualTo(21);
		Map<String, Integer> c = Trackers.columns(sheet);
		Row agency = find(sheet, c, "WF-AGENCY", null);
		// 41 of 132.3 FTE = 31.0% against 20% or less, tolerance 5: Red all 13 months.
		assertThat(agency.getCell(c.get("Latest")).getStringCellValue()).isEqualTo("31%");
		assertThat(agency.getCell(c.get("Counts")).getStringCellValue()).isEqualTo("41 of 132.3");
		assertThat(agency.getCell(c.get("RAG")).getStringCellValue()).isEqualTo("Red");
		assertThat(agency.getCell(c.get("Months red")).getStringCellValue()).isEqualTo("13");
		assertThat(agency.getCell(c.get("England")).getStringCellValue()).isEqualTo("Worse (15.4%)");
	}

	private static Row find(Sheet sheet, Map<String, Integer> c, String kpiId, String month) {
		for (int r = Trackers.HEADER + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row.getCell(c.get("KPI id")).getStringCellValue().equals(kpiId)
					&& (month == null || row.getCell(c.get("Month")).getStringCellValue().equals(month))) {
				return row;
			}
		}
		throw new AssertionError("no row for " + kpiId + " " + month);
	}

}
