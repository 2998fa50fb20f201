package org.boardpack.report.pdf;

import java.util.HashMap;
import java.util.Map;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The bookmarks, and the page numbers of the cover's contents. A heading carries a
 * generic tag; the bookmark is made when the heading is actually laid out, so it points
 * at the page the heading landed on even when the heading was pushed over a page break.
 */
final class Outline extends PdfPageEventHelper {

	private static final float NUMBER_SIZE = Style.BODY;

	private final Style style;

	private final Map<String, Mark> pending = new HashMap<>();

	private final Map<String, PdfOutline> made = new HashMap<>();

	private final Map<String, PdfTemplate> pageNumbers = new HashMap<>();

	private String lastPart;

	private int tags;

	Outline(Style style) {
		this.style = style;
	}

	/** A top-level heading and its bookmark. */
	Chunk part(String title, Font font) {
		this.lastPart = mark(title, null);
		return tagged(title, font, this.lastPart);
	}

	/** A heading bookmarked under the last part, e.g. one section of the annex. */
	Chunk child(String title, Font font) {
		return tagged(title, font, mark(title, this.lastPart));
	}

	/**
	 * A box that shows the page a part starts on, for the contents, filled in when the
	 * part's heading is laid out. Right-aligned in its width.
	 */
	PdfTemplate pageNumber(PdfWriter writer, String partTitle, float width) {
		return this.pageNumbers.computeIfAbsent(partTitle,
				(t) -> writer.getDirectContent().createTemplate(width, NUMBER_SIZE + 2));
	}

	@Override
	public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String tag) {
		Mark mark = this.pending.remove(tag);
		if (mark == null) {
			return;
		}
		PdfOutline parent = (mark.parent() != null) ? this.made.get(mark.parent()) : writer.getRootOutline();
		this.made.put(tag, new PdfOutline(parent, new PdfDestination(PdfDestination.FITH, rect.getTop() + 12),
				mark.title(), true));
		PdfTemplate number = (mark.parent() == null) ? this.pageNumbers.get(mark.title()) : null;
		if (number != null) {
			String page = String.valueOf(writer.getPageNumber());
			number.beginText();
			number.setFontAndSize(this.style.regular(), NUMBER_SIZE);
			number.setColorFill(this.style.ink());
			number.setTextMatrix(number.getWidth() - this.style.regular().getWidthPoint(page, NUMBER_SIZE), 2);
			number.showText(page);
			number.endText();
		}
	}

	private String mark(String title, String parent) {
		String tag = "outline-" + (++this.tags);
		this.pending.put(tag, new Mark(title, parent));
		return tag;
	}

	private static Chunk tagged(String title, Font font, String tag) {
		Chunk chunk = new Chunk(title, font);
		chunk.setGenericTag(tag);
		return chunk;
	}

	private record Mark(String title, String parent) {
	}

}
