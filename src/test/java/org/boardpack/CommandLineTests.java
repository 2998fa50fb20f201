package org.boardpack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.boardpack.rejects.MutatedRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * boardpack as the person who schedules it sees it: the exit code, and for a file that
 * cannot be used one clear line on stderr naming the file, no stack trace, and nothing
 * half-made in the output folder.
 */
@ExtendWith(OutputCaptureExtension.class)
class CommandLineTests {

	@TempDir
	Path dir;

	@Test
	void theSampleRunSucceedsAndSaysWhatItRead(CapturedOutput output) {
		assertThat(run()).isZero();
		assertThat(output.getOut()).contains("seeds/actions.csv: 52 rows read = 52 loaded + 0 rejected")
			.contains("seeds/audits.csv: 355 rows read = 353 loaded + 2 rejected")
			.contains("wrote " + out().resolve("2021-01/board-pack-2021-01.pdf"));
		assertThat(output.getErr()).isEmpty();
		// A run again writes no error to H2's trace file beside the history (a schema
		// made
		// by CREATE TABLE once filled it with "table already exists").
		assertThat(run("--rerun")).isZero();
		assertThat(out().resolve("history")).isDirectoryContaining("glob:**/boardpack.mv.db")
			.isDirectoryNotContaining("glob:**/*.trace.db");
	}

