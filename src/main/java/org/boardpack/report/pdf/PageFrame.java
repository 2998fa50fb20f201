package org.boardpack.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * What every page carries: the protective marking at top and bottom, the report and its
 * period, and "Page N of M". Drawn by a page event, not OpenPDF's HeaderFooter, which
 * loses footers after an explicit new page; M is a template filled in when the document
 * closes.
 */
final class PageFrame extends PdfPageEventHelper {

	private static final float SIZE = 7.5f;

	private final Style style;

	private final String marking;

	private final String running;

	private PdfTemplate total;

	/**
	 * @param marking the protective marking, e.g. OFFICIAL
	 * @param running the report and its period, e.g. "Improvement plan progress report,
	 * January 2021"
	 */
	PageFrame(Style style, String marking, String running) {
		this.style = style;
		this.marking = marking;
		this.running = running;
	}

	@Override
	public void onOpenDocument(PdfWriter writer, Document document) {
		this.total = writer.getDirectContent().createTemplate(30, SIZE + 2);
	}

	@Override
	public void onEndPage(PdfWriter writer, Document document) {
		PdfContentByte cb = writer.getDirectContent();
		Rectangle page = document.getPageSize();
		float left = document.left();
		float right = document.right();
		float centre = (left + right) / 2;
		float top = page.getTop() - 26;
		float footer = 30;
		float marking = 16;
		BaseFont regular = this.style.regular();
		BaseFont bold = this.style.boldFont();
		// Not content: a screen reader skips the frame, which repeats on every page.
		Tags.pagination(cb);
		cb.saveState();
		cb.setColorFill(this.style.ink());
		text(cb, bold, this.marking, Element.ALIGN_CENTER, centre, top);
		text(cb, bold, this.marking, Element.ALIGN_CENTER, centre, marking);
		cb.setColorFill(this.style.muted());
		text(cb, regular, this.running, Element.ALIGN_LEFT, left, footer);
		String pageOf = "Page " + writer.getPageNumber() + " of ";
		float numberAt = right - regular.getWidthPoint("Page 000 of 000", SIZE);
		text(cb, regular, pageOf, Element.ALIGN_LEFT, numberAt, footer);
		cb.addTemplate(this.total, numberAt + regular.getWidthPoint(pageOf, SIZE), footer);
		cb.setColorStroke(this.style.rule());
		cb.setLineWidth(0.5f);
		cb.moveTo(left, footer + SIZE + 3);
		cb.lineTo(right, footer + SIZE + 3);
		cb.stroke();
		cb.restoreState();
		Tags.end(cb);
	}

	@Override
	public void onCloseDocument(PdfWriter writer, Document document) {
		this.total.beginText();
		this.total.setFontAndSize(this.style.regular(), SIZE);
		this.total.setColorFill(this.style.muted());
		this.total.setTextMatrix(0, 0);
		this.total.showText(String.valueOf(writer.getPageNumber() - 1));
		this.total.endText();
	}

	private static void text(PdfContentByte cb, BaseFont font, String text, int align, float x, float y) {
		cb.beginText();
		cb.setFontAndSize(font, SIZE);
		cb.showTextAligned(align, text, x, y, 0);
		cb.endText();
	}

}
