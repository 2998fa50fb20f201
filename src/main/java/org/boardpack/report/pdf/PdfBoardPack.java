package org.boardpack.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.YearMonth;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.boardpack.actionplan.Rag;
import org.boardpack.input.Dates;
import org.boardpack.pack.BoardPack;
import org.boardpack.progress.PlanProgress;
import org.boardpack.progress.Tally;
import org.boardpack.report.BoardPackRenderer;
import org.boardpack.template.Rgb;

import org.springframework.stereotype.Component;

/** The board pack as an A4 PDF: a title page and progress by section. */
@Component
public class PdfBoardPack implements BoardPackRenderer {

	private static final String REGULAR = "liberation/LiberationSans-Regular.ttf";

	private static final String BOLD = "liberation/LiberationSans-Bold.ttf";

	@Override
	public String fileName(YearMonth period) {
		return "board-pack-" + period + ".pdf";
	}

	@Override
	public void render(BoardPack pack, OutputStream out) throws IOException {
		BaseFont regular = font(REGULAR);
		BaseFont bold = font(BOLD);
		Document document = new Document(PageSize.A4, 40, 40, 50, 50);
		try {
			PdfWriter.getInstance(document, out);
			document.addTitle(pack.template().board() + " - " + pack.template().reportTitle() + " - " + pack.period());
			document.addAuthor(pack.template().author());
			document.addSubject(pack.template().authority());
			document.open();
			Color heading = colour(pack.template().colour("heading"));
			document.add(new Paragraph(pack.template().authority(), new Font(bold, 20, Font.NORMAL, heading)));
			document.add(new Paragraph(pack.template().board(), new Font(regular, 16)));
			document.add(new Paragraph(pack.template().reportTitle() + ": " + pack.period(), new Font(regular, 14)));
			document.add(new Paragraph("Data as at " + Dates.uk(pack.asAt()), new Font(regular, 12)));
			document.add(new Paragraph(pack.headline(), new Font(bold, 12)));
			document.add(new Paragraph(pack.template().protectiveMarking(), new Font(bold, 10)));
			document.newPage();
			document.add(new Paragraph("Progress by section", new Font(bold, 14, Font.NORMAL, heading)));
			document.add(sectionTable(pack.progress(), regular, bold));
			document.close();
		}
		catch (DocumentException ex) {
			throw new IOException("could not lay out the board pack: " + ex.getMessage(), ex);
		}
	}

	private static PdfPTable sectionTable(PlanProgress progress, BaseFont regular, BaseFont bold) {
		PdfPTable table = new PdfPTable(new float[] { 4, 1, 1, 1, 1, 1, 1 });
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		Font headerFont = new Font(bold, 9);
		Font bodyFont = new Font(regular, 9);
		for (String header : new String[] { "Section", "Actions", "Blue", "Green", "Amber", "Red", "Overdue" }) {
			table.addCell(new PdfPCell(new Phrase(header, headerFont)));
		}
		for (PlanProgress.Part part : progress.sections()) {
			row(table, part.key() + ". " + part.title(), part.tally(), bodyFont);
		}
		row(table, "All sections", progress.overall(), headerFont);
		return table;
	}

	private static void row(PdfPTable table, String name, Tally tally, Font font) {
		table.addCell(new PdfPCell(new Phrase(name, font)));
		number(table, tally.actions(), font);
		for (Rag rag : Rag.values()) {
			number(table, tally.count(rag), font);
		}
		number(table, tally.overdue(), font);
	}

	private static void number(PdfPTable table, int value, Font font) {
		PdfPCell cell = new PdfPCell(new Phrase(String.valueOf(value), font));
		cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
		table.addCell(cell);
	}

	private static Color colour(Rgb rgb) {
		return new Color(rgb.red(), rgb.green(), rgb.blue());
	}

	private static BaseFont font(String resource) {
		try (InputStream in = PdfBoardPack.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("font " + resource + " is missing from the classpath");
			}
			return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(),
					null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