	@Test
	void noCaseReferenceOrAuditorReachesThePackTheRejectsTheManifestTheLogOrTheConsole(CapturedOutput output)
			throws Exception {
		// given the sample audits with rows made wrong at random, so that reject and
		// error paths run too
		List<String[]> audits = MutatedRows.read(Path.of("seeds/audits.csv"));
		List<String[]> rows = new ArrayList<>(audits.subList(1, audits.size()));
		rows.addAll(new MutatedRows(7).mutate(rows, 500, 0.1));
		Path auditFile = this.dir.resolve("audits.csv");
		MutatedRows.write(auditFile, audits.get(0), rows);
		Set<String> personal = new TreeSet<>();
		for (String[] row : rows) {
			if (row.length > 5 && row[1].startsWith("NMB-")) {
				personal.add(row[1]);
			}
			if (row.length > 5 && row[5].matches("[A-Z][a-z]+ [A-Z][a-z]+")) {
				personal.add(row[5]);
			}
		}
		assertThat(personal).hasSizeGreaterThan(300);
		// when
		assertThat(run("--actions=seeds/actions.csv", "--audits=" + auditFile)).isZero();
		// then
		Path folder = out().resolve("2021-01");
		StringBuilder everything = new StringBuilder(output.getAll());
		everything.append(Files.readString(out().resolve("boardpack.log")));
		everything.append(Files.readString(folder.resolve("rejects-2021-01.csv")));
		everything.append(Files.readString(folder.resolve("manifest-2021-01.json")));
		PdfReader pdf = new PdfReader(folder.resolve("board-pack-2021-01.pdf").toString());
		try {
			PdfTextExtractor text = new PdfTextExtractor(pdf);
			for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
				everything.append(text.getTextFromPage(page));
			}
		}
		finally {
			pdf.close();
		}
		String all = everything.toString();
		assertThat(personal).noneMatch(all::contains);
	}

	@Test
	void anInputNotNamedIsLeftOutAndTheRunAndThePackSaySo(CapturedOutput output) throws Exception {
		assertThat(run("--actions=seeds/actions.csv")).isZero();
		String leftOut = "--audits (the case audits): not named for this run, so left out of this pack";
		assertThat(output.getOut()).contains("seeds/actions.csv: 52 rows read = 52 loaded + 0 rejected")
			.contains(leftOut)
			.doesNotContain("seeds/audits.csv");
		Path folder = out().resolve("2021-01");
		assertThat(Files.readString(folder.resolve("manifest-2021-01.json")))
			.contains("{\"input\": \"audits\", \"supplied\": false, \"file\": \"\"")
			.doesNotContain("seeds/audits.csv");
		PdfReader pdf = new PdfReader(folder.resolve("board-pack-2021-01.pdf").toString());
		StringBuilder text = new StringBuilder();
		try {
			PdfTextExtractor extractor = new PdfTextExtractor(pdf);
			for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page)).append('\n');
			}
		}
		finally {
			pdf.close();
		}
		assertThat(text.toString().replaceAll("\\s+", " "))
			.contains("Case audits: no file was given for this run, so they are left out of this pack.")
			.doesNotContain("No case audits are recorded");
		assertThat(output.getErr()).isEmpty();
	}

	@Test
	void aRequiredInputMustBeNamedOnceAnotherIs(CapturedOutput output) {
		assertThat(run("--audits=seeds/audits.csv")).isEqualTo(2);
		assertOneLine(output, "boardpack: --actions needs a value: the action plan is needed in every run "
				+ "(name no input at all to run the sample in seeds/)");
	}

	@Test
	void aMissingFileIsNamedInOneLine(CapturedOutput output) {
		assertThat(run("--actions=seeds/actions.csv", "--audits=" + this.dir.resolve("audits.csv"))).isEqualTo(3);
		assertOneLine(output, "boardpack: " + this.dir.resolve("audits.csv") + ": not found");
	}

	@Test
	void anEmptyFileIsNamedInOneLine(CapturedOutput output) throws IOException {
		Path empty = Files.createFile(this.dir.resolve("plan.csv"));
		assertThat(run("--actions=" + empty)).isEqualTo(3);
		assertOneLine(output, "boardpack: " + empty + ": is empty");
	}

	@Test
	void aBinaryFileIsNamedInOneLine(CapturedOutput output) throws IOException {
		Path binary = Files.write(this.dir.resolve("plan.csv"), new byte[] { 'P', 'K', 1, 2, 0, 0, 0 });
		assertThat(run("--actions=" + binary)).isEqualTo(3);
		assertOneLine(output, "boardpack: " + binary + ": is not a CSV or XLSX file (it holds binary data)");
	}

	@Test
	void aWorkbookWithoutTheNamedSheetIsNamedInOneLine(CapturedOutput output) throws IOException {
		Path workbook = workbook(this.dir.resolve("plan.xlsx"));
		assertThat(run("--actions=" + workbook, "--actions-sheet=Actions")).isEqualTo(3);
		assertOneLine(output, "boardpack: " + workbook + ": has no sheet named 'Actions' (its sheets: Plan)");
	}

	@Test
	void aPasswordProtectedWorkbookIsNamedInOneLine(CapturedOutput output) throws IOException {
		// an encrypted .xlsx is an OLE2 compound file, not a ZIP: this is its signature
		Path locked = Files.write(this.dir.resolve("plan.xlsx"), new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11,
				(byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0 });
		assertThat(run("--actions=" + locked)).isEqualTo(3);
		assertOneLine(output, "boardpack: " + locked
				+ ": is password-protected or an old .xls workbook; save it as an unprotected .xlsx or as CSV UTF-8");
	}

	@Test
	void aZipBombIsRefusedInOneLine(CapturedOutput output) throws IOException {
		Path bomb = zipBomb(workbook(this.dir.resolve("plan.xlsx")), this.dir.resolve("bomb.xlsx"));
		assertThat(run("--actions=seeds/actions.csv", "--audits=" + bomb)).isEqualTo(3);
		assertOneLine(output, "boardpack: " + bomb
				+ ": is refused: part of it expands far beyond what a real workbook does (a possible zip bomb); "
				+ "open it in Excel and save it again");
	}

	@Test
	void aQuoteThatIsNeverClosedIsNamedWithItsLine(CapturedOutput output) throws IOException {
		Path csv = Files.writeString(this.dir.resolve("plan.csv"),
				"ref,section,action,owner,due_date,status\n1.1,1,\"unclosed,o,30/06/2021,Complete\n");
		assertThat(run("--actions=" + csv)).isEqualTo(3);
		assertOneLine(output,
				"boardpack: " + csv + ": is not well-formed CSV: line 2: Unclosed quoted field at end of input");
	}

	@Test
	void tooManyRejectsFailTheRunOnPurposeButTheReasonsArePublished(CapturedOutput output) {
		// 2 of the 355 sample audits are rejected: 0.56%
		assertThat(run("--max-reject-percent=0.5")).isEqualTo(4);
		assertOneLine(output, "boardpack: seeds/audits.csv: 2 of 355 rows rejected, more than the 0.5% allowed by "
				+ "--max-reject-percent; the reasons are in rejects-2021-01.csv");
		assertThat(out().resolve("2021-01")).isDirectoryContaining("glob:**/rejects-2021-01.csv")
			.isDirectoryNotContaining("glob:**/*.pdf")
			.isDirectoryNotContaining("glob:**/*.xlsx");
		// the same command with a limit the files meet (the workforce's 1 of 85 is 1.18%)
		// resumes the run and finishes it
		assertThat(run("--max-reject-percent=2")).isZero();
		assertThat(out().resolve("2021-01")).isDirectoryContaining("glob:**/*.pdf");
	}

	@Test
	void aBadOptionOrTemplateIsExitCodeTwo(CapturedOutput output) throws IOException {
		assertThat(run("--peroid=2021-02")).isEqualTo(2);
		assertThat(run("--period=2021-13")).isEqualTo(2);
		Path template = Files.writeString(this.dir.resolve("t.yml"), "authority: Somewhere\n");
		assertThat(run("--template=" + template)).isEqualTo(2);
		assertThat(output.getErr().lines().toList()).containsExactly("boardpack: unknown option --peroid (see --help)",
				"boardpack: --period must be a month written like 2021-01, not '2021-13'",
				"boardpack: template " + template + ": missing board, report-title, protective-marking, author, rag, "
						+ "audits, legend, kpis, colours.blue, colours.green, colours.amber, colours.red, colours.heading, "
						+ "colours.rule, matters-for-the-board (1 or more)");
	}

	private int run(String... options) {
		List<String> args = new ArrayList<>(List.of(options));
		args.add("--output=" + out());
		return BoardpackApplication.run(args.toArray(String[]::new));
	}

	private Path out() {
		return this.dir.resolve("out");
	}

	/**
	 * The one line, no stack trace; for a file that cannot be used, nothing in the
	 * period's folder either.
	 */
	private void assertOneLine(CapturedOutput output, String line) {
		assertThat(output.getErr().lines().toList()).containsExactly(line);
		assertThat(output.getAll()).doesNotContain("Exception").doesNotContain("\tat ");
		if (!line.contains("--max-reject-percent")) {
			assertThat(out().resolve("2021-01")).doesNotExist();
		}
	}

	private static Path workbook(Path file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			workbook.createSheet("Plan").createRow(0).createCell(0).setCellValue("ref");
			workbook.write(out);
		}
		return file;
	}

	/**
	 * The same workbook with its sheet swapped for 50 MB of blanks that compress to
	 * almost nothing.
	 */
	private static Path zipBomb(Path workbook, Path bomb) throws IOException {
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(workbook));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().startsWith("xl/worksheets/")) {
					out.write(("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
							+ "spreadsheetml/2006/main\"><sheetData>")
						.getBytes());
					byte[] blanks = " ".repeat(1 << 20).getBytes();
					for (int i = 0; i < 50; i++) {
						out.write(blanks);
					}
					out.write("</sheetData></worksheet>".getBytes());
				}
				else {
					in.transferTo(out);
				}
			}
		}
		return bomb;
	}

}
