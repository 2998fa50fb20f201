package org.boardpack.report.pdf;

import java.util.List;
import java.util.function.Supplier;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The document being written and the few ways the parts put things on it, so every part
 * looks alike.
 */
final class Pages {

	private static final float KEEP_WITH_NEXT = 80;

	private final Document document;

	private final PdfWriter writer;

	private final Style style;

	private final Outline outline;

	private final Tags tags;

	/** The level of the last part (1) or bookmarked heading (2). */
	private int level = 1;

	Pages(Document document, PdfWriter writer, Style style, Outline outline, Tags tags) {
		this.document = document;
		this.writer = writer;
		this.style = style;
		this.outline = outline;
		this.tags = tags;
	}

	Style style() {
		return this.style;
	}

	PdfWriter writer() {
		return this.writer;
	}

	Outline outline() {
		return this.outline;
	}

	/** The width between the margins. */
	float width() {
		return this.document.right() - this.document.left();
	}

	/** The height between the margins. */
	float height() {
		return this.document.top() - this.document.bottom();
	}

	/** The pack's title, its first heading (H1), not bookmarked. */
	Paragraph title(String title, Font font) {
		this.level = 1;
		return new Heading(new Chunk(title, font), 1);
	}

	/** Starts a part on a new page, under a bookmarked heading. */
	void part(String title) {
		this.document.newPage();
		partHeading(title, 0);
	}

	/**
	 * Starts a short part under the last one, on a new page only when too little of this
	 * one is left.
	 */
	void partFollowing(String title) {
		// Room for the heading, a subheading and the first rows under them.
		if (room() < 2 * KEEP_WITH_NEXT) {
			this.document.newPage();
		}
		partHeading(title, 16);
	}

	/** A heading bookmarked under the current part. */
	void child(String title) {
		this.level = 2;
		subheading(this.outline.child(title, this.style.heading(Style.SUBHEADING)), 2);
	}

	/** A heading with no bookmark. */
	void subheading(String title) {
		subheading(new Chunk(title, this.style.heading(Style.SUBHEADING)), under());
	}

	void paragraph(String text) {
		paragraph(text, this.style.body(Style.BODY));
	}

	void paragraph(String text, Font font) {
		Paragraph p = new Paragraph(Words.breakable(text, font.getBaseFont(), font.getSize(), width()), font);
		p.setSpacingAfter(3);
		add(p);
	}

	/** A short remark in small italics, e.g. what a table leaves out. */
	void note(String text) {
		paragraph(text, this.style.italic(Style.SMALL + 0.5f));
	}

	void bullets(List<String> items, Font font) {
		add(list(items, font));
	}

	com.lowagie.text.List list(List<String> items, Font font) {
		com.lowagie.text.List list = new com.lowagie.text.List(false, 10);
		list.setListSymbol(new Chunk("•", font));
		for (String item : items) {
			ListItem li = new ListItem(Words.breakable(item, font.getBaseFont(), font.getSize(), width() - 10), font);
			li.setSpacingAfter(2);
			list.add(li);
		}
		return list;
	}

	/** A heading with no bookmark, to place with {@link #onThisPage}. */
	Paragraph heading(String title) {
		return heading(new Chunk(title, this.style.heading(Style.SUBHEADING)), under());
	}

	/**
	 * Lays the elements out in what is left of this page and ends the page, if they fit
	 * there; lays out nothing and says false if they do not. For a part that must keep to
	 * one page.
	 */
	boolean onThisPage(Supplier<List<Element>> elements) {
		if (!column(elements.get(), true)) {
			return false;
		}
		if (!column(elements.get(), false)) {
			throw new IllegalStateException("a page laid out shorter than it measured");
		}
		// The column is drawn beside the document's flow, which would write over it: the
		// page is full.
		newPage();
		return true;
	}

	/** The page a part starts on, as a chunk filled in when its heading is laid out. */
	Chunk pageOf(String partTitle) {
		try {
			return new Chunk(Image.getInstance(this.outline.pageNumber(this.writer, partTitle, 14, false)), 0, -2);
		}
		catch (BadElementException ex) {
			throw new IllegalStateException("a page reference could not be laid out", ex);
		}
	}

