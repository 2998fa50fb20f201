package org.boardpack.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.boardpack.pack.BoardPack;
import org.boardpack.report.BoardPackRenderer;

import org.springframework.stereotype.Component;

/**
 * The tracker as XLSX, the sheets in the order officers use them: Actions (which comes
 * back as next month's plan), How to update, Summary, Since last board, History, Audits,
 * Audit summary, Rejects (only when any), About, and the dropdowns' lists (hidden). The
 * large sheets are streamed, so memory stays bounded at national scale; the small Summary
 * sheet is built in full first, for its chart. Same pack, same bytes: the document's
 * dates are the as-at date and the zip carries no clock.
 */
@Component
public class ExcelTracker implements BoardPackRenderer {

	/**
	 * The sheets in the order they appear; the last, the dropdowns' lists, is hidden.
	 */
	private static final List<String> SHEETS = List.of(ActionsSheet.NAME, HowToUpdateSheet.NAME, SummarySheet.NAME,
			SinceLastBoardSheet.NAME, HistorySheet.NAME, AuditsSheet.NAME, AuditSummarySheet.NAME, ScorecardSheet.NAME,
			MeasuresSheet.NAME, TransfersSheet.NAME, WorkforceSheet.NAME, RejectsSheet.NAME, AboutSheet.NAME,
			ListsSheet.NAME);

	/** Rows of a streamed sheet kept in memory before they are written out. */
	private static final int WINDOW = 200;

	@Override
	public String fileName(YearMonth period) {
		return "tracker-" + period + ".xlsx";
	}

	@Override
	public void render(BoardPack pack, OutputStream out, Path scratch) throws IOException {
		Files.createDirectories(scratch);
		// The streamed sheets' temporary files go where this run's own do.
		TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(scratch.toFile()));
		Path written = Files.createTempFile(scratch, "tracker-", ".xlsx");
		try {
			try (OutputStream file = Files.newOutputStream(written)) {
				write(pack, file);
			}
			ReproducibleZip.copy(written, out, pack.asAt().atStartOfDay());
		}
		finally {
			Files.deleteIfExists(written);
		}
	}

	private static void write(BoardPack pack, OutputStream out) throws IOException {
		XSSFWorkbook book = new XSSFWorkbook();
		Styles styles = new Styles(book, pack.template());
		Layout layout = new Layout(pack, styles);
		// Every sheet is made first, in order; the Summary and the lists are filled in
		// full, then the rest stream behind them.
		for (String name : SHEETS) {
			boolean measures = name.equals(ScorecardSheet.NAME) || name.equals(MeasuresSheet.NAME);
			if ((!name.equals(RejectsSheet.NAME) || RejectsSheet.wanted(pack))
					&& (!measures || MeasuresSheet.wanted(pack))
					&& (!name.equals(TransfersSheet.NAME) || TransfersSheet.wanted(pack))
					&& (!name.equals(WorkforceSheet.NAME) || WorkforceSheet.wanted(pack))) {
				book.createSheet(name);
			}
		}
		SummarySheet.write(book.getSheet(SummarySheet.NAME), styles, pack, layout);
		Set<String> lists = Set.copyOf(ListsSheet.write(book, book.getSheet(ListsSheet.NAME), pack));
		properties(book.getProperties(), pack);
		book.setActiveSheet(0);
		List<Streamed> sheets = List.of(
				new Streamed(ActionsSheet.NAME, (writer, p, l) -> ActionsSheet.write(writer, p, l, lists)),
				new Streamed(HowToUpdateSheet.NAME, HowToUpdateSheet::write),
				new Streamed(SinceLastBoardSheet.NAME, SinceLastBoardSheet::write),
				new Streamed(HistorySheet.NAME, HistorySheet::write),
				new Streamed(AuditsSheet.NAME, AuditsSheet::write),
				new Streamed(AuditSummarySheet.NAME, AuditSummarySheet::write),
				new Streamed(ScorecardSheet.NAME, ScorecardSheet::write),
				new Streamed(MeasuresSheet.NAME, MeasuresSheet::write),
				new Streamed(TransfersSheet.NAME, TransfersSheet::write),
				new Streamed(WorkforceSheet.NAME, WorkforceSheet::write),
				new Streamed(RejectsSheet.NAME, RejectsSheet::write), new Streamed(AboutSheet.NAME, AboutSheet::write));
		SXSSFWorkbook streamed = new QuicklyZipped(book);
		try (streamed) {
			for (Streamed sheet : sheets) {
				if (streamed.getSheet(sheet.name()) != null) {
					sheet.content().write(new SheetWriter(streamed.getSheet(sheet.name()), styles), pack, layout);
				}
			}
			// Closing it deletes its temporary files (POI 5).
			streamed.write(out);
		}
	}

	/**
	 * A streamed workbook zipped at the fastest deflate level: deflating a national-scale
	 * tracker's tens of megabytes of sheet XML at the default level takes longer than
	 * writing them, for a file only a little smaller.
	 */
	private static final class QuicklyZipped extends SXSSFWorkbook {

		QuicklyZipped(XSSFWorkbook book) {
			super(book, WINDOW);
		}

		@Override
		protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
			ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
			zip.setLevel(Deflater.BEST_SPEED);
			return zip;
		}

	}

	/** A streamed sheet: its name and what writes its content. */
	private record Streamed(String name, Content content) {
	}

	/** Writes one streamed sheet's content. */
	@FunctionalInterface
	private interface Content {

		void write(SheetWriter writer, BoardPack pack, Layout layout);

	}

	/**
	 * Who made the file and when, from the pack: the as-at date, never the clock of the
	 * run.
	 */
	private static void properties(POIXMLProperties properties, BoardPack pack) {
		POIXMLProperties.CoreProperties core = properties.getCoreProperties();
		Optional<Date> asAt = Optional.of(Date.from(pack.asAt().atStartOfDay().toInstant(ZoneOffset.UTC)));
		core.setCreator(pack.template().author());
		core.setLastModifiedByUser(pack.template().author());
		core.setTitle(pack.template().authority() + " - improvement plan tracker - " + pack.period());
		core.setSubjectProperty(pack.template().board());
		core.setCreated(asAt);
		core.setModified(asAt);
	}

}
