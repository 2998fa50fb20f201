package org.boardpack.report.pdf;

import java.util.List;
import java.util.function.Supplier;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;
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

	Pages(Document document, PdfWriter writer, Style style, Outline outline) {
		this.document = document;
		this.writer = writer;
		this.style = style;
		this.outline = outline;
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
		if (room() < KEEP_WITH_NEXT) {
			this.document.newPage();
		}
		partHeading(title, 16);
	}

	/** A heading bookmarked under the current part. */
	void child(String title) {
		subheading(this.outline.child(title, this.style.heading(Style.SUBHEADING)));
	}

	/** A heading with no bookmark. */
	void subheading(String title) {
		subheading(new Chunk(title, this.style.heading(Style.SUBHEADING)));
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
		return heading(new Chunk(title, this.style.heading(Style.SUBHEADING)));
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
	 * them fit.
	 */
	private boolean column(List<Element> elements, boolean simulate) {
		ColumnText column = new ColumnText(this.writer.getDirectContent());
		column.setSimpleColumn(this.document.left(), this.document.bottom(), this.document.right(),
				this.writer.getVerticalPosition(false));
		elements.forEach(column::addElement);
		try {
			return !ColumnText.hasMoreText(column.go(simulate));
		}
		catch (DocumentException ex) {
			throw new LayoutException(ex);
		}
	}

	/** The height left on the page. */
	private float room() {
		return this.writer.getVerticalPosition(false) - this.document.bottom();
	}

	private void partHeading(String title, float spacingBefore) {
		Paragraph heading = new Paragraph(this.outline.part(title, this.style.heading(Style.PART)));
		heading.setSpacingBefore(spacingBefore);
		heading.setSpacingAfter(6);
		add(heading);
	}

	/**
	 * A heading never sits alone at the foot of a page: with too little room under it, it
	 * starts the next.
	 */
	private void subheading(Chunk title) {
		if (room() < KEEP_WITH_NEXT) {
			newPage();
		}
		add(heading(title));
	}

	private static Paragraph heading(Chunk title) {
		Paragraph heading = new Paragraph(title);
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
