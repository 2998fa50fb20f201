package org.boardpack.report.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import org.boardpack.actionplan.Rag;

/**
 * A table built cell by cell with column widths in points, so each cell knows its width
 * and long words can be broken with a mark rather than cut. Header rows repeat on every
 * page the table runs onto; rows never have a fixed height, so text wraps and is never
 * clipped.
 */
final class Grid {

	private static final float PADDING = 3;

	private final Style style;

	private final float[] widths;

	private final PdfPTable table;

	private final float size;

	/**
	 * The cells not yet in the table: a grid drawn by {@link DrawnGrid} never needs them
	 * there.
	 */
	private final List<PdfPCell> cells = new ArrayList<>();

	private int column;

	Grid(Style style, float size, float... widths) {
		this.style = style;
		this.size = size;
		this.widths = widths.clone();
		this.table = new MeasuredTable(widths.length);
		try {
			this.table.setTotalWidth(widths);
		}
		catch (DocumentException ex) {
			throw new IllegalArgumentException("a table needs one width per column", ex);
		}
		this.table.setLockedWidth(true);
		this.table.setHorizontalAlignment(Element.ALIGN_LEFT);
		this.table.setSpacingBefore(3);
		this.table.setSpacingAfter(6);
	}

	/** Column headings, repeated at the top of every page the table continues on. */
	Grid header(String... titles) {
		headings(titles);
		this.table.setHeaderRows(this.table.getHeaderRows() + 1);
		return this;
	}

	/**
	 * Column headings that do not repeat by themselves, for a table that is itself the
	 * heading of another.
	 */
	Grid headings(String... titles) {
		Font font = this.style.on(this.style.heading(), this.size - 1);
		for (String title : titles) {
			Cell cell = cell(new Phrase(Words.breakable(title, font.getBaseFont(), font.getSize(), space(1)), font), 1);
			cell.setBackgroundColor(this.style.heading());
			cell.heading = true;
			add(cell);
		}
		return this;
	}

	Grid text(String text) {
		return text(text, this.style.body(this.size));
	}

	Grid bold(String text) {
		return text(text, this.style.bold(this.size));
	}

	Grid text(String text, Font font) {
		return text(text, font, 1);
	}

	Grid text(String text, Font font, int columns) {
		return add(cell(new Phrase(Words.breakable(text, font.getBaseFont(), font.getSize(), space(columns)), font),
				columns));
	}

	/**
	 * Bold text in a cell that reads as one with the cells above and below it: its top
	 * and bottom rules drawn only where asked. A ref beside the several lines of its
	 * action, without a rowspan, which a page break stretches.
	 */
	Grid joined(String text, boolean top, boolean bottom) {
		Font font = this.style.bold(this.size);
		Cell cell = cell(new Phrase(Words.breakable(text, font.getBaseFont(), font.getSize(), space(1)), font), 1);
		cell.setBorder(Rectangle.LEFT | Rectangle.RIGHT | (top ? Rectangle.TOP : 0) | (bottom ? Rectangle.BOTTOM : 0));
		cell.join = top ? Join.BEGINS : Join.CONTINUES;
		return add(cell);
	}

	/**
	 * A figure (a count, a share with its count, how often), right-aligned so a column of
	 * them lines up.
	 */
	Grid figure(Object value) {
		PdfPCell cell = cell(new Phrase(String.valueOf(value), this.style.body(this.size)), 1);
		cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
		return add(cell);
	}

	/**
	 * A count shaded in its RAG colour when it is not zero; the column's heading names
	 * the RAG.
	 */
	Grid count(int value, Rag rag) {
		Color fill = (value > 0) ? this.style.rag(rag) : null;
		PdfPCell cell = cell(new Phrase(String.valueOf(value),
				(fill != null) ? this.style.on(fill, this.size) : this.style.body(this.size)), 1);
		cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
		cell.setBackgroundColor(fill);
		return add(cell);
	}

