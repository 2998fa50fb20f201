package org.boardpack.report.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * A long table of records, each kept whole on a page under column headings that repeat on
 * every page: an action of three lines beside its ref (its description, its figures in
 * columns, and its words: reason, update, evidence, ask), or a list's row. The
 * description and the words get the full width, so a row stays short. Each record is one
 * row of an outer table, so a page break never parts an action's figures from its words.
 * A record is drawn by {@link DrawnGrid} in a cell of its measured height; one too tall
 * for a page of its own is left to OpenPDF as a table in the cell, which splits it where
 * the page ends. The table is written out whole when it is finished: its rows are
 * measured once ({@link MeasuredTable}), so OpenPDF's paging of it is cheap.
 */
final class Records {

	private final Pages pages;

	private final Style style;

	private final float size;

	private final float[] widths;

	private final PdfPTable table;

	private final Tags.Table tag = new Tags.Table();

	/**
	 * The tallest a record drawn whole can be: a page under the headings, less a point
	 * for rounding.
	 */
	private float room;

	Records(Pages pages, float size, float[] widths, String... headers) {
		this.pages = pages;
		this.style = pages.style();
		this.size = size;
		this.widths = widths.clone();
		this.table = new MeasuredTable(1);
		float width = 0;
		for (float w : widths) {
			width += w;
		}
		this.table.setTotalWidth(width);
		this.table.setLockedWidth(true);
		this.table.setHorizontalAlignment(Element.ALIGN_LEFT);
		this.table.setSpacingBefore(3);
		this.room = pages.height() - 1;
		this.table.addCell(cell(row().headings(headers), true));
		this.room -= this.table.getRowHeight(0);
		this.table.setHeaderRows(1);
	}

	/**
	 * A new action's rows, begun with its ref beside its description; the caller adds one
	 * cell for each column after the ref, then passes the grid and the action's words to
	 * {@link #add(Grid, Phrase)}.
	 */
	Grid record(String ref, String description) {
		Grid grid = row();
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
	}

	/**
	 * A new record, for the caller to fill with whole rows and pass to
	 * {@link #add(Grid)}.
	 */
	Grid row() {
		// An action longer than a page is split where the page ends, its words running
		// on, not pushed over whole.
		return new Grid(this.style, this.size, this.widths).record();
	}

	/**
	 * Adds a record to the table; one taller than a page in pieces that each fill one,
	 * broken between its lines.
	 */
	void add(Grid record) {
		DrawnGrid drawn = record.drawn();
		if (drawn != null && drawn.height() >= this.room) {
			drawn.split(this.room).forEach((piece) -> this.table.addCell(piece.cell(this.tag, false)));
			return;
		}
		this.table.addCell(cell(record, false));
	}

	/** Writes out the table. */
	void finish() {
		this.table.setSpacingAfter(6);
		this.pages.add(this.table);
	}

	private PdfPCell cell(Grid record, boolean headings) {
		DrawnGrid drawn = record.drawn();
		if (drawn != null && drawn.height() < this.room) {
			return drawn.cell(this.tag, headings);
		}
		PdfPCell cell = new PdfPCell(record.plain());
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPadding(0);
		return cell;
	}

}
