package org.boardpack.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boardpack.report.excel.Trackers.HEADER;
import static org.boardpack.report.excel.Trackers.columns;
import static org.boardpack.report.excel.Trackers.row;
import static org.boardpack.report.excel.Trackers.rowAnywhere;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFTableColumn;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.boardpack.actionplan.ActionColumn;
import org.boardpack.actionplan.DerivedColumn;
import org.boardpack.input.Header;
import org.boardpack.pack.BoardPack;
import org.boardpack.pack.BoardPackFixtures;
import org.boardpack.pack.Packs;
import org.boardpack.template.Template;

/**
 * Opens the tracker made from {@link BoardPackFixtures#small()} as Excel would and checks
 * its sheets against the fixture's hand-worked figures.
 */
class ExcelTrackerTest {

	private static final String AUTHORITY = "Northmoor Metropolitan Borough Council";

	private static BoardPack pack;

	private static XSSFWorkbook workbook;

	@BeforeAll
	static void render() {
		pack = BoardPackFixtures.small();
		workbook = Trackers.open(Trackers.render(pack));
	}

	@AfterAll
	static void close() throws IOException {
		workbook.close();
	}

	@Test
	void sheetsComeInTheOrderOfficersUseThemWithActionsFirstAndOpen() {
		List<String> names = new ArrayList<>();
		workbook.forEach((sheet) -> names.add(sheet.getSheetName()));
		assertThat(names).containsExactly("Actions", "How to update", "Summary", "Since last board", "History",
				"Audits", "Audit summary", "Rejects", "About", "Lists");
		assertThat(workbook.isSheetHidden(workbook.getSheetIndex("Lists"))).isTrue();
		assertThat(workbook.getActiveSheetIndex()).isZero();
		assertThat(workbook.getSheetAt(0).isSelected()).isTrue();
		assertThat(workbook.getSheetAt(1).isSelected()).isFalse();
	}

