package org.boardpack.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.actionplan.ActionColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks as Excel and other writers save them, read as officers see them. */
class XlsxQuirksTests {

	private static final String[] HEADER = { "ref", "section", "action", "owner", "due_date", "status",
			"percent_complete" };

	@TempDir
	Path dir;

	@Test
	void percentCellsReadAsThePercentShownAndTheFirstVisibleSheetIsRead() throws Exception {
		Path file = this.dir.resolve("plan.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet("Lists").createRow(0).createCell(0).setCellValue("Not started");
			workbook.setSheetHidden(0, true);
			XSSFSheet sheet = workbook.createSheet("Plan");
			CellStyle percent = workbook.createCellStyle();
			percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
			Row top = sheet.createRow(0);
			for (int i = 0; i < HEADER.length; i++) {
				top.createCell(i).setCellValue(HEADER[i]);
			}
			double[] values = { 0.55, 0.29, 0.57, 1.0 / 3 * 3 * 0.07 };
			for (int r = 0; r < values.length; r++) {
				Row row = sheet.createRow(r + 1);
				row.createCell(0).setCellValue("1." + r);
				row.createCell(1).setCellValue(1);
				row.createCell(2).setCellValue("Action");
				row.createCell(3).setCellValue("Owner");
				row.createCell(4).setCellValue("30/06/2021");
				row.createCell(5).setCellValue("In progress");
				Cell cell = row.createCell(6);
				cell.setCellValue(values[r]);
				cell.setCellStyle(percent);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		List<InputRow<ActionColumn>> rows = OfficeCsvTests.readAll(reader(file));
		assertThat(rows).extracting((r) -> r.get(ActionColumn.PERCENT_COMPLETE)).containsExactly("55", "29", "57", "7");
	}

	@Test
	void rowsWithoutTheirNumberAreNumberedByPositionAndPhoneticGuidesAreNotRead() throws Exception {
		Path file = this.dir.resolve("plan.xlsx");
		StringBuilder rows = new StringBuilder("<row>");
		for (String header : HEADER) {
			rows.append("<c t=\"inlineStr\"><is><t>").append(header).append("</t></is></c>");
		}
		rows.append("</row>");
		for (int r = 0; r < 3; r++) {
			rows.append("<row><c t=\"inlineStr\"><is><t>1.")
				.append(r)
				.append("</t></is></c><c><v>1</v></c>")
				.append("<c t=\"s\"><v>0</v></c>")
				.append("<c t=\"inlineStr\"><is><r><t>Chief Executive</t></r><rPh sb=\"0\" eb=\"5\"><t>PHONETIC</t></rPh></is></c>")
				.append("<c t=\"inlineStr\"><is><t>30/06/2021</t></is></c><c t=\"inlineStr\"><is><t>Complete</t></is></c></row>");
		}
		writeWorkbook(file, rows.toString(),
				"<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\">"
						+ "<si><r><t>Review </t></r><r><t>supervision</t></r><rPh sb=\"0\" eb=\"6\"><t>RUBY</t></rPh></si></sst>");
		List<InputRow<ActionColumn>> read = OfficeCsvTests.readAll(reader(file));
		assertThat(read).extracting(InputRow::line).containsExactly(2L, 3L, 4L);
		assertThat(read.get(0).get(ActionColumn.OWNER)).isEqualTo("Chief Executive");
		assertThat(read.get(0).get(ActionColumn.ACTION)).isEqualTo("Review supervision");
	}

	/**
	 * A workbook as a writer other than Excel makes it: rows and cells without numbers.
	 */
	private static void writeWorkbook(Path file, String rows, String sharedStrings) throws Exception {
		String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
		String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
		Map<String, String> parts = Map
			.of("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
					+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
					+ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
					+ "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
					+ "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
					+ "</Types>", "_rels/.rels",
					"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
							+ "<Relationship Id=\"rId1\" Type=\"" + rel
							+ "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>",
					"xl/workbook.xml",
					"<workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel
							+ "\"><sheets><sheet name=\"Plan\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
					"xl/_rels/workbook.xml.rels",
					"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
							+ "<Relationship Id=\"rId1\" Type=\"" + rel
							+ "/worksheet\" Target=\"worksheets/sheet1.xml\"/>" + "<Relationship Id=\"rId2\" Type=\""
							+ rel + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>",
					"xl/worksheets/sheet1.xml",
					"<worksheet xmlns=\"" + main + "\"><sheetData>" + rows + "</sheetData></worksheet>",
					"xl/sharedStrings.xml", sharedStrings);
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			for (Map.Entry<String, String> part : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
	}

	private static TabularItemReader<ActionColumn> reader(Path file) {
		return new TabularItemReader<>(new InputFile(file, null), ActionColumn.class, Map.of(), List.of());
	}

}
