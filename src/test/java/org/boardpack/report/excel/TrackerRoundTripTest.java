package org.boardpack.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boardpack.report.excel.Trackers.HEADER;
import static org.boardpack.report.excel.Trackers.columns;
import static org.boardpack.report.excel.Trackers.row;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.actionplan.Action;
import org.boardpack.actionplan.ActionColumn;
import org.boardpack.actionplan.DerivedColumn;
import org.boardpack.actionplan.ActionValidator;
import org.boardpack.actionplan.AssessedAction;
import org.boardpack.actionplan.Rag;
import org.boardpack.actionplan.Status;
import org.boardpack.actionplan.LockedEdits;
import org.boardpack.input.InputFile;
import org.boardpack.input.InputRow;
import org.boardpack.input.TabularItemReader;
import org.boardpack.pack.BoardPack;
import org.boardpack.pack.BoardPackFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The tracker an officer edited comes back as next month's plan: edits kept, rows in any
 * order, derived columns set aside (never trusted), nothing rejected and no column
 * unknown.
 */
class TrackerRoundTripTest {

	@TempDir
	Path folder;

	private final BoardPack pack = BoardPackFixtures.small();

	@Test
	void anEditedAndSortedTrackerIsReadBackAsTheNextActionPlan() throws Exception {
		roundTrip(Trackers.render(this.pack));
	}

	@Test
	void aTrackerSavedAgainByLibreOfficeIsReadBackTheSameWay() throws Exception {
		LibreOffice.require();
		Path made = Files.write(this.folder.resolve("tracker-2021-01.xlsx"), Trackers.render(this.pack));
		Path saved = LibreOffice.convert(made, "xlsx", Files.createDirectory(this.folder.resolve("libreoffice")));
		roundTrip(Files.readAllBytes(saved));
	}

	/** An officer edits and sorts the tracker; it is read back as next month's plan. */
	private void roundTrip(byte[] made) throws Exception {
		BoardPack pack = this.pack;
		Path tracker = this.folder.resolve("edited.xlsx");
		try (XSSFWorkbook workbook = Trackers.open(made)) {
			Sheet actions = workbook.getSheet("Actions");
			Map<String, Integer> column = columns(actions);
			Row done = row(actions, "2.4");
			edit(done.getCell(column.get("Status")), "Complete");
			edit(done.getCell(column.get("Percent complete")), 100);
			edit(done.getCell(column.get("Last updated")), LocalDate.of(2021, 2, 20));
			edit(done.getCell(column.get("Update this month")), "=20/02/2021: policy signed off");
			edit(done.getCell(column.get("Evidence of impact")), "Adopted by all teams");
			// An officer who overwrites last month's text instead: still the update.
			edit(row(actions, "1.1").getCell(column.get("Last update")), "Started in post.");
			Row ragged = row(actions, "2.2");
			edit(ragged.getCell(column.get("Owner's RAG")), "r");
			edit(ragged.getCell(column.get("Derived RAG")), "Blue");
			edit(ragged.getCell(column.get("Days overdue")), "none, honest");
			edit(row(actions, "3.2").getCell(column.get("Revised due date")), LocalDate.of(2021, 3, 31));
			reverseRows(actions);
			try (OutputStream out = Files.newOutputStream(tracker)) {
				workbook.write(out);
			}
		}

		// The edits to derived columns are ignored, and said.
		assertThat(LockedEdits.find(new InputFile(tracker, null), pack.actions(), ActionColumn.headers(Map.of())))
			.containsExactly("2.2 Days overdue: 31 changed to none, honest", "2.2 Derived RAG: Red changed to Blue");

		TabularItemReader<ActionColumn> reader = new TabularItemReader<>(new InputFile(tracker, null),
				ActionColumn.class, Map.of(), DerivedColumn.HEADERS);
		ActionValidator validator = new ActionValidator();
		reader.open(new ExecutionContext());
		validator.open(new ExecutionContext());
		List<String> order = new ArrayList<>();
		Map<String, Action> read = new TreeMap<>();
		for (InputRow<ActionColumn> row = reader.read(); row != null; row = reader.read()) {
			Action action = validator.process(row);
			order.add(action.ref());
			read.put(action.ref(), comparable(action));
		}
		reader.close();

		TabularItemReader.ReadSummary summary = reader.summary();
		assertThat(summary.headerLine()).isEqualTo(HEADER + 1);
		assertThat(summary.rowsRead()).isEqualTo(12);
		assertThat(summary.unknownColumns()).isEmpty();
		assertThat(summary.recomputedColumns()).containsExactlyElementsOf(DerivedColumn.HEADERS);
		assertThat(order).first().isEqualTo("3.4");
		Map<String, Action> expected = new TreeMap<>();
		for (AssessedAction a : pack.actions()) {
			expected.put(a.ref(), edited(comparable(a.action(), a.sectionTitle())));
		}
		assertThat(read).isEqualTo(expected);
	}