	/**
	 * A RAG as its colour and its letter: never colour alone. A missing rating shows a
	 * dash.
	 */
	Grid rag(Rag rag) {
		if (rag == null) {
			PdfPCell cell = cell(new Phrase(Words.NONE, this.style.body(this.size)), 1);
			cell.setHorizontalAlignment(Element.ALIGN_CENTER);
			return add(cell);
		}
		Color fill = this.style.rag(rag);
		PdfPCell cell = cell(new Phrase(rag.letter(), this.style.on(fill, this.size)), 1);
		cell.setBackgroundColor(fill);
		cell.setHorizontalAlignment(Element.ALIGN_CENTER);
		return add(cell);
	}

	/** A small chart in a cell: its alternative text is the image's own. */
	Grid image(com.lowagie.text.Image image) {
		PdfPCell cell = cell(new Phrase(""), 1);
		cell.setImage(image);
		cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
		return add(cell);
	}

	/**
	 * A phrase across several columns; its text must already be made breakable for
	 * {@link #space(int)}.
	 */
	Grid span(Phrase phrase, int columns) {
		return add(cell(phrase, columns));
	}

	/**
	 * The width text in the next cell can take, over this many columns, inside the
	 * padding.
	 */
	float space(int columns) {
		float width = 0;
		for (int i = 0; i < columns; i++) {
			width += this.widths[(this.column + i) % this.widths.length];
		}
		return inner(width);
	}

	/** The width text can take in a cell this wide, inside the padding. */
	static float inner(float width) {
		return width - 2 * PADDING - 1;
	}

	/**
	 * The table of every cell added so far, to add to the page: its rows drawn by
	 * {@link DrawnGrid} and tagged as a table, headings as TH; laid out by OpenPDF, and
	 * not tagged, only when a cell has what DrawnGrid does not draw.
	 */
	PdfPTable table() {
		DrawnGrid drawn = drawn();
		if (drawn == null || drawn.height() == 0) {
			return plain();
		}
		float width = 0;
		for (float w : this.widths) {
			width += w;
		}
		PdfPTable table = DrawnGrid.table(drawn.rows(), this.table.getHeaderRows(), width);
		table.setSpacingBefore(this.table.spacingBefore());
		table.setSpacingAfter(this.table.spacingAfter());
		return table;
	}

	/** The cells as an OpenPDF table, which lays them out itself. */
	PdfPTable plain() {
		this.cells.forEach(this.table::addCell);
		this.cells.clear();
		return this.table;
	}

	/**
	 * Makes this a record of {@link Records}: no spacing, and laid out by OpenPDF only
	 * when longer than a page, split where the page ends.
	 */
	Grid record() {
		this.table.setSpacingBefore(0);
		this.table.setSpacingAfter(0);
		this.table.setSplitLate(false);
		return this;
	}

	/**
	 * The grid drawn without an OpenPDF table, or null when it has a cell that
	 * {@link DrawnGrid} cannot draw.
	 */
	DrawnGrid drawn() {
		return (this.table.size() == 0) ? DrawnGrid.of(this.style, this.widths, this.cells) : null;
	}

	private Cell cell(Phrase phrase, int columns) {
		Cell cell = new Cell(phrase);
		cell.setColspan(columns);
		cell.setPadding(PADDING);
		cell.setPaddingTop(PADDING - 1);
		cell.setUseAscender(true);
		cell.setUseDescender(true);
		cell.setBorderColor(this.style.rule());
		cell.setBorderWidth(0.5f);
		cell.setBorder(Rectangle.BOX);
		return cell;
	}

	private Grid add(PdfPCell cell) {
		this.cells.add(cell);
		this.column = (this.column + cell.getColspan()) % this.widths.length;
		return this;
	}

	/** How a cell reads with the one above it. */
	enum Join {

		/** A cell of its own. */
		NONE,

		/** The first of a run of joined cells. */
		BEGINS,

		/** Part of the cell above it. */
		CONTINUES

	}

	/** A grid's cell, with what it is to a screen reader. */
	static final class Cell extends PdfPCell {

		private boolean heading;

		private Join join = Join.NONE;

		Cell(Phrase phrase) {
			super(phrase);
		}

		/** Whether it heads its column. */
		boolean heading() {
			return this.heading;
		}

		Join join() {
			return this.join;
		}

	}

}
