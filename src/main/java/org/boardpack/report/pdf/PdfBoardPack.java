package org.boardpack.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.xml.xmp.XmpWriter;

import org.boardpack.input.Dates;
import org.boardpack.pack.BoardPack;
import org.boardpack.report.BoardPackRenderer;
import org.boardpack.template.Template;

import org.springframework.stereotype.Component;

/**
 * The board pack as an A4 PDF for the independent chair: a cover, a one-page executive
 * summary, the detail that backs it (progress, changes since the last board, exceptions,
 * completions, audits), the full action list as an annex, and an appendix of legend, RAG
 * rules and data quality. Every page carries the marking, the period and "Page N of M";
 * every part and section is bookmarked. The same pack gives the same bytes: the dates are
 * the as-at date and the file identifier is a hash of the content. It is a tagged PDF
 * that conforms to PDF/UA-1 ({@link TaggedDocument}, {@link Tags}).
 */
@Component
public class PdfBoardPack implements BoardPackRenderer {

	/**
	 * The parts after the cover, in reading order: the chair can stop after any of them.
	 */
	private static final List<Part> PARTS = List.of(new ExecutiveSummary(), new MoreMatters(), new ProgressBySection(),
			new SinceLastBoardPart(), new Exceptions(), new AuditFindingsPart(), new ScorecardPart(), new DriftPart(),
			new WorkforcePart(), new SectionPages(), new Appendix());

	@Override
	public String fileName(YearMonth period) {
		return "board-pack-" + period + ".pdf";
	}

	@Override
	public void render(BoardPack pack, OutputStream out, Path scratch) throws IOException {
		Template template = pack.template();
		Style style = Style.of(template);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 42, 42, 48, 52);
		try {
			TaggedDocument tagged = TaggedDocument.of(document, pdf);
			PdfWriter writer = tagged.writer();
			writer.setStrictImageSequence(true);
			writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
			Outline outline = new Outline(style);
			writer.setPageEvent(new PageFrame(style, template.protectiveMarking(), template.reportTitle() + ", "
					+ Style.month(pack.period()) + " · data as at " + Dates.uk(pack.asAt())));
			writer.setPageEvent(outline);
			describe(document, writer, pack);
			accessible(writer, template);
			document.open();
			Pages pages = new Pages(document, writer, style, outline, tagged.tags());
			List<Part> parts = PARTS.stream().filter((part) -> part.shown(pack)).toList();
			Cover.write(pack, pages, parts);
			for (Part part : parts) {
				part.write(pack, pages);
			}
			document.close();
		}
		catch (DocumentException | Pages.LayoutException ex) {
			throw new IOException("could not lay out the board pack: " + ex.getMessage(), ex);
		}
		out.write(StableId.apply(pdf.toByteArray()));
	}

	/**
	 * Title, author and subject for the reader's document properties; dates from the
	 * data, not the clock.
	 */
	private static void describe(Document document, PdfWriter writer, BoardPack pack) {
		Template t = pack.template();
		String month = Style.month(pack.period());
		document.addTitle(t.board() + ": " + t.reportTitle() + ", " + month);
		document.addAuthor(t.author());
		document.addSubject(t.authority() + ": " + t.reportTitle() + " for " + month + ", data as at "
				+ Dates.uk(pack.asAt()) + " (" + t.protectiveMarking() + ")");
		document.addCreator("boardpack");
		PdfDate asAt = new PdfDate(GregorianCalendar.from(pack.asAt().atStartOfDay(ZoneOffset.UTC)));
		document.addModificationDate(asAt);
		// Document.addCreationDate(PdfDate) stamps the clock regardless in OpenPDF 2.0.5:
		// set the entry itself.
		writer.getInfo().put(PdfName.CREATIONDATE, asAt);
	}

	/**
	 * What PDF/UA-1 asks of the document beyond its tags: the language it is written in,
	 * its title shown in place of the file name, and XMP metadata with the title and the
	 * PDF/UA identifier. The XMP is made from the document properties, so it holds no
	 * clock either.
	 */
	private static void accessible(PdfWriter writer, Template template) throws IOException {
		writer.setPdfVersion(PdfWriter.VERSION_1_7);
		// The structure tree is tens of thousands of small dictionaries; in compressed
		// object streams a national pack is 9.8 MB rather than 33 MB.
		writer.setFullCompression();
		writer.getExtraCatalog().put(PdfName.LANG, new PdfString(template.language()));
		writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
		writer.setTabs(PdfName.S);
		ByteArrayOutputStream xmp = new ByteArrayOutputStream();
		XmpWriter metadata = new XmpWriter(xmp, writer.getInfo(), PdfWriter.PDFXNONE);
		metadata.addRdfDescription("xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"",
				"<pdfuaid:part>1</pdfuaid:part>");
		metadata.close();
		writer.setXmpMetadata(xmp.toByteArray());
	}

}
