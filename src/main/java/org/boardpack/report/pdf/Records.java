package org.boardpack.report.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * A table of actions where each action takes three lines beside its ref: its description, its figures in
 * columns, and its words (reason, update, evidence, ask). The description and the words get the full width, so a
 * row stays short. Each action is one row of an outer table, so a page break never parts its figures from its
 * words, and the column headings repeat on every page. The table is written out every few actions as it grows:
 * OpenPDF measures a whole table again for each page, which grows with the square of a long table's length.
 * An action's rows are drawn by {@link DrawnGrid} in a cell of their measured height; one too tall for a page of
 * its own is left to OpenPDF as a table in the cell, which splits it where the page ends.
 */
final class Records {

	private static final int FLUSH_EVERY = 10;

	private final Pages pages;

	private final Style style;

	private final float size;

	private final float[] widths;

	private final PdfPTable table;

	/** The tallest an action drawn whole can be: a page under the headings, less a point for rounding. */
	private float room;

	private int pending;

	Records(Pages pages, float size, float[] widths, String... headers) {
		this.pages = pages;
		this.style = pages.style();
		this.size = size;
		this.widths = widths.clone();
		this.table = new MeasuredTable(1);
		Grid header = grid().headings(headers);
		this.table.setTotalWidth(header.table().getTotalWidth());
		this.table.setLockedWidth(true);
		this.table.setHorizontalAlignment(Element.ALIGN_LEFT);
		this.table.setSpacingBefore(3);
		this.room = pages.height() - 1;
		add(header);
		this.room -= this.table.getRowHeight(0);
		this.table.setHeaderRows(1);
		this.table.setComplete(false);
	}

	/**
	 * A new action's rows, begun with its ref beside its description; the caller adds one cell for each column
	 * after the ref, then passes the grid and the action's words to {@link #add(Grid, Phrase)}.
	 */
	Grid record(String ref, String description) {
		Grid grid = grid();
		grid.joined(ref, true, false);
		grid.text(description, this.style.bold(this.size), this.widths.length - 1);
		grid.joined("", false, false);
		return grid;
	}

	/** The width an action's words are set in, beside the ref. */
	float wordsWidth() {
		float width = 0;
		for (int i = 1; i < this.widths.length; i++) {
			width += this.widths[i];
		}
		return Grid.inner(width);
	}

	/** Ends an action with its words across the page, and adds it to the table. */
	void add(Grid record, Phrase words) {
		record.joined("", false, true);
		record.span(words, this.widths.length - 1);
		add(record);
		if (++this.pending == FLUSH_EVERY) {
			write();
			// What follows continues the same table: no space before it.
			this.table.setSpacingBefore(0);
			this.pending = 0;
		}
	}

	/** Writes out the last actions and closes the table. */
	void finish() {
		this.table.setComplete(true);
		this.table.setSpacingAfter(6);
		write();
	}

	/**
	 * Writes out the actions added since the last time. OpenPDF continues a table written out before without its
	 * headings, which is right on the same page; but it begins a new page after a table that ends within a line of
	 * the foot, and there the headings are wanted.
	 */
	private void write() {
		if (this.pages.atTop()) {
			this.table.setSkipFirstHeader(false);
		}
		this.pages.add(this.table);
	}

	private Grid grid() {
		Grid grid = new Grid(this.style, this.size, this.widths);
		grid.table().setSpacingBefore(0);
		grid.table().setSpacingAfter(0);
		// An action longer than a page is split where the page ends, its words running on, not pushed over whole.
		grid.table().setSplitLate(false);
		return grid;
	}

	private void add(Grid record) {
		DrawnGrid drawn = record.drawn();
		PdfPCell cell;
		if (drawn != null && drawn.height() < this.room) {
			cell = new PdfPCell();
			cell.setFixedHeight(drawn.height());
			cell.setCellEvent((c, position, canvases) -> drawn.draw(canvases, position.getLeft(), position.getTop()));
		}
		else {
			cell = new PdfPCell(record.table());
		}
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPadding(0);
		this.table.addCell(cell);
	}

}
