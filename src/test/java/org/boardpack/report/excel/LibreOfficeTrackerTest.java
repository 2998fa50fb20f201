package org.boardpack.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.boardpack.pack.BoardPackFixtures;

/**
 * The tracker in a real client: LibreOffice prints it and saves it again, and what an
 * officer relies on survives. (Its pages were also looked at, rendered; see the README.)
 */
class LibreOfficeTrackerTest {

	@TempDir
	Path folder;

	@Test
	void printsTheWorkingColumnsOfActionsAndAboutOnOnePage() throws Exception {
		LibreOffice.require();
		Path tracker = Files.write(this.folder.resolve("tracker-2021-01.xlsx"),
				Trackers.render(BoardPackFixtures.small()));
		Path pdf = LibreOffice.convert(tracker, "pdf", Files.createDirectory(this.folder.resolve("pdf")));
		PdfReader reader = new PdfReader(pdf.toString());
		try {
			PdfTextExtractor text = new PdfTextExtractor(reader);
			String first = text.getTextFromPage(1);
			assertThat(first).contains("Improvement plan actions", "Update this month", "Last update", "Owner's",
					"Care leavers", "Page 1 of");
			// The derived columns are outside the print area.
			assertThat(first).doesNotContain("Derived RAG", "Evidence of impact");
			String last = text.getTextFromPage(reader.getNumberOfPages());
			assertThat(last).contains("About this tracker", "What the statuses mean", "Embedded");
			String beforeLast = text.getTextFromPage(reader.getNumberOfPages() - 1);
			assertThat(beforeLast).doesNotContain("About this tracker");
		}
		finally {
			reader.close();
		}
	}

	@Test
	void savedAgainTheActionsKeepTheirProtectionDropdownsAndRowHeights() throws Exception {
		LibreOffice.require();
		Path tracker = Files.write(this.folder.resolve("tracker-2021-01.xlsx"),
				Trackers.render(BoardPackFixtures.small()));
		Path saved = LibreOffice.convert(tracker, "xlsx", Files.createDirectory(this.folder.resolve("saved")));
		try (XSSFWorkbook workbook = Trackers.open(Files.readAllBytes(saved))) {
			XSSFSheet actions = workbook.getSheet("Actions");
			assertThat(actions.isSheetLocked()).isTrue();
			assertThat(actions.isAutoFilterLocked()).isFalse();
			assertThat(actions.getDataValidations()).hasSize(11);
			assertThat(actions.getRow(Trackers.HEADER).getHeightInPoints()).isEqualTo(2 * 15f);
			assertThat(Trackers.row(actions, "1.2").getHeightInPoints()).isEqualTo(3 * 15f);
		}
	}

}
