package org.boardpack.report.pdf;

import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfDocument;
import com.lowagie.text.pdf.PdfLine;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;

/**
 * OpenPDF's document, tagging what flows onto its pages: each paragraph a P (a
 * {@link Heading} its H1 to H3), each list an L of LI with the bullet as Lbl and the text
 * as LBody, each {@link Figure} a Figure with its alternative text. OpenPDF keeps a
 * paragraph's lines and writes them later, into one text object per page, so the lines
 * are written out at the end of each element and marked as they are written, and a
 * picture's mark is closed and opened again when it moves to the next page. Tables tag
 * their own cells as they are drawn ({@link DrawnGrid}).
 */
final class TaggedDocument extends PdfDocument {

	private final Deque<Owner> open = new ArrayDeque<>();

	private PdfWriter writer;

	private Tags tags;

	/** The figure being drawn, when its mark is open in the graphics. */
	private PdfStructureElement drawing;

	private TaggedDocument() {
	}

	/**
	 * The tagged writer of a document: call before the document is opened.
	 */
	static TaggedDocument of(Document document, OutputStream out) throws DocumentException {
		TaggedDocument pdf = new TaggedDocument();
		pdf.setTextRenderingOptions(document.getTextRenderingOptions());
		document.addDocListener(pdf);
		pdf.writer = new PdfWriter(pdf, out) {
		};
		pdf.addWriter(pdf.writer);
		pdf.writer.setTagged();
		return pdf;
	}

	PdfWriter writer() {
		return this.writer;
	}

	/** The structure tree, begun when first asked for, once the document is open. */
	Tags tags() {
		if (this.tags == null) {
			this.tags = Tags.begin(this.writer);
		}
		return this.tags;
	}

	@Override
	public boolean add(Element element) throws DocumentException {
		// OpenPDF's constructor adds its properties before this class has its fields.
		Owner owner = (this.open != null) ? owner(element) : null;
		if (owner == null) {
			return super.add(element);
		}
		flushLines();
		this.open.push(owner);
		boolean figure = element instanceof Image;
		if (figure) {
			this.drawing = owner.element();
			Tags.begin(this.graphics, this.drawing);
		}
		try {
			boolean added = super.add(element);
			flushLines();
			return added;
		}
		finally {
			if (figure) {
				Tags.end(this.graphics);
				this.drawing = null;
			}
			this.open.pop();
		}
	}

	@Override
	public boolean newPage() {
		if (this.drawing != null) {
			Tags.end(this.graphics);
		}
		boolean made = super.newPage();
		if (this.drawing != null) {
			Tags.begin(this.graphics, this.drawing);
		}
		return made;
	}

	/**
	 * Writes out the lines so far, marked as the content of the element they belong to.
	 */
	@Override
	protected float flushLines() throws DocumentException {
		Owner owner = (this.open != null) ? this.open.peek() : null;
		if (owner == null || !pending()) {
			return super.flushLines();
		}
		boolean bullet = owner.item() && bullet();
		if (bullet) {
			Tags.begin(this.graphics, owner.label());
		}
		Tags.begin(this.text, owner.body());
		float displacement = super.flushLines();
		Tags.end(this.text);
		if (bullet) {
			Tags.end(this.graphics);
		}
		return displacement;
	}

	/**
	 * The element an added element is tagged as, or null for one that is part of the
	 * element being added (a chunk of a paragraph) or tags itself (a table).
	 */
	private Owner owner(Element element) {
		Owner parent = this.open.peek();
		if (element instanceof Heading heading) {
			return new Owner(element(parent, Tags.heading(heading.level())), false);
		}
		if (element instanceof ListItem) {
			return new Owner(element(parent, PdfName.LI), true);
		}
		if (element instanceof Paragraph) {
			return new Owner(element(parent, PdfName.P), false);
		}
		if (element instanceof com.lowagie.text.List) {
			return new Owner(element(parent, PdfName.L), false);
		}
		if (element instanceof Figure f) {
			return new Owner(Tags.figure(element(parent, PdfName.FIGURE), f.alt()), false);
		}
		if (element instanceof Image) {
			throw new IllegalArgumentException("a picture needs its alternative text: draw it on a Canvas");
		}
		if ((element instanceof Phrase || element instanceof Chunk) && parent == null) {
			return new Owner(element(null, PdfName.P), false);
		}
		return null;
	}

	/** A new element in the list being added, or at the top level. */
	private PdfStructureElement element(Owner parent, PdfName type) {
		return (parent != null && parent.list()) ? Tags.element(parent.element(), type) : tags().element(type);
	}

	private boolean pending() {
		return (this.line != null && this.line.size() > 0) || (this.lines != null && !this.lines.isEmpty());
	}

	private boolean bullet() {
		if (this.line != null && this.line.listSymbol() != null && this.line.size() > 0) {
			return true;
		}
		for (PdfLine l : this.lines) {
			if (l.listSymbol() != null) {
				return true;
			}
		}
		return false;
	}

	/**
	 * An element being added; a list item's label and body are made when its first line
	 * is written.
	 */
	private static final class Owner {

		private final PdfStructureElement element;

		private final boolean item;

		private PdfStructureElement label;

		private PdfStructureElement body;

		Owner(PdfStructureElement element, boolean item) {
			this.element = element;
			this.item = item;
		}

		PdfStructureElement element() {
			return this.element;
		}

		boolean item() {
			return this.item;
		}

		boolean list() {
			return PdfName.L.equals(this.element.get(PdfName.S));
		}

		PdfStructureElement label() {
			if (this.label == null) {
				this.label = Tags.element(this.element, PdfName.LBL);
			}
			return this.label;
		}

		/** Where its text goes: itself, or a list item's LBody. */
		PdfStructureElement body() {
			if (!this.item) {
				return this.element;
			}
			if (this.body == null) {
				this.body = Tags.element(this.element, PdfName.LBODY);
			}
			return this.body;
		}

	}

}