	@Test
	void everySheetSaysWhoseItIsWhichMonthAndAsAtWhenOnScreenAndInPrint() {
		for (Sheet sheet : workbook) {
			if (sheet.getSheetName().equals("Lists")) {
				continue;
			}
			boolean onePage = List.of("How to update", "About").contains(sheet.getSheetName());
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).as(sheet.getSheetName())
				.startsWith(AUTHORITY)
				.contains("January 2021")
				.contains("data as at 31/01/2021")
				.contains("OFFICIAL");
			assertThat(sheet.getHeader().getLeft()).isEqualTo(AUTHORITY);
			assertThat(sheet.getFooter().getLeft()).isEqualTo("January 2021, data as at 31/01/2021");
			assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isEqualTo(!onePage);
			assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
			assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) (onePage ? 1 : 0));
			assertThat(sheet.getFitToPage()).isTrue();
		}
	}

	@Test
	void actionsHaveEveryInputColumnUnderAHeaderTheReaderKnowsThenTheDerivedOnes() {
		Sheet actions = workbook.getSheet("Actions");
		List<String> headers = new ArrayList<>();
		actions.getRow(HEADER).forEach((cell) -> headers.add(cell.getStringCellValue()));
		Header<ActionColumn> header = Header.match(HEADER + 1, headers.toArray(String[]::new), ActionColumn.class,
				Map.of(), DerivedColumn.HEADERS);
		assertThat(header.matchedCount()).isEqualTo(ActionColumn.values().length);
		assertThat(header.unknown()).isEmpty();
		assertThat(header.recomputed()).containsExactlyElementsOf(DerivedColumn.HEADERS);
		assertThat(DerivedColumn.HEADERS).containsExactly("Effective due date", "First due date", "Days overdue",
				"Days overdue (first due date)", "Slipped (days)", "Date moves", "Days since update", "Stale",
				"Derived RAG", "Why (derived RAG)", "RAG challenge");
		assertThat(headers.subList(0, 12)).containsExactly("Ref", "Action", "Owner", "Start date", "Original due date",
				"Revised due date", "Status", "Owner's RAG", "Percent complete", "Last updated", "Last update",
				"Update this month");
	}

	@Test
	void actionsHaveOneRowPerActionWithFiguresFromThePack() {
		Sheet actions = workbook.getSheet("Actions");
		Map<String, Integer> column = columns(actions);
		assertThat(actions.getLastRowNum()).isEqualTo(HEADER + 12);
		Row row = row(actions, "2.3");
		assertThat(number(row, column.get("Days overdue"))).isEqualTo(10);
		assertThat(number(row, column.get("Days overdue (first due date)"))).isEqualTo(62);
		assertThat(number(row, column.get("Slipped (days)"))).isEqualTo(52);
		assertThat(number(row, column.get("Date moves"))).isEqualTo(2);
		assertThat(number(row, column.get("Percent complete"))).isEqualTo(80);
		assertThat(text(row, column.get("Status"))).isEqualTo("In progress");
		assertThat(text(row, column.get("Owner's RAG"))).isEqualTo("Red");
		assertThat(text(row, column.get("Derived RAG"))).isEqualTo("Red");
		assertThat(text(row, column.get("Why (derived RAG)"))).isEqualTo("Past its due date of 21/01/2021 by 10 days");
		assertThat(text(row, column.get("Section title"))).isEqualTo("Management oversight and supervision");
		assertThat(number(row, column.get("Section"))).isEqualTo(2);
		Row stale = row(actions, "1.4");
		assertThat(text(stale, column.get("Stale"))).isEqualTo("Yes");
		assertThat(number(stale, column.get("Days since update"))).isEqualTo(91);
		assertThat(text(stale, column.get("RAG challenge"))).startsWith("Owner rates Green; the rules give Amber");
		Row notStarted = row(actions, "3.4");
		assertThat(notStarted.getCell(column.get("Percent complete")).getCellType()).isEqualTo(CellType.BLANK);
		assertThat(notStarted.getCell(column.get("Owner's RAG")).getCellType()).isEqualTo(CellType.BLANK);
	}

	@Test
	void datesAreDateCellsShownTheUkWay() {
		Sheet actions = workbook.getSheet("Actions");
		Map<String, Integer> column = columns(actions);
		Cell revised = row(actions, "2.3").getCell(column.get("Revised due date"));
		assertThat(revised.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(DateUtil.isCellDateFormatted(revised)).isTrue();
		assertThat(revised.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
		assertThat(revised.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2021, 1, 21));
		Cell first = row(actions, "2.3").getCell(column.get("First due date"));
		assertThat(first.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2020, 11, 30));
		assertThat(row(actions, "2.3").getCell(column.get("Last update")).getCellStyle().getWrapText()).isTrue();
	}

	@Test
	void actionsAreANamedBandedTableWithAFrozenHeaderAndRef() {
		XSSFSheet actions = workbook.getSheet("Actions");
		assertThat(actions.getTables()).hasSize(1);
		XSSFTable table = actions.getTables().get(0);
		assertThat(table.getName()).isEqualTo("Actions");
		assertThat(table.getDisplayName()).isEqualTo("Actions");
		assertThat(table.getArea().formatAsString()).isEqualTo("A3:AD15");
		assertThat(table.getCTTable().getAutoFilter().getRef()).isEqualTo("A3:AD15");
		assertThat(table.getColumns().stream().map(XSSFTableColumn::getName).toList())
			.containsExactlyElementsOf(headerTexts(actions));
		assertThat(table.getStyle().getName()).isEqualTo("TableStyleMedium2");
		assertThat(table.getStyle().isShowRowStripes()).isTrue();
		assertThat(actions.getCTWorksheet().isSetAutoFilter()).isFalse();
		PaneInformation pane = actions.getPaneInformation();
		assertThat(pane.isFreezePane()).isTrue();
		assertThat(pane.getHorizontalSplitTopRow()).isEqualTo((short) 3);
		assertThat(pane.getVerticalSplitLeftColumn()).isEqualTo((short) 1);
		assertThat(actions.getRepeatingRows()).isEqualTo(new CellRangeAddress(HEADER, HEADER, -1, -1));
		assertThat(actions.getColumnWidth(columns(actions).get("Last update"))).isEqualTo(30 * 256);
		assertThat(actions.getColumnWidth(columns(actions).get("Action"))).isEqualTo(36 * 256);
	}

	@Test
	void everyListSheetIsATableOfItsOwn() {
		assertThat(workbook.getSheet("History").getTables().get(0).getArea().formatAsString()).isEqualTo("A3:K27");
		assertThat(workbook.getSheet("Audits").getTables().get(0).getName()).isEqualTo("Audits");
		assertThat(workbook.getSheet("Rejects").getTables().get(0).getArea().formatAsString()).isEqualTo("A3:G5");
	}

	@Test
	void rowsAreAsTallAsTheirLongestWrappedCellAndHeadersShowWhole() {
		XSSFSheet actions = workbook.getSheet("Actions");
		Map<String, Integer> column = columns(actions);
		// The header's tallest take two lines ("Original" / "due date" in 10 characters),
		// and a column off the printed page never needs more, so the header printed is
		// no taller than its own text: "Days overdue (first due date)" is 14 characters
		// wide, "Days overdue" / "(first due date)".
		assertThat(actions.getRow(HEADER).getHeightInPoints()).isEqualTo(2 * 15f);
		assertThat(actions.getColumnWidth(column.get("Days overdue (first due date)"))).isEqualTo(14 * 256);
		assertThat(actions.getColumnWidth(column.get("Days since update"))).isEqualTo(11 * 256);
		// 3.4's owner, "Head of Service (Care Leavers)", takes two lines of 18
		// characters;
		// 1.2's, "Siân Pritchard, Head of Service (Permanence)", three.
		assertThat(row(actions, "3.4").getHeightInPoints()).isEqualTo(2 * 15f);
		assertThat(text(row(actions, "1.2"), column.get("Owner")))
			.isEqualTo("Siân Pritchard, Head of Service (Permanence)");
		assertThat(row(actions, "1.2").getHeightInPoints()).isEqualTo(3 * 15f);
		XSSFSheet summary = workbook.getSheet("Audit summary");
		Row header = rowAnywhere(summary, "Month");
		assertThat(header.getHeightInPoints()).as("Drift or delay found, in 12 characters").isEqualTo(3 * 15f);
	}

	@Test
	void derivedColumnsAreShadedAndLockedUnderAProtectionWithoutPasswordThatLetsOfficersFilterAndSort() {
		XSSFSheet actions = workbook.getSheet("Actions");
		Map<String, Integer> column = columns(actions);
		assertThat(actions.isSheetLocked()).isTrue();
		assertThat(actions.getCTWorksheet().getSheetProtection().isSetPassword()).isFalse();
		assertThat(actions.getCTWorksheet().getSheetProtection().isSetHashValue()).isFalse();
		assertThat(actions.isAutoFilterLocked()).isFalse();
		assertThat(actions.isSortLocked()).isFalse();
		assertThat(actions.isFormatColumnsLocked()).isFalse();
		Row row = row(actions, "2.3");
		for (String header : DerivedColumn.HEADERS) {
			XSSFCellStyle style = (XSSFCellStyle) row.getCell(column.get(header)).getCellStyle();
			assertThat(style.getLocked()).as(header).isTrue();
			assertThat(style.getFillForegroundColorColor().getARGBHex()).as(header).isEqualTo("FFF2F2F2");
		}
		for (String header : List.of("Ref", "Owner", "Status", "Last update", "Update this month", "Board ask")) {
			assertThat(row.getCell(column.get(header)).getCellStyle().getLocked()).as(header).isFalse();
		}
		// Below the table, an officer's columns are open for a new row; the derived stay
		// locked.
		assertThat(actions.getColumnStyle(column.get("Update this month")).getLocked()).isFalse();
		assertThat(actions.getColumnStyle(column.get("Original due date")).getDataFormatString())
			.isEqualTo("dd/mm/yyyy");
		assertThat(actions.getColumnStyle(column.get("Derived RAG")).getLocked()).isTrue();
	}

	@Test
	void actionsPrintTheWorkingColumnsOnA4LandscapeAtEightPointsOrMoreWithTheHeaderRepeated() {
		XSSFSheet actions = workbook.getSheet("Actions");
		assertThat(workbook.getPrintArea(0)).isEqualTo("Actions!$A$1:$L$15");
		assertThat(actions.getRepeatingRows()).isEqualTo(new CellRangeAddress(HEADER, HEADER, -1, -1));
		assertThat(actions.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
		assertThat(actions.getPrintSetup().getLandscape()).isTrue();
		// Fitted to the page's width, 11pt text prints at 11 x the page's width over the
		// columns' (a column of w characters is 7w + 5 pixels of 0.75pt): A4 landscape is
		// 841.9pt less the margins.
		double columns = 0;
		for (int c = 0; c <= 11; c++) {
			columns += (7.0 * actions.getColumnWidth(c) / 256 + 5) * 0.75;
		}
		double page = 841.9 - 72 * (actions.getMargin(PageMargin.LEFT) + actions.getMargin(PageMargin.RIGHT));
		assertThat(11 * Math.min(1, page / columns)).isGreaterThanOrEqualTo(8);
	}

	@Test
	void theTemplateCanPrintEveryColumnOnA3() throws IOException {
		Template t = pack.template();
		Template a3 = new Template(t.authority(), t.board(), t.reportTitle(), t.protectiveMarking(), t.author(),
				t.meetings(), t.boardIsAsked(), t.sections(), t.colours(), t.rag(), t.audits(), t.mattersForTheBoard(),
				t.legend(), t.columns(), t.kpis(), new Template.TrackerSettings(Template.Paper.A3, true, List.of()),
				t.language(), t.transfers(), t.bankHolidays(), t.workforce(), t.inbox(), t.notice(), t.historySchema());
		try (XSSFWorkbook printed = Trackers.open(Trackers.render(Packs.withTemplate(pack, a3)))) {
			assertThat(printed.getPrintArea(0)).isNull();
			for (Sheet sheet : printed) {
				if (printed.isSheetHidden(printed.getSheetIndex(sheet))) {
					continue;
				}
				assertThat(sheet.getPrintSetup().getPaperSize()).as(sheet.getSheetName())
					.isEqualTo(PrintSetup.A3_PAPERSIZE);
			}
		}
	}

	@Test
	void everyValueFromAListIsADropdownPercentIsAWholeNumberAndDatesAreDates() {
		XSSFSheet actions = workbook.getSheet("Actions");
		Map<String, Integer> column = columns(actions);
		List<? extends DataValidation> validations = actions.getDataValidations();
		assertThat(validations).hasSize(11);
		assertThat(validation(validations, column.get("Owner")).getValidationConstraint().getFormula1())
			.isEqualTo("OwnerList");
		assertThat(validation(validations, column.get("Owner")).getErrorStyle())
			.isEqualTo(DataValidation.ErrorStyle.WARNING);
		assertThat(validation(validations, column.get("Section")).getValidationConstraint().getFormula1())
			.isEqualTo("SectionList");
		assertThat(validation(validations, column.get("Theme")).getValidationConstraint().getFormula1())
			.isEqualTo("ThemeList");
		assertThat(workbook.getName("OwnerList").getRefersToFormula()).isEqualTo("Lists!$A$2:$A$14");
		assertThat(listed(workbook.getSheet("Lists"), 0)).containsExactly("Assistant Director",
				"Assistant Director, Safeguarding", "Chief Executive", "Ciarán O’Neill",
				"Director of Children's Services", "Head of Legal", "Head of Quality Assurance",
				"Head of Service (Assessment)", "Head of Service (Care Leavers)", "Head of Service (Children in Care)",
				"Head of Service (Permanence)", "Principal Social Worker",
				"Siân Pritchard, Head of Service (Permanence)");
		assertThat(workbook.getName("SectionList").getRefersToFormula()).isEqualTo("Lists!$B$2:$B$10");
		assertThat(workbook.getName("ThemeList").getRefersToFormula()).isEqualTo("Lists!$C$2:$C$6");
		for (String date : List.of("Start date", "Original due date", "Revised due date", "Last updated",
				"Decided on")) {
			DataValidation rule = validation(validations, column.get(date));
			assertThat(rule.getValidationConstraint().getValidationType()).as(date).isEqualTo(ValidationType.DATE);
			assertThat(rule.getValidationConstraint().getFormula1()).isEqualTo("36526");
			assertThat(rule.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
		}
		assertThat(validation(validations, column.get("Status")).getValidationConstraint().getExplicitListValues())
			.containsExactly("Not started", "In progress", "On hold", "Complete", "Embedded");
		assertThat(validation(validations, column.get("Owner's RAG")).getValidationConstraint().getExplicitListValues())
			.containsExactly("Blue", "Green", "Amber", "Red");
		DataValidation percent = validation(validations, column.get("Percent complete"));
		assertThat(percent.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.INTEGER);
		assertThat(percent.getValidationConstraint().getFormula1()).isEqualTo("0");
		assertThat(percent.getValidationConstraint().getFormula2()).isEqualTo("100");
		assertThat(percent.getRegions().getCellRangeAddress(0).getFirstRow()).isEqualTo(HEADER + 1);
	}

	@Test
	void ragCellsAreColouredByRulesThatFollowAnEdit() {
		XSSFSheet actions = workbook.getSheet("Actions");
		Map<String, Integer> column = columns(actions);
		SheetConditionalFormatting formatting = actions.getSheetConditionalFormatting();
		assertThat(formatting.getNumConditionalFormattings()).isEqualTo(8);
		List<String> formulas = new ArrayList<>();
		for (int i = 0; i < formatting.getNumConditionalFormattings(); i++) {
			var format = formatting.getConditionalFormattingAt(i);
			CellRangeAddress range = format.getFormattingRanges()[0];
			assertThat(range.getFirstRow()).isEqualTo(HEADER + 1);
			assertThat(range.getFirstColumn()).isIn(column.get("Owner's RAG"), column.get("Derived RAG"));
			XSSFConditionalFormattingRule rule = (XSSFConditionalFormattingRule) format.getRule(0);
			formulas.add(rule.getFormula1());
			if (rule.getFormula1().equals("OR(H4=\"Red\",H4=\"R\")")) {
				assertThat(((XSSFColor) rule.getPatternFormatting().getFillBackgroundColorColor()).getARGBHex())
					.isEqualTo("FFC62828");
			}
		}
		assertThat(formulas).contains("OR(H4=\"Blue\",H4=\"B\")", "OR(H4=\"Green\",H4=\"G\")",
				"OR(H4=\"Amber\",H4=\"A\")", "OR(H4=\"Red\",H4=\"R\")", "OR(AB4=\"Red\",AB4=\"R\")");
	}

	@Test
	void summaryCountsDerivedRagBySectionWithANativeStackedBarChart() {
		XSSFSheet summary = workbook.getSheet("Summary");
		Row all = rowAnywhere(summary, "All sections");
		assertThat(number(all, 1)).isEqualTo(12);
		assertThat(List.of(number(all, 2), number(all, 3), number(all, 4), number(all, 5))).containsExactly(4, 2, 3, 3);
		Row section2 = rowAnywhere(summary, "2. Management oversight and supervision");
		assertThat(List.of(number(section2, 2), number(section2, 3), number(section2, 4), number(section2, 5)))
			.containsExactly(1, 1, 0, 2);
		assertThat(number(rowAnywhere(summary, "Permanence planning"), 1)).isEqualTo(5);
		assertThat(number(rowAnywhere(summary, "2021-01"), 1 + 1)).isEqualTo(12);
		List<XSSFChart> charts = summary.getDrawingPatriarch().getCharts();
		assertThat(charts).hasSize(1);
		int chartTop = ((XSSFClientAnchor) summary.getDrawingPatriarch().getShapes().get(0).getAnchor()).getRow1();
		assertThat(summary.getRowBreaks()).as("a page break just above the chart").contains(chartTop - 1);
		XDDFBarChartData bars = (XDDFBarChartData) charts.get(0).getChartSeries().get(0);
		assertThat(bars.getBarGrouping()).isEqualTo(BarGrouping.STACKED);
		assertThat(bars.getBarDirection()).isEqualTo(BarDirection.BAR);
		assertThat(bars.getSeriesCount()).isEqualTo(4);
		// Red's counts of the three sections: the three rows above All sections (row
		// numbers one based).
		assertThat(bars.getSeries(3).getValuesData().getDataRangeReference())
			.isEqualTo("Summary!$F$" + (all.getRowNum() - 2) + ":$F$" + all.getRowNum());
		assertThat(bars.getSeries(3).getValuesData().getPointAt(1).intValue()).isEqualTo(2);
	}

	@Test
	void summaryWrapsEachKeyMessageAcrossItsTablesAndPrintsAtEightPointsOrMore() {
		XSSFSheet summary = workbook.getSheet("Summary");
		int last = 0;
		for (Row row : summary) {
			last = Math.max(last, row.getLastCellNum() - 1);
		}
		// Section, Actions, four RAGs, five statuses, mean, in the mean, overdue,
		// slipped,
		// stale, challenges: 17 columns, and nothing written beyond them.
		assertThat(last).isEqualTo(16);
		// The label's 34 characters, eight columns of 10 and eight of 8, 178 in all.
		int width = 0;
		for (int c = 0; c <= last; c++) {
			width += summary.getColumnWidth(c) / 256;
		}
		assertThat(width).isEqualTo(34 + 8 * 10 + 8 * 8);
		for (String message : pack.keyMessages()) {
			Row row = rowAnywhere(summary, message);
			assertThat(summary.getMergedRegions()).as(message)
				.contains(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, 16));
			assertThat(row.getCell(0).getCellStyle().getWrapText()).isTrue();
			assertThat(row.getHeightInPoints()).as(message)
				.isEqualTo(TextFit.height(TextFit.lines(message, width, false)));
		}
		double columns = 0;
		for (int c = 0; c <= last; c++) {
			columns += (7.0 * summary.getColumnWidth(c) / 256 + 5) * 0.75;
		}
		double page = 841.9 - 72 * (summary.getMargin(PageMargin.LEFT) + summary.getMargin(PageMargin.RIGHT));
		assertThat(11 * Math.min(1, page / columns)).isGreaterThanOrEqualTo(8);
	}

	@Test
	void sinceLastBoardListsEachKindOfChange() {
		XSSFSheet since = workbook.getSheet("Since last board");
		assertThat(refsUnder(since, "Completed (2)")).containsExactly("1.3", "2.1");
		assertThat(refsUnder(since, "Newly overdue (3)")).containsExactly("2.2", "2.3", "3.1");
		assertThat(refsUnder(since, "Due dates moved (2)")).containsExactly("2.3", "3.3");
		assertThat(refsUnder(since, "New actions (1)")).containsExactly("3.4");
		assertThat(refsUnder(since, "Removed actions, as they stood at the last board (1)")).containsExactly("3.9");
		Row moved = rowAfter(since, "Due dates moved (2)", 2);
		assertThat(moved.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2020, 12, 31));
		assertThat(moved.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2021, 1, 21));
		assertThat(number(moved, 5)).isEqualTo(21);
		assertThat(rowAfter(since, "Embedded: the board accepted the evidence of impact (0)", 1).getCell(0)
			.getStringCellValue()).isEqualTo("None.");
	}

	@Test
	void historyHasOneRowPerActionPerStoredMonth() {
		// December's 12 actions (3.9 then, not 3.4) and January's 12.
		XSSFSheet history = workbook.getSheet("History");
		assertThat(history.getLastRowNum()).isEqualTo(HEADER + 12 + 12);
		assertThat(history.getRow(HEADER + 12).getCell(0).getStringCellValue()).isEqualTo("2020-12");
		assertThat(history.getRow(HEADER + 12).getCell(1).getStringCellValue()).isEqualTo("3.9");
		assertThat(history.getRow(HEADER + 13).getCell(0).getStringCellValue()).isEqualTo("2021-01");
		assertThat(columns(history)).containsOnlyKeys("Period", "Ref", "Section", "Action", "Owner", "Status",
				"Derived RAG", "Effective due date", "Percent complete", "Last updated", "Update");
		Map<String, Integer> column = columns(history);
		Row january = history.getRow(HEADER + 13 + 6);
		assertThat(text(january, column.get("Period"))).isEqualTo("2021-01");
		assertThat(text(january, column.get("Ref"))).isEqualTo("2.3");
		assertThat(text(january, column.get("Action"))).isEqualTo("Train all team managers in management oversight");
		assertThat(text(january, column.get("Update"))).isEqualTo("26/01/2021: 3 sessions left.");
		assertThat(january.getCell(column.get("Last updated")).getLocalDateTimeCellValue().toLocalDate())
			.isEqualTo(LocalDate.of(2021, 1, 26));
	}

	@Test
	void auditsListThePeriodsAuditsWithoutCaseReferencesWhenTheTemplateForbidsThem() {
		XSSFSheet audits = workbook.getSheet("Audits");
		Map<String, Integer> column = columns(audits);
		assertThat(column).doesNotContainKeys("Case ref", "Auditor");
		assertThat(audits.getLastRowNum()).isEqualTo(HEADER + 2);
		Row second = row(audits, "AUD-2021-0002");
		assertThat(text(second, column.get("Grade that counts"))).isEqualTo("Inadequate");
		assertThat(text(second, column.get("Moderation"))).isEqualTo("Down");
		assertThat(text(second, column.get("Management oversight"))).isEqualTo("Inadequate");
		assertThat(text(second, column.get("Drift or delay"))).isEqualTo("Yes");
		for (Sheet sheet : workbook) {
			for (Row row : sheet) {
				for (Cell cell : row) {
					if (cell.getCellType() == CellType.STRING) {
						assertThat(cell.getStringCellValue()).doesNotContain("NMB-", "Hannah Booth");
					}
				}
			}
		}
	}

	@Test
	void auditSummaryPrintsTheMonthsBreakdownsFromTheTopOfAPageWithTheirHeading() {
		XSSFSheet summary = workbook.getSheet("Audit summary");
		int heading = rowAnywhere(summary, "By audit type in January 2021").getRowNum();
		assertThat(summary.getRowBreaks()).as("a page break just above the heading").containsExactly(heading - 1);
	}

	@Test
	void auditSummaryGivesEveryPercentageWithItsCount() {
		XSSFSheet summary = workbook.getSheet("Audit summary");
		Row january = rowAnywhere(summary, "Jan 2021");
		assertThat(List.of(number(january, 1), number(january, 2), number(january, 3), number(january, 4),
				number(january, 5), number(january, 6), number(january, 7), number(january, 8), number(january, 9)))
			.containsExactly(8, 5, 63, 1, 13, 2, 6, 33, 2);
		assertThat(january.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0\"%\"");
		assertThat(text(january, 10)).isEqualTo("Yes");
		Row december = rowAnywhere(summary, "Dec 2020");
		assertThat(List.of(number(december, 1), number(december, 2), number(december, 3))).containsExactly(10, 5, 50);
		assertThat(december.getCell(10).getCellType()).isEqualTo(CellType.BLANK);
		Row february = rowAnywhere(summary, "Feb 2020");
		assertThat(number(february, 1)).isZero();
		assertThat(february.getCell(3).getCellType()).isEqualTo(CellType.BLANK);
		assertThat(number(rowAnywhere(summary, "Duty"), 1)).isEqualTo(5);
		assertThat(number(rowAnywhere(summary, "Permanence"), 1)).isEqualTo(3);
		Row moved = rowAnywhere(summary, "Moved up, of those moderated");
		assertThat(List.of(number(moved, 1), number(moved, 2), number(moved, 3))).containsExactly(1, 3, 33);
	}

	@Test
	void rejectsListEveryRejectedRowFilterableByKind() {
		XSSFSheet rejects = workbook.getSheet("Rejects");
		Map<String, Integer> column = columns(rejects);
		Row line7 = rejects.getRow(HEADER + 1);
		assertThat(text(line7, column.get("File"))).isEqualTo("audits.csv");
		assertThat(number(line7, column.get("Line"))).isEqualTo(7);
		assertThat(text(line7, column.get("Record id"))).isEqualTo("AUD-7");
		assertThat(text(line7, column.get("Kind"))).isEqualTo("Missing value");
		Row line19 = rejects.getRow(HEADER + 2);
		assertThat(number(line19, column.get("Line"))).isEqualTo(19);
		assertThat(text(line19, column.get("Column"))).isEqualTo("audit_date");
		assertThat(text(line19, column.get("Kind"))).isEqualTo("Invalid date");
		assertThat(text(line19, column.get("Reason"))).isEqualTo("'2020-11-31' is not a real date");
	}

	@Test
	void aboutNamesTheSourceFilesWithoutFoldersWithTheirHashAndReconciliationAndExplainsTheColours() {
		XSSFSheet about = workbook.getSheet("About");
		Row audits = rowAnywhere(about, "Source file: audits, audits.csv");
		assertThat(text(about.getRow(audits.getRowNum() + 1), 0)).isEqualTo("SHA-256");
		assertThat(text(about.getRow(audits.getRowNum() + 1), 1)).isEqualTo("b".repeat(64));
		assertThat(text(about.getRow(audits.getRowNum() + 3), 1)).isEqualTo("40 read = 38 loaded + 2 rejected");
		assertThat(number(about.getRow(audits.getRowNum() + 4), 1)).isEqualTo(1);
		assertThat(text(about.getRow(audits.getRowNum() + 5), 1)).isEqualTo("Notes");
		Row actions = rowAnywhere(about, "Source file: actions, actions.csv");
		assertThat(text(about.getRow(actions.getRowNum() + 1), 1)).isEqualTo("a".repeat(64));
		assertThat(rowAnywhere(about, "Data as at").getCell(1).getLocalDateTimeCellValue().toLocalDate())
			.isEqualTo(LocalDate.of(2021, 1, 31));
		rowAnywhere(about, "Blue: status Complete or Embedded.");
		Row red = rowAnywhere(about, "Red (R)");
		assertThat(((XSSFCellStyle) red.getCell(0).getCellStyle()).getFillForegroundColorColor().getARGBHex())
			.isEqualTo("FFC62828");
		assertThat(text(red, 1)).isEqualTo("Off track - not complete and past its current due date");
		assertThat(text(rowAnywhere(about, "Embedded"), 1))
			.isEqualTo("Delivered, and the board has accepted the evidence of impact");
		assertThat(about.getPrintSetup().getFitHeight()).isEqualTo((short) 1);
	}

	@Test
	void noSheetShowsAFolderAndOnlyAboutShowsHashes() {
		for (Sheet sheet : workbook) {
			for (Row row : sheet) {
				for (Cell cell : row) {
					if (cell.getCellType() == CellType.STRING) {
						assertThat(cell.getStringCellValue()).as(sheet.getSheetName()).doesNotContain("seeds/");
						if (!sheet.getSheetName().equals("About")) {
							assertThat(cell.getStringCellValue()).doesNotContain("a".repeat(64));
						}
					}
				}
			}
		}
	}

	@Test
	void howToUpdateTellsOfficersWhatToEditAndHowToSendItBack() {
		XSSFSheet how = workbook.getSheet("How to update");
		List<String> lines = new ArrayList<>();
		how.forEach((row) -> lines.add(row.getCell(0).getStringCellValue()));
		assertThat(lines).contains("What to edit", "Sending it back");
		assertThat(String.join(" ", lines)).contains("\"Update this month\"",
				"The grey columns (Effective due date to RAG challenge)", "Review, Unprotect Sheet",
				"send it to Performance and Quality Assurance Service",
				"made from actions.csv (actions) and audits.csv (audits)");
		assertThat(workbook.getSheet("Actions").getRow(1).getCell(0).getStringCellValue())
			.contains("see the How to update sheet");
	}

	@Test
	void theWorkbookHasANamedDefaultStyle() throws IOException {
		// openpyxl, among others, warns of a workbook without one.
		String styles = new String(workbook.getStylesSource().getPackagePart().getInputStream().readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(styles).contains("<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>");
		assertThat(styles.indexOf("<cellXfs")).isLessThan(styles.indexOf("<cellStyles"));
	}

	private static DataValidation validation(List<? extends DataValidation> validations, int column) {
		return validations.stream()
			.filter((v) -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == column)
			.findFirst()
			.orElseThrow();
	}

	/**
	 * The refs of a block on the Since last board sheet: the rows under its heading and
	 * header.
	 */
	private static List<String> refsUnder(Sheet sheet, String heading) {
		List<String> refs = new ArrayList<>();
		for (int r = rowAnywhere(sheet, heading).getRowNum() + 2; sheet.getRow(r) != null; r++) {
			refs.add(sheet.getRow(r).getCell(0).getStringCellValue());
		}
		return refs;
	}

	private static Row rowAfter(Sheet sheet, String heading, int rows) {
		return sheet.getRow(rowAnywhere(sheet, heading).getRowNum() + rows);
	}

	private static List<String> headerTexts(Sheet sheet) {
		List<String> headers = new ArrayList<>();
		sheet.getRow(HEADER).forEach((cell) -> headers.add(cell.getStringCellValue()));
		return headers;
	}

	private static List<String> listed(Sheet sheet, int column) {
		List<String> values = new ArrayList<>();
		for (int r = 1; sheet.getRow(r) != null && sheet.getRow(r).getCell(column) != null; r++) {
			values.add(sheet.getRow(r).getCell(column).getStringCellValue());
		}
		return values;
	}

	private static int number(Row row, int column) {
		Cell cell = row.getCell(column);
		assertThat(cell.getCellType()).as("cell %d of row %d", column, row.getRowNum()).isEqualTo(CellType.NUMERIC);
		return (int) cell.getNumericCellValue();
	}

	private static String text(Row row, int column) {
		Cell cell = row.getCell(column);
		assertThat(cell.getCellType()).as("cell %d of row %d", column, row.getRowNum()).isEqualTo(CellType.STRING);
		return cell.getStringCellValue();
	}

}
