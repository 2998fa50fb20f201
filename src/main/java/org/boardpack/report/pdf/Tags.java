package org.boardpack.report.pdf;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfStructureTreeRoot;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The pack's structure tree, for PDF/UA: a Document of headings, paragraphs, lists,
 * tables and figures in reading order, and the marks that tie what is drawn to it.
 * OpenPDF 2.0.5 tags nothing by itself (it only offers the structure elements and
 * marked-content operators), so whatever draws on a page marks it here: as the content of
 * an element, created as it is drawn so the tree follows the page order, or as an
 * artifact (the page frame, cell fills and rules, a table's headings repeated on a later
 * page).
 */
final class Tags {

	private static final PdfName ARTIFACT = new PdfName("Artifact");

	private static final PdfName TR = new PdfName("TR");

	private static final PdfName SCOPE = new PdfName("Scope");

	private static final PdfName COLUMN = new PdfName("Column");

	private static final PdfName ROW_SPAN = new PdfName("RowSpan");

	private static final PdfName COL_SPAN = new PdfName("ColSpan");

	private static final PdfName PAGINATION = new PdfName("Pagination");

	private final PdfStructureElement document;

	private Tags(PdfStructureElement document) {
		this.document = document;
	}

	/** Begins the structure tree of a writer set to tag its document. */
	static Tags begin(PdfWriter writer) {
		return new Tags(new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT));
	}

	/**
	 * The structure tree being written, for what is drawn where only the canvas is at
	 * hand; null when the document is not tagged.
	 */
	static Tags of(PdfWriter writer) {
		PdfStructureTreeRoot root = writer.isTagged() ? writer.getStructureTreeRoot() : null;
		PdfArray kids = (root != null) ? root.getAsArray(PdfName.K) : null;
		return (kids != null) ? new Tags((PdfStructureElement) kids.getPdfObject(0)) : null;
	}

	/** A new element at the top level, after every one made so far. */
	PdfStructureElement element(PdfName type) {
		return new PdfStructureElement(this.document, type);
	}

	/** A new element inside another, after its children so far. */
	static PdfStructureElement element(PdfStructureElement parent, PdfName type) {
		return new PdfStructureElement(parent, type);
	}

	static PdfName heading(int level) {
		return switch (level) {
			case 1 -> PdfName.H1;
			case 2 -> PdfName.H2;
			default -> PdfName.H3;
		};
	}

	static PdfStructureElement figure(PdfStructureElement figure, String alt) {
		figure.put(PdfName.ALT, new PdfString(alt, PdfString.TEXT_UNICODE));
		return figure;
	}

	static PdfStructureElement row(PdfStructureElement table) {
		return element(table, TR);
	}

	/**
	 * A cell of a row: a column's heading (TH, scope Column) or data (TD), with its spans
	 * where more than one.
	 */
	static PdfStructureElement cell(PdfStructureElement row, boolean heading, int colspan, int rowspan) {
		PdfStructureElement cell = element(row, heading ? PdfName.TH : PdfName.TD);
		if (heading || colspan > 1 || rowspan > 1) {
			PdfDictionary attributes = new PdfDictionary();
			attributes.put(PdfName.O, PdfName.TABLE);
			if (heading) {
				attributes.put(SCOPE, COLUMN);
			}
			if (colspan > 1) {
				attributes.put(COL_SPAN, new PdfNumber(colspan));
			}
			if (rowspan > 1) {
				attributes.put(ROW_SPAN, new PdfNumber(rowspan));
			}
			cell.put(PdfName.A, attributes);
		}
		return cell;
	}

	/** Begins what is drawn as the content of the element. */
	static void begin(PdfContentByte canvas, PdfStructureElement element) {
		canvas.beginMarkedContentSequence(element);
	}

	/** Ends the content or artifact begun last. */
	static void end(PdfContentByte canvas) {
		canvas.endMarkedContentSequence();
	}

	/** Begins drawing that is not content: a fill, a rule, a repeated heading. */
	static void artifact(PdfContentByte canvas) {
		canvas.beginMarkedContentSequence(ARTIFACT);
	}

	/** Begins the page's header or footer: the marking, the running title, the number. */
	static void pagination(PdfContentByte canvas) {
		PdfDictionary properties = new PdfDictionary();
		properties.put(PdfName.TYPE, PAGINATION);
		canvas.beginMarkedContentSequence(ARTIFACT, properties, true);
	}

	/**
	 * A table's element, made when its first row is drawn, so it follows what was drawn
	 * before it.
	 */
	static final class Table {

		private PdfStructureElement element;

		/** Its element; null when the document is not tagged. */
		PdfStructureElement element(PdfWriter writer) {
			if (this.element == null) {
				Tags tags = Tags.of(writer);
				this.element = (tags != null) ? tags.element(PdfName.TABLE) : null;
			}
			return this.element;
		}

	}

}
