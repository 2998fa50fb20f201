package org.boardpack.report.excel;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.boardpack.actionplan.Rag;
import org.boardpack.report.excel.Column.Kind;
import org.boardpack.template.Rgb;
import org.boardpack.template.Template;

/**
 * Every cell style of the tracker, each created once per workbook and all up front (a
 * workbook holds at most 64,000 styles, a style per cell bloats the file, and styles made
 * on demand would number differently with the content). Colours come from the template.
 */
final class Styles {

	/**
	 * How dates show: the UK order officers type, and a format the reader recognises as a
	 * date.
	 */
	static final String DATE_FORMAT = "dd/mm/yyyy";

	private static final String NUMBER_FORMAT = "0";

	/**
	 * The cell holds the whole-number percentage the pack gives; the sign is only shown.
	 */
	private static final String PERCENT_FORMAT = "0\"%\"";

	private final XSSFWorkbook workbook;

	private final XSSFColor rule;

	private final Map<Kind, XSSFCellStyle> body = new EnumMap<>(Kind.class);

	private final Map<Rag, XSSFCellStyle> rag = new EnumMap<>(Rag.class);

	private final Map<Kind, XSSFCellStyle> quoted = new EnumMap<>(Kind.class);

	private final XSSFCellStyle header;

	private final XSSFCellStyle derivedHeader;

	private final XSSFCellStyle title;

	private final XSSFCellStyle heading;

	private final XSSFCellStyle strong;

	Styles(XSSFWorkbook workbook, Template template) {
		this.workbook = workbook;
		this.rule = colour(template.colour("rule"));
		for (Kind kind : Kind.values()) {
			XSSFCellStyle style = body(kind);
			this.body.put(kind, style);
			this.quoted.put(kind, quoted(style));
		}
		XSSFColor white = colour(new Rgb(255, 255, 255));
		this.header = headerStyle(colour(template.colour("heading")), white);
		this.derivedHeader = headerStyle(this.rule, colour(new Rgb(0, 0, 0)));
		for (Rag r : Rag.values()) {
			this.rag.put(r, headerStyle(colour(template.colour(r)), textOn(template.colour(r))));
		}
		this.title = workbook.createCellStyle();
		this.title.setFont(font(true, 14, colour(template.colour("heading"))));
		this.heading = workbook.createCellStyle();
		this.heading.setFont(font(true, 12, colour(template.colour("heading"))));
		this.strong = workbook.createCellStyle();
		this.strong.setFont(font(true, 11, null));
		this.strong.setVerticalAlignment(VerticalAlignment.TOP);
	}

	/**
	 * A data cell of a table.
	 * @param quote whether the cell takes Excel's quote prefix, so text that begins with
	 * =, +, - or @ stays text when an officer edits the cell, rather than turning into a
	 * formula
	 */
	CellStyle body(Kind kind, boolean quote) {
		return (quote ? this.quoted : this.body).get(kind);
	}

	/**
	 * A column's header: derived columns are grey, the ones officers edit in the
	 * template's heading colour.
	 */
	CellStyle header(boolean derived) {
		return derived ? this.derivedHeader : this.header;
	}

	/**
	 * A cell filled with a RAG colour, its text in white or black, whichever reads better
	 * on it.
	 */
	CellStyle rag(Rag r) {
		return this.rag.get(r);
	}

	/**
	 * The line at the top of every sheet: authority, what the sheet holds, period, as-at
	 * date.
	 */
	CellStyle title() {
		return this.title;
	}

	/** The heading of a block on a sheet. */
	CellStyle heading() {
		return this.heading;
	}

	/** Bold text, for a label or a line that matters. */
	CellStyle strong() {
		return this.strong;
	}

	private XSSFCellStyle quoted(XSSFCellStyle style) {
		XSSFCellStyle copy = this.workbook.createCellStyle();
		copy.cloneStyleFrom(style);
		copy.setQuotePrefixed(true);
		return copy;
	}

	private XSSFCellStyle body(Kind kind) {
		XSSFCellStyle style = this.workbook.createCellStyle();
		style.setVerticalAlignment(VerticalAlignment.TOP);
		border(style);
		switch (kind) {
			case WRAP -> style.setWrapText(true);
			case DATE -> style.setDataFormat(this.workbook.createDataFormat().getFormat(DATE_FORMAT));
			case NUMBER -> style.setDataFormat(this.workbook.createDataFormat().getFormat(NUMBER_FORMAT));
			case PERCENT -> style.setDataFormat(this.workbook.createDataFormat().getFormat(PERCENT_FORMAT));
			case DECIMAL -> style.setDataFormat(this.workbook.createDataFormat().getFormat("General"));
			case TEXT -> {
			}
		}
		return style;
	}

	private XSSFCellStyle headerStyle(XSSFColor fill, XSSFColor text) {
		XSSFCellStyle style = this.workbook.createCellStyle();
		style.setFillForegroundColor(fill);
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		style.setFont(font(true, 11, text));
		style.setWrapText(true);
		style.setVerticalAlignment(VerticalAlignment.TOP);
		border(style);
		return style;
	}

	private void border(XSSFCellStyle style) {
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		style.setTopBorderColor(this.rule);
		style.setBottomBorderColor(this.rule);
		style.setLeftBorderColor(this.rule);
		style.setRightBorderColor(this.rule);
	}

	private XSSFFont font(boolean bold, int points, XSSFColor colour) {
		XSSFFont font = this.workbook.createFont();
		font.setBold(bold);
		font.setFontHeightInPoints((short) points);
		if (colour != null) {
			font.setColor(colour);
		}
		return font;
	}

	/**
	 * The colour as opaque ARGB, the form Excel writes (a bare RGB can read as
	 * transparent).
	 */
	static XSSFColor colour(Rgb rgb) {
		return new XSSFColor(new byte[] { (byte) 0xFF, (byte) rgb.red(), (byte) rgb.green(), (byte) rgb.blue() }, null);
	}

	/**
	 * Black text on a light fill, white on a dark one (perceived brightness, as the W3C
	 * suggests).
	 */
	static XSSFColor textOn(Rgb fill) {
		int brightness = (fill.red() * 299 + fill.green() * 587 + fill.blue() * 114) / 1000;
		return colour((brightness > 150) ? new Rgb(0, 0, 0) : new Rgb(255, 255, 255));
	}

}
