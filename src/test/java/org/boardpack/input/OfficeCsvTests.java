package org.boardpack.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.actionplan.ActionColumn;
import org.boardpack.audit.AuditColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * CSV files as officers' Excel and LibreOffice save them: their encodings and separators,
 * and the file-level cases where rows could be lost or personal data quoted.
 */
class OfficeCsvTests {

	private static final String HEADER = "ref,section,action,owner,due_date,status";

	private static final String PLAN = HEADER
			+ "\r\n1.1,1,\"Review, then publish\",Siân Pritchard,30/06/2021,Complete\r\n"
			+ "1.2,1,Agree the board’s “challenge log”,Zoë Ní Bhriain,31/07/2021,In progress\r\n";

	@TempDir
	Path dir;

	@Test
	void excelsPlainCsvInWindows1252IsReadWithOneNotice() throws Exception {
		Path file = OfficeFiles.iconv(PLAN, "WINDOWS-1252", this.dir.resolve("plan.csv"));
		assertThat(Files.readAllBytes(file)).contains((byte) 0xE2, (byte) 0x93, (byte) 0x94);
		TabularItemReader<ActionColumn> reader = actions(file);
		List<InputRow<ActionColumn>> rows = readAll(reader);
		assertThat(rows).extracting((r) -> r.get(ActionColumn.OWNER))
			.containsExactly("Siân Pritchard", "Zoë Ní Bhriain");
		assertThat(rows.get(1).get(ActionColumn.ACTION)).isEqualTo("Agree the board’s “challenge log”");
		assertThat(reader.summary().notices())
			.containsExactly("read as Windows-1252, the encoding of Excel's plain CSV");
		assertThat(reader.summary().sha256()).isEqualTo(new InputFile(file, null).sha256());
	}

	@Test
	void excelsUnicodeTextInUtf16TabSeparatedIsRead() throws Exception {
		Path file = OfficeFiles.unicodeText(
				PLAN.replace(",", "\t").replace("\"Review\t then publish\"", "Review, then publish"),
				this.dir.resolve("plan.txt"));
		TabularItemReader<ActionColumn> reader = actions(file);
		List<InputRow<ActionColumn>> rows = readAll(reader);
		assertThat(rows).extracting((r) -> r.get(ActionColumn.OWNER))
			.containsExactly("Siân Pritchard", "Zoë Ní Bhriain");
		assertThat(rows.get(0).get(ActionColumn.ACTION)).isEqualTo("Review, then publish");
		assertThat(reader.summary().notices()).containsExactly("separated by tabs");
	}

	@Test
	void aEuropeanExcelsSemicolonsAreFoundFromTheHeaderLine() throws Exception {
		// a comma inside the text, and a title line, do not decide the separator
		String semicolons = "Plan, as at January;;;;;\r\n"
				+ PLAN.replace(",", ";").replace("\"Review; then", "\"Review, then");
		Path file = OfficeFiles.iconv(semicolons, "WINDOWS-1252", this.dir.resolve("plan.csv"));
		TabularItemReader<ActionColumn> reader = actions(file);
		List<InputRow<ActionColumn>> rows = readAll(reader);
		assertThat(rows).extracting(InputRow::line).containsExactly(3L, 4L);
		assertThat(rows.get(0).get(ActionColumn.ACTION)).isEqualTo("Review, then publish");
		assertThat(reader.summary().notices()).containsExactly(
				"read as Windows-1252, the encoding of Excel's plain CSV", "separated by semicolons",
				"1 title row above the header passed over: line 1");
	}

