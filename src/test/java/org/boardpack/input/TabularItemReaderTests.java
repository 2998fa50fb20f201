package org.boardpack.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.actionplan.ActionColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Reading CSV and XLSX files as officers save them. */
class TabularItemReaderTests {

	private static final String HEADER = "ref,section,action,owner,due_date,status";

	@TempDir
	Path dir;

	@Test
	void csvWithAByteOrderMarkQuotedCommasAndLineBreaksKeepsEachRowsStartingLine() throws Exception {
		Path file = this.dir.resolve("plan.csv");
		Files.write(file,
				("\uFEFF" + HEADER + "\n" + "1.1,1,\"Review, then publish\",Head of QA,30/06/2021,Complete\n"
						+ "1.2,1,\"Two\nlines and \"\"quotes\"\"\",Siân Pritchard,2021-07-31,In progress\n" + ",,,,,\n"
						+ "\n" + "1.3,1,Third,Ciarán O’Neill,31/08/2021,Not started\n")
					.getBytes(StandardCharsets.UTF_8));
		TabularItemReader<ActionColumn> reader = reader(file, null);
		List<InputRow<ActionColumn>> rows = readAll(reader);
		assertThat(rows).extracting(InputRow::line).containsExactly(2L, 3L, 7L);
		assertThat(rows.get(0).get(ActionColumn.REF)).isEqualTo("1.1");
		assertThat(rows.get(0).get(ActionColumn.ACTION)).isEqualTo("Review, then publish");
		assertThat(rows.get(1).get(ActionColumn.ACTION)).isEqualTo("Two\nlines and \"quotes\"");
		assertThat(rows.get(1).get(ActionColumn.OWNER)).isEqualTo("Siân Pritchard");
		assertThat(rows.get(2).get(ActionColumn.OWNER)).isEqualTo("Ciarán O’Neill");
		assertThat(reader.summary().rowsRead()).isEqualTo(3);
		assertThat(reader.summary().blankRows()).isEqualTo(1);
		assertThat(reader.summary().sha256()).isEqualTo(new InputFile(file, null).sha256());
	}

	@Test
	void titleRowsAboveTheHeaderArePassedOver() throws Exception {
		Path file = this.dir.resolve("plan.csv");
		Files.writeString(file, "Northmoor improvement plan,,,,,\nAs at 31/01/2021,,,,,\n" + HEADER
				+ "\n1.1,1,First,Head of QA,30/06/2021,Complete\n");
		TabularItemReader<ActionColumn> reader = reader(file, null);
		assertThat(readAll(reader)).extracting(InputRow::line).containsExactly(4L);
		assertThat(reader.summary().headerLine()).isEqualTo(3);
	}

	@Test
	void filesThatCannotBeUsedAreNamedWithWhatIsWrong() throws Exception {
		Path empty = Files.createFile(this.dir.resolve("empty.csv"));
		Path binary = Files.write(this.dir.resolve("image.csv"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 1 });
		Path protectedWorkbook = Files.write(this.dir.resolve("locked.xlsx"), new byte[] { (byte) 0xD0, (byte) 0xCF,
				0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 });
		Path noHeader = Files.writeString(this.dir.resolve("other.csv"), "Name,Colour\nA,Blue\n");
		assertThatThrownBy(() -> reader(this.dir.resolve("missing.csv"), null).open(new ExecutionContext()))
			.hasMessage(this.dir.resolve("missing.csv") + ": not found");
		assertThatThrownBy(() -> reader(this.dir, null).open(new ExecutionContext()))
			.hasMessage(this.dir + ": is a folder, not a file");
		assertThatThrownBy(() -> reader(empty, null).open(new ExecutionContext())).hasMessage(empty + ": is empty");
		assertThatThrownBy(() -> reader(binary, null).open(new ExecutionContext()))
			.hasMessage(binary + ": is not a CSV or XLSX file (it holds binary data)");
		assertThatThrownBy(() -> reader(protectedWorkbook, null).open(new ExecutionContext()))
			.hasMessage(protectedWorkbook
					+ ": is password-protected or an old .xls workbook; save it as an unprotected .xlsx or as CSV UTF-8");
		assertThatThrownBy(() -> reader(noHeader, null).open(new ExecutionContext()))
			.hasMessageStartingWith(noHeader + ": has no header row with the columns it needs: missing ref (or ")
			.hasMessageEndingWith("(line 1 reads: Name, Colour)");
	}

	@Test
	void xlsxDateCellsPercentCellsFormulasAndTheNamedSheetAreRead() throws Exception {
		Path file = this.dir.resolve("plan.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("Read me first");
			XSSFSheet sheet = workbook.createSheet("Plan");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			CellStyle percent = workbook.createCellStyle();
			percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
			String[] header = { "Ref", "Section", "Action", "Owner", "Target date", "Status", "% complete" };
			Row top = sheet.createRow(0);
			for (int i = 0; i < header.length; i++) {
				top.createCell(i).setCellValue(header[i]);
			}
			Row row = sheet.createRow(2);
			row.createCell(0).setCellValue("3.2");
			row.createCell(1).setCellValue(3);
			row.createCell(2).setCellFormula("\"Audit \"&\"cases\"");
			row.createCell(3).setCellValue("Head of QA");
			Cell due = row.createCell(4);
			due.setCellValue(LocalDate.of(2021, 6, 30));
			due.setCellStyle(date);
			row.createCell(5).setCellValue("In progress");
			Cell done = row.createCell(6);
			done.setCellValue(0.75);
			done.setCellStyle(percent);
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		TabularItemReader<ActionColumn> workbook = reader(file, "plan");
		List<InputRow<ActionColumn>> rows = readAll(workbook);
		assertThat(workbook.summary().sha256()).isEqualTo(new InputFile(file, null).sha256());
		assertThat(rows).hasSize(1);
		InputRow<ActionColumn> row = rows.get(0);
		assertThat(row.line()).isEqualTo(3);
		assertThat(row.get(ActionColumn.SECTION)).isEqualTo("3");
		assertThat(row.get(ActionColumn.ACTION)).isEqualTo("Audit cases");
		assertThat(row.get(ActionColumn.DUE_DATE)).isEqualTo("2021-06-30");
		assertThat(row.get(ActionColumn.PERCENT_COMPLETE)).isEqualTo("75");
		assertThatThrownBy(() -> reader(file, "Actions").open(new ExecutionContext()))
			.hasMessage(file + ": has no sheet named 'Actions' (its sheets: Notes, Plan)");
	}

	private static TabularItemReader<ActionColumn> reader(Path file, String sheet) {
		return new TabularItemReader<>(new InputFile(file, sheet), ActionColumn.class, Map.of(), List.of());
	}

	private static List<InputRow<ActionColumn>> readAll(TabularItemReader<ActionColumn> reader) {
		reader.open(new ExecutionContext());
		try {
			List<InputRow<ActionColumn>> rows = new ArrayList<>();
			InputRow<ActionColumn> row;
			while ((row = reader.read()) != null) {
				rows.add(row);
			}
			return rows;
		}
		finally {
			reader.close();
		}
	}

}