	void add(Element element) {
		try {
			this.document.add(element);
		}
		catch (DocumentException ex) {
			throw new LayoutException(ex);
		}
	}

	void add(Grid grid) {
		add(grid.table());
	}

	void newPage() {
		this.document.newPage();
	}

	/**
	 * Sets the elements in the rest of the page, or only measures them; true when all of
	 * them fit. They are set one at a time, as the column would set them all in one go,
	 * so each is tagged as the document tags what flows onto its pages: a list item by
	 * item.
	 */
	private boolean column(List<Element> elements, boolean simulate) {
		PdfContentByte canvas = this.writer.getDirectContent();
		ColumnText column = new ColumnText(canvas);
		column.setSimpleColumn(this.document.left(), this.document.bottom(), this.document.right(),
				this.writer.getVerticalPosition(false));
		for (Element element : elements) {
			if (element instanceof com.lowagie.text.List list) {
				PdfStructureElement tag = simulate ? null : this.tags.element(PdfName.L);
				for (Element item : list.getItems()) {
					com.lowagie.text.List one = new com.lowagie.text.List(false, list.getSymbolIndent());
					one.setListSymbol(list.getSymbol());
					one.add(item);
					PdfStructureElement body = (tag != null)
							? Tags.element(Tags.element(tag, PdfName.LI), PdfName.LBODY) : null;
					if (!set(column, one, body, simulate)) {
						return false;
					}
				}
			}
			else if (!set(column, element, simulate ? null : tag(element), simulate)) {
				return false;
			}
		}
		return true;
	}

	/** Sets one element in the column, marked as the tag's content where there is one. */
	private static boolean set(ColumnText column, Element element, PdfStructureElement tag, boolean simulate) {
		column.addElement(element);
		if (tag != null) {
			Tags.begin(column.getCanvas(), tag);
		}
		try {
			return !ColumnText.hasMoreText(column.go(simulate));
		}
		catch (DocumentException ex) {
			throw new LayoutException(ex);
		}
		finally {
			if (tag != null) {
				Tags.end(column.getCanvas());
			}
			// What follows the first element is set as the column sets its later
			// elements.
			column.setAdjustFirstLine(false);
		}
	}

	/**
	 * What an element set in a column is tagged as; null for a table, which tags itself.
	 */
	private PdfStructureElement tag(Element element) {
		if (element instanceof Heading heading) {
			return this.tags.element(Tags.heading(heading.level()));
		}
		if (element instanceof Figure figure) {
			return Tags.figure(this.tags.element(PdfName.FIGURE), figure.alt());
		}
		if (element instanceof Image) {
			throw new IllegalArgumentException("a picture needs its alternative text: draw it on a Canvas");
		}
		return (element instanceof PdfPTable) ? null : this.tags.element(PdfName.P);
	}

	/** The height left on the page. */
	private float room() {
		return this.writer.getVerticalPosition(false) - this.document.bottom();
	}

	private void partHeading(String title, float spacingBefore) {
		this.level = 1;
		Paragraph heading = new Heading(this.outline.part(title, this.style.heading(Style.PART)), 1);
		heading.setSpacingBefore(spacingBefore);
		heading.setSpacingAfter(6);
		add(heading);
	}

	/**
	 * A heading never sits alone at the foot of a page: with too little room under it, it
	 * starts the next.
	 */
	private void subheading(Chunk title, int level) {
		if (room() < KEEP_WITH_NEXT) {
			newPage();
		}
		add(heading(title, level));
	}

	/** The level of a heading one below the last part or bookmarked heading. */
	private int under() {
		return Math.min(this.level + 1, 3);
	}

	private static Paragraph heading(Chunk title, int level) {
		Paragraph heading = new Heading(title, level);
		heading.setSpacingBefore(8);
		heading.setSpacingAfter(2);
		return heading;
	}

	/**
	 * A layout failure, carried out of the parts and reported as the renderer's
	 * IOException.
	 */
	static final class LayoutException extends RuntimeException {

		LayoutException(DocumentException cause) {
			super(cause.getMessage(), cause);
		}

	}

}
