package org.boardpack.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.boardpack.actionplan.Action;
import org.boardpack.pack.BoardPack;
import org.boardpack.progress.AssessedAction;
import org.boardpack.report.BoardPackRenderer;

import org.springframework.stereotype.Component;

/** The tracker as XLSX: the Actions sheet, one row per action, with a filter and a frozen header. */
@Component
public class ExcelTracker implements BoardPackRenderer {

	/** Headers of the columns the tracker derives: recomputed, never read, when a tracker comes back. */
	public static final List<String> DERIVED_HEADERS = List.of("Derived RAG");

	private static final String[] HEADERS = { "Ref", "Section", "Action", "Owner", "Due date", "Revised due date",
			"Status", "Owner's RAG", "Derived RAG" };

	@Override
	public String fileName(YearMonth period) {
		return "tracker-" + period + ".xlsx";
	}

	@Override
	public void render(BoardPack pack, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			CreationHelper helper = workbook.getCreationHelper();
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(helper.createDataFormat().getFormat("dd/mm/yyyy"));
			SXSSFSheet sheet = workbook.createSheet("Actions");
			Row header = sheet.createRow(0);
			for (int i = 0; i < HEADERS.length; i++) {
				header.createCell(i).setCellValue(HEADERS[i]);
			}
			int r = 1;
			for (AssessedAction assessed : pack.actions()) {
				Action a = assessed.action();
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(a.ref());
				row.createCell(1).setCellValue(a.section());
				row.createCell(2).setCellValue(a.description());
				row.createCell(3).setCellValue(a.owner());
				row.createCell(4).setCellValue(a.dueDate());
				row.getCell(4).setCellStyle(date);
				if (a.revisedDueDate() != null) {
					row.createCell(5).setCellValue(a.revisedDueDate());
					row.getCell(5).setCellStyle(date);
				}
				row.createCell(6).setCellValue(a.status().label());
				row.createCell(7).setCellValue((a.ownerRag() != null) ? a.ownerRag().label() : "");
				row.createCell(8).setCellValue(assessed.derivedRag().label());
			}
			sheet.createFreezePane(1, 1);
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, HEADERS.length - 1));
			workbook.write(out);
		}
	}

}
