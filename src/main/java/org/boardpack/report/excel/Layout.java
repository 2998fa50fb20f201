package org.boardpack.report.excel;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.Header;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import org.boardpack.input.Dates;
import org.boardpack.pack.BoardPack;
import org.boardpack.template.Template;
import org.boardpack.template.Template.Paper;

/**
 * What every sheet of the tracker shares: a title line naming the authority, what the
 * sheet holds, the period and the date the data is as at; and a print set-up (A4
 * landscape, fit to the page's width) whose header and footer say the same, so a printed
 * page or a sheet copied elsewhere still says where it came from.
 */
final class Layout {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	/**
	 * Where a listing's header row is (zero based): under the title line and an empty
	 * row.
	 */
	static final int LISTING_HEADER_ROW = 2;

	private static final double SIDE_MARGIN = 0.4;

	private static final double END_MARGIN = 0.7;

	private static final double HEADER_MARGIN = 0.3;

	private final Template template;

	private final Styles styles;

	private final String period;

	private final String asAt;

	Layout(BoardPack pack, Styles styles) {
		this.template = pack.template();
		this.styles = styles;
		this.period = pack.period().format(MONTH);
		this.asAt = Dates.uk(pack.asAt());
	}

	/**
	 * A sheet that is one table, as officers filter, sort and pivot it: the title line,
	 * then an Excel table (named, banded, with filter buttons) whose columns have the
	 * spec's widths and whose rows are as tall as their text, the header frozen (and the
	 * first columns, when asked) and repeated on printed pages.
	 * @param note a line between the title and the table; null for none
	 * @param tableName the table's name in the workbook, letters and digits only
	 * @return the table's range, header included
	 */
	<T> CellRangeAddress listing(SheetWriter writer, String what, String note, String tableName,
			List<Column<T>> columns, Iterable<? extends T> items, int frozenColumns) {
		Sheet sheet = writer.sheet();
		title(writer, what, note);
		CellRangeAddress table = writer.table(columns, items);
		writer.widths(columns);
		ExcelTable.create(writer.model(), tableName, table, columns.stream().map(Column::header).toList());
		sheet.createFreezePane(frozenColumns, LISTING_HEADER_ROW + 1);
		print(sheet, LISTING_HEADER_ROW);
		return table;
	}

	/**
	 * A file's name without the folders it was read from: a tracker travels, and local
	 * paths say nothing to its readers (the manifest keeps them).
	 */
	static String fileName(String file) {
		return (file == null) ? null : file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
	}

	/** "January 2021". */
	String period() {
		return this.period;
	}

	/**
	 * The sheet's first line, then an empty row, so the table below stands apart for
	 * Excel's filters and pivots.
	 */
	void title(SheetWriter writer, String what) {
		title(writer, what, null);
	}

	private void title(SheetWriter writer, String what, String note) {
		writer.line(this.template.authority() + " - " + what + " - " + this.period + ", data as at " + this.asAt + " - "
				+ this.template.protectiveMarking(), this.styles.title());
		if (note != null) {
			writer.line(note, this.styles.strong());
		}
		else {
			writer.gap();
		}
	}

	/**
	 * Sets the sheet up for printing.
	 * @param headerRow the row to repeat at the top of every printed page; -1 for none
	 */
	void print(Sheet sheet, int headerRow) {
		PrintSetup setup = sheet.getPrintSetup();
		setup.setPaperSize(
				(this.template.tracker().paper() == Paper.A3) ? PrintSetup.A3_PAPERSIZE : PrintSetup.A4_PAPERSIZE);
		setup.setLandscape(true);
		setup.setFitWidth((short) 1);
		setup.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN);
		sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN);
		sheet.setMargin(PageMargin.TOP, END_MARGIN);
		sheet.setMargin(PageMargin.BOTTOM, END_MARGIN);
		sheet.setMargin(PageMargin.HEADER, HEADER_MARGIN);
		sheet.setMargin(PageMargin.FOOTER, HEADER_MARGIN);
		if (headerRow >= 0) {
			sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
		}
		Header header = sheet.getHeader();
		header.setLeft(escape(this.template.authority()));
		header.setCenter("&A");
		header.setRight(escape(this.template.protectiveMarking()));
		Footer footer = sheet.getFooter();
		footer.setLeft(escape(this.period + ", data as at " + this.asAt));
		footer.setCenter("Page &P of &N");
		footer.setRight(escape(this.template.board()));
	}

	/**
	 * In a header or footer & starts a code (&P is the page number): a literal one is
	 * doubled.
	 */
	private static String escape(String text) {
		return text.replace("&", "&&");
	}

}
