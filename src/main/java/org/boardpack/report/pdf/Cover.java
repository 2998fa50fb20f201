package org.boardpack.report.pdf;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import org.boardpack.pack.BoardPack;
import org.boardpack.template.Template;

/**
 * The cover: who, which board, the period, the meeting, the date the data is as at, what
 * the board is asked to do, and the contents with page numbers for a reader on paper.
 */
final class Cover {

	private static final float NUMBER_WIDTH = 30;

	private Cover() {
	}

	static void write(BoardPack pack, Pages pages, List<Part> parts) {
		Style style = pages.style();
		Template t = pack.template();
		Paragraph authority = pages.title(t.authority(), style.heading(Style.TITLE));
		authority.setSpacingBefore(70);
		pages.add(authority);
		pages.add(spaced(new Paragraph(t.board(), style.body(15)), 4, 24));
		pages.add(new Paragraph(t.reportTitle(), style.bold(18)));
		pages.add(spaced(new Paragraph(Style.month(pack.period()), style.bold(18)), 2, 24));
		Grid facts = new Grid(style, Style.BODY + 1, 130, pages.width() - 130);
		if (pack.meetingDate() != null) {
			facts.bold("Board meeting").text(Words.date(pack.meetingDate()));
		}
		facts.bold("Data as at").text(Words.date(pack.asAt()));
		facts.bold("Prepared by").text(t.author());
		facts.bold("Protective marking").text(t.protectiveMarking());
		pages.add(facts);
		if (!t.boardIsAsked().isEmpty()) {
			pages.subheading("The board is asked to");
			pages.bullets(t.boardIsAsked(), style.body(Style.BODY + 0.5f));
		}
		pages.subheading("Contents");
		pages.add(contents(pages, parts));
	}

	/** The contents, drawn and tagged as a table of two columns. */
	private static PdfPTable contents(Pages pages, List<Part> parts) {
		Style style = pages.style();
		float[] widths = { pages.width() / 2, NUMBER_WIDTH };
		List<PdfPCell> cells = new ArrayList<>();
		for (Part part : parts) {
			PdfPCell title = new PdfPCell(new Phrase(part.title(), style.body(Style.BODY + 0.5f)));
			PdfPCell page = new PdfPCell(image(pages, part.title()));
			for (PdfPCell cell : List.of(title, page)) {
				cell.setBorder(Rectangle.BOTTOM);
				cell.setBorderColor(style.rule());
				cell.setBorderWidth(0.5f);
				cell.setPaddingTop(3);
				cell.setPaddingBottom(4);
				cells.add(cell);
			}
		}
		return DrawnGrid.table(DrawnGrid.of(style, widths, cells).rows(), 0, widths[0] + widths[1]);
	}

	private static Image image(Pages pages, String title) {
		try {
			return Image.getInstance(pages.outline().pageNumber(pages.writer(), title, NUMBER_WIDTH));
		}
		catch (BadElementException ex) {
			throw new IllegalStateException("the contents could not be laid out", ex);
		}
	}

	private static Paragraph spaced(Paragraph paragraph, float before, float after) {
		paragraph.setSpacingBefore(before);
		paragraph.setSpacingAfter(after);
		return paragraph;
	}

}
