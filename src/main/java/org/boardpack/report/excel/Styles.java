package org.boardpack.report.excel;

import java.util.EnumMap;
import java.util.Map;

import javax.xml.namespace.QName;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;

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

	/** The light grey of a cell boardpack works out, under its grey header. */
	private static final Rgb DERIVED_SHADE = new Rgb(242, 242, 242);

	private final XSSFWorkbook workbook;

	private final XSSFColor rule;

	/**
	 * Each kind's data cell: editable or locked (under a protected sheet), each plain or
	 * with the quote prefix.
	 */
	private final Map<Kind, XSSFCellStyle[]> body = new EnumMap<>(Kind.class);

	/** Each kind's empty cell below a table, open to an officer adding a row. */
	private final Map<Kind, XSSFCellStyle> entry = new EnumMap<>(Kind.class);

	private final Map<Rag, XSSFCellStyle> rag = new EnumMap<>(Rag.class);

	private final XSSFCellStyle header;

	private final XSSFCellStyle derivedHeader;

	private final XSSFCellStyle title;

	private final XSSFCellStyle heading;

	private final XSSFCellStyle strong;

	private final XSSFCellStyle paragraph;

	Styles(XSSFWorkbook workbook, Template template) {
		this.workbook = workbook;
		this.rule = colour(template.colour("rule"));
		normalStyle(workbook);
		XSSFColor shade = colour(DERIVED_SHADE);
		for (Kind kind : Kind.values()) {
			XSSFCellStyle editable = body(kind);
			editable.setLocked(false);
			XSSFCellStyle derived = body(kind);
			derived.setFillForegroundColor(shade);
			derived.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			this.body.put(kind, new XSSFCellStyle[] { editable, quoted(editable), derived, quoted(derived) });
			XSSFCellStyle entry = workbook.createCellStyle();
			format(entry, kind);
			entry.setVerticalAlignment(VerticalAlignment.TOP);
			entry.setLocked(false);
			this.entry.put(kind, entry);
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
		this.paragraph = workbook.createCellStyle();
		this.paragraph.setWrapText(true);
		this.paragraph.setVerticalAlignment(VerticalAlignment.TOP);
	}

	/**
	 * A data cell of a table.
	 * @param quote whether the cell takes Excel's quote prefix, so text that begins with
	 * =, +, - or @ stays text when an officer edits the cell, rather than turning into a
	 * formula
	 * @param derived whether the cell is one boardpack works out: shaded, and locked when
	 * its sheet is protected, while officers' own cells are white and open
	 */
	CellStyle body(Kind kind, boolean quote, boolean derived) {
		return this.body.get(kind)[(quote ? 1 : 0) + (derived ? 2 : 0)];
	}

	/**
	 * An empty cell of an editable column under a protected sheet's table, where an
	 * officer may type a new row.
	 */
	CellStyle entry(Kind kind) {
		return this.entry.get(kind);
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

	/** Plain text that wraps within its cell, for a paragraph of instructions. */
	CellStyle paragraph() {
		return this.paragraph;
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
		format(style, kind);
		return style;
	}

	private void format(XSSFCellStyle style, Kind kind) {
		switch (kind) {
			case WRAP -> style.setWrapText(true);
			case DATE -> style.setDataFormat(this.workbook.createDataFormat().getFormat(DATE_FORMAT));
			case NUMBER -> style.setDataFormat(this.workbook.createDataFormat().getFormat(NUMBER_FORMAT));
			case PERCENT -> style.setDataFormat(this.workbook.createDataFormat().getFormat(PERCENT_FORMAT));
			case DECIMAL -> style.setDataFormat(this.workbook.createDataFormat().getFormat("General"));
			case TEXT -> {
			}
		}
	}

	/**
	 * Names the workbook's base style "Normal", as Excel does: a workbook without a named
	 * default style is one some readers (openpyxl) warn about and patch on opening.
	 */
	private static void normalStyle(XSSFWorkbook workbook) {
		// poi-ooxml-lite leaves out the schema type of cellStyles, so the element is
		// written directly; the parts POI adds later take their places around it.
		String namespace = XSSFRelation.NS_SPREADSHEETML;
		try (XmlCursor cursor = workbook.getStylesSource().getCTStylesheet().newCursor()) {
			cursor.toEndToken();
			cursor.beginElement(new QName(namespace, "cellStyles"));
			cursor.insertAttributeWithValue("count", "1");
			cursor.beginElement(new QName(namespace, "cellStyle"));
			cursor.insertAttributeWithValue("name", "Normal");
			cursor.insertAttributeWithValue("xfId", "0");
			cursor.insertAttributeWithValue("builtinId", "0");
		}
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