	/**
	 * Changes a cell as Excel or LibreOffice saves an edit: the cell is written afresh.
	 * (POI's own setter, on a cell holding an inline string as a streamed sheet writes
	 * them, keeps the old text beside the new, and readers, POI's included, take the
	 * old.)
	 */
	private static void edit(Cell cell, Object value) {
		cell.setBlank();
		if (value instanceof String text) {
			cell.setCellValue(text);
		}
		else if (value instanceof LocalDate date) {
			cell.setCellValue(date);
		}
		else {
			cell.setCellValue(((Integer) value).doubleValue());
		}
	}

	/** What the officer changed, as the plan should now say it. */
	private static Action edited(Action a) {
		return switch (a.ref()) {
			case "2.4" -> new Action(a.ref(), a.section(), a.sectionTitle(), a.description(), a.owner(), a.startDate(),
					a.dueDate(), a.revisedDueDate(), Status.COMPLETE, a.ownerRag(), 100, LocalDate.of(2021, 2, 20),
					"=20/02/2021: policy signed off", "Adopted by all teams", a.boardAsk(), a.theme(), a.decision(), 0);
			case "2.2" -> new Action(a.ref(), a.section(), a.sectionTitle(), a.description(), a.owner(), a.startDate(),
					a.dueDate(), a.revisedDueDate(), a.status(), Rag.RED, a.percentComplete(), a.lastUpdated(),
					a.update(), a.evidence(), a.boardAsk(), a.theme(), a.decision(), 0);
			case "1.1" -> new Action(a.ref(), a.section(), a.sectionTitle(), a.description(), a.owner(), a.startDate(),
					a.dueDate(), a.revisedDueDate(), a.status(), a.ownerRag(), a.percentComplete(), a.lastUpdated(),
					"Started in post.", a.evidence(), a.boardAsk(), a.theme(), a.decision(), 0);
			case "3.2" -> new Action(a.ref(), a.section(), a.sectionTitle(), a.description(), a.owner(), a.startDate(),
					a.dueDate(), LocalDate.of(2021, 3, 31), a.status(), a.ownerRag(), a.percentComplete(),
					a.lastUpdated(), a.update(), a.evidence(), a.boardAsk(), a.theme(), a.decision(), 0);
			default -> a;
		};
	}

	/**
	 * The action without the line it was read from, with the section title the tracker
	 * shows.
	 */
	private static Action comparable(Action a, String sectionTitle) {
		return new Action(a.ref(), a.section(), sectionTitle, a.description(), a.owner(), a.startDate(), a.dueDate(),
				a.revisedDueDate(), a.status(), a.ownerRag(), a.percentComplete(), a.lastUpdated(), a.update(),
				a.evidence(), a.boardAsk(), a.theme(), a.decision(), 0);
	}

	private static Action comparable(Action a) {
		return comparable(a, a.sectionTitle());
	}

	/**
	 * Sorts the data rows Z to A by ref, as an officer might, moving values and styles
	 * together.
	 */
	private static void reverseRows(Sheet sheet) {
		List<List<Object[]>> rows = new ArrayList<>();
		for (int r = HEADER + 1; r <= sheet.getLastRowNum(); r++) {
			List<Object[]> cells = new ArrayList<>();
			for (Cell cell : sheet.getRow(r)) {
				Object value = switch (cell.getCellType()) {
					case STRING -> cell.getStringCellValue();
					case NUMERIC -> cell.getNumericCellValue();
					default -> null;
				};
				cells.add(new Object[] { cell.getColumnIndex(), value, cell.getCellStyle() });
			}
			rows.add(cells);
		}
		Collections.reverse(rows);
		for (int i = 0; i < rows.size(); i++) {
			Row row = sheet.getRow(HEADER + 1 + i);
			for (Object[] cell : rows.get(i)) {
				Cell target = row.getCell((Integer) cell[0]);
				target.setBlank();
				if (cell[1] instanceof String text) {
					target.setCellValue(text);
				}
				else if (cell[1] instanceof Double number) {
					target.setCellValue(number);
				}
				target.setCellStyle((CellStyle) cell[2]);
			}
		}
		assertThat(sheet.getRow(HEADER + 1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
	}

}
