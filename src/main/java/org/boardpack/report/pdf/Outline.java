package org.boardpack.report.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

	private final Map<String, List<PageBox>> pageNumbers = new HashMap<>();

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
		return pageNumber(writer, partTitle, width, true);
	}

	/**
	 * A box that shows the page a part starts on, filled in when the part's heading is
	 * laid out: right-aligned for a column of them, else left-aligned to read in a
	 * sentence.
	 */
	PdfTemplate pageNumber(PdfWriter writer, String partTitle, float width, boolean right) {
		PdfTemplate box = writer.getDirectContent().createTemplate(width, NUMBER_SIZE + 2);
		this.pageNumbers.computeIfAbsent(partTitle, (t) -> new ArrayList<>()).add(new PageBox(box, right));
		return box;
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
		List<PageBox> numbers = (mark.parent() == null) ? this.pageNumbers.getOrDefault(mark.title(), List.of())
				: List.of();
		String page = String.valueOf(writer.getPageNumber());
		for (PageBox number : numbers) {
			PdfTemplate box = number.box();
			float x = number.right() ? box.getWidth() - this.style.regular().getWidthPoint(page, NUMBER_SIZE) : 0;
			box.beginText();
			box.setFontAndSize(number.right() ? this.style.regular() : this.style.boldFont(), NUMBER_SIZE);
			box.setColorFill(this.style.ink());
			box.setTextMatrix(x, 2);
			box.showText(page);
			box.endText();
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

	private record PageBox(PdfTemplate box, boolean right) {
	}

}