	@Test
	void aByteThatWindows1252DoesNotDefineIsRefusedNamingItsLine() throws Exception {
		byte[] text = (HEADER
				+ "\n1.1,1,Review,Head of QA,30/06/2021,Complete\n1.2,1,Bad \u0081,Head,30/06/2021,Complete\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		Path file = Files.write(this.dir.resolve("plan.csv"), text);
		assertThatThrownBy(() -> readAll(actions(file))).isInstanceOf(InputFileException.class)
			.hasMessage(file + ": line 3 holds a byte (0x81) that is not a character in UTF-8 or in Windows-1252 "
					+ "(Excel's plain CSV); save it again from Excel as \"CSV UTF-8 (Comma delimited)\"");
	}

	@Test
	void utf8FollowedByOtherBytesIsRefusedAsMixed() throws Exception {
		byte[] utf8 = (HEADER + "\n1.1,1,Review,Siân,30/06/2021,Complete\n").getBytes(StandardCharsets.UTF_8);
		byte[] latin = "1.2,1,Review,Si\u00e2n,30/06/2021,Complete\n".getBytes(StandardCharsets.ISO_8859_1);
		byte[] both = new byte[utf8.length + latin.length];
		System.arraycopy(utf8, 0, both, 0, utf8.length);
		System.arraycopy(latin, 0, both, utf8.length, latin.length);
		Path file = Files.write(this.dir.resolve("plan.csv"), both);
		assertThatThrownBy(() -> readAll(actions(file))).isInstanceOf(InputFileException.class)
			.hasMessageStartingWith(file + ": line 3 holds a byte (0xE2) that is not UTF-8, after text that is");
	}

	@Test
	void libreOfficesCsvExportsAreRead() throws Exception {
		Path workbook = this.dir.resolve("plan.xlsx");
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			XSSFSheet sheet = book.createSheet("Plan");
			String[][] cells = { HEADER.split(","),
					{ "1.1", "1", "Review, then publish", "Siân Pritchard", "30/06/2021", "Complete" }, { "1.2", "1",
							"Agree the board’s “challenge log”", "Zoë Ní Bhriain", "31/07/2021", "In progress" } };
			for (int r = 0; r < cells.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < cells[r].length; c++) {
					row.createCell(c).setCellValue(cells[r][c]);
				}
			}
			try (OutputStream out = Files.newOutputStream(workbook)) {
				book.write(out);
			}
		}
		// LibreOffice's filter options: separator, quote, character set (1 Windows-1252,
		// 76 UTF-8, 65535 UTF-16)
		for (String options : List.of("44,34,1", "59,34,1", "9,34,65535", "44,34,76")) {
			Path csv = OfficeFiles.libreOffice(workbook, "csv:Text - txt - csv (StarCalc):" + options, "csv");
			List<InputRow<ActionColumn>> rows = readAll(actions(csv));
			assertThat(rows).as(options)
				.extracting((r) -> r.get(ActionColumn.OWNER))
				.containsExactly("Siân Pritchard", "Zoë Ní Bhriain");
			assertThat(rows.get(1).get(ActionColumn.ACTION)).as(options).isEqualTo("Agree the board’s “challenge log”");
			Files.delete(csv);
		}
	}

	@Test
	void aPipeIsRefusedWithoutReadingIt() throws Exception {
		Path fifo = this.dir.resolve("plan.csv");
		Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
		assertThat(mkfifo.waitFor()).isZero();
		assertThatThrownBy(() -> org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> actions(fifo).open(new ExecutionContext())))
			.isInstanceOf(InputFileException.class)
			.hasMessage(fifo + ": is not a regular file (a pipe, a device or a socket); name a saved CSV or XLSX file");
	}

	@Test
	void aFileChangedWhileItIsReadStopsTheRead() throws Exception {
		Path file = Files.writeString(this.dir.resolve("plan.csv"), PLAN);
		TabularItemReader<ActionColumn> reader = actions(file);
		reader.open(new ExecutionContext());
		try {
			assertThat(reader.read()).isNotNull();
			Files.writeString(file, PLAN.substring(0, PLAN.length() - 20));
			Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5000));
			assertThatThrownBy(() -> {
				while (reader.read() != null) {
					// reading to the end
				}
			}).isInstanceOf(InputFileException.class)
				.hasMessage(file + ": changed while it was being read (its size or time of change is not what it was "
						+ "when reading began); run again once it is saved and closed");
		}
		finally {
			reader.close();
		}
	}

	@Test
	void anAuditFileWithoutAHeaderIsDescribedNeverQuoted() throws Exception {
		Path file = Files.writeString(this.dir.resolve("audits.csv"),
				"AUD-2020-0001,NMB-496015,2020-07-01,Monthly practice audit,Duty,Jo Bloggs,Outstanding,Good,,,,,no,\n"
						+ "AUD-2020-0002,NMB-405236,2020-07-02,Monthly practice audit,MASH,Jo Bloggs,Good,,,,,,no,\n");
		TabularItemReader<AuditColumn> reader = new TabularItemReader<>(new InputFile(file, null), AuditColumn.class,
				Map.of(), List.of());
		assertThatThrownBy(() -> reader.open(new ExecutionContext())).isInstanceOf(InputFileException.class)
			.hasMessageStartingWith(file + ": has no header row with the columns it needs: missing audit_id")
			.hasMessageEndingWith(
					"(line 1 has 9 filled cells, 1 of them dates or numbers: it looks like a data row, not a header)")
			.message()
			.doesNotContain("NMB-", "Bloggs", "AUD-2020");
	}

	@Test
	void aDataRowAboveTheHeaderIsReadToBeRejectedAndTitleRowsAreNamed() throws Exception {
		Path file = Files.writeString(this.dir.resolve("plan.csv"),
				"Northmoor improvement plan,,,,,\n" + "1.9,1,Pasted above,Head of QA,30/06/2021,Complete\n" + HEADER
						+ "\n1.1,1,First,Head,30/06/2021,Complete\n");
		TabularItemReader<ActionColumn> reader = actions(file);
		List<InputRow<ActionColumn>> rows = readAll(reader);
		assertThat(rows).extracting(InputRow::line).containsExactly(2L, 4L);
		assertThat(rows).extracting(InputRow::aboveHeader).containsExactly(true, false);
		assertThat(reader.summary().rowsRead()).isEqualTo(2);
		assertThat(reader.summary().notices()).containsExactly("1 title row above the header passed over: line 1");
	}

	@Test
	void aColumnWithDataUnderABlankHeaderIsNamedByPositionAndKind() throws Exception {
		Path file = Files.writeString(this.dir.resolve("plan.csv"), HEADER + ",\n1.1,1,First,Head,30/06/2021,Complete,"
				+ "Went well\n1.2,1,Second,Head,30/06/2021,Complete,\n");
		TabularItemReader<ActionColumn> reader = actions(file);
		assertThat(readAll(reader)).hasSize(2);
		assertThat(reader.summary().notices()).containsExactly(
				"column 7 (G) has no header but holds data on 1 row, the first of them text; it was not read: "
						+ "give it a header boardpack knows");
	}

	@Test
	void aColumnWhoseEveryDateIsOneOnlyMonthFirstIsNamedOnce() throws Exception {
		// due_date as en-US writes it; start_date's 01/02/2021 is a date day first too,
		// so
		// that column is not said to be US although 12/13/2020 is
		Path file = Files.writeString(this.dir.resolve("plan.csv"),
				"ref,section,action,owner,start_date,due_date,status\n"
						+ "1.1,1,First,Head,01/02/2021,01/31/2021,In progress\n"
						+ "1.2,1,Second,Head,12/13/2020,02/28/2021,In progress\n" + "1.3,1,Third,Head,,,Not started\n"
						+ "1.4,1,Fourth,Head,,3/31/21,Not started\n");
		TabularItemReader<ActionColumn> reader = actions(file);
		assertThat(readAll(reader)).hasSize(4);
		assertThat(reader.summary().notices()).containsExactly(
				"due_date: every date is month first (US), on all 3 rows with one: save the file with UK dates (day first)");
	}

	@Test
	void aColumnOfDatesValidBothWaysIsNotSaidToBeMonthFirst() throws Exception {
		Path file = Files.writeString(this.dir.resolve("plan.csv"),
				HEADER + "\n1.1,1,First,Head,01/02/2021,Complete\n1.2,1,Second,Head,12/11/2021,Complete\n");
		TabularItemReader<ActionColumn> reader = actions(file);
		assertThat(readAll(reader)).hasSize(2);
		assertThat(reader.summary().notices()).isEmpty();
	}

	private static TabularItemReader<ActionColumn> actions(Path file) {
		return new TabularItemReader<>(new InputFile(file, null), ActionColumn.class, Map.of(), List.of());
	}

	static <C extends Enum<C> & ColumnSpec> List<InputRow<C>> readAll(TabularItemReader<C> reader) {
		reader.open(new ExecutionContext());
		try {
			List<InputRow<C>> rows = new ArrayList<>();
			InputRow<C> row;
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
