package org.boardpack.report.pdf;

import java.awt.Color;

import com.lowagie.text.BadElementException;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A box to draw a chart in: vector lines, rectangles and text in the embedded font,
 * placed in the page flow as an image of the template. No AWT fonts and no raster, so a
 * bare, headless machine draws it the same. Coordinates run from the bottom left. It is
 * tagged as one Figure whose alternative text says what it shows; nothing drawn on it is
 * marked on its own.
 */
final class Canvas {

	private static final float MEASURE_TOP = 10_000;

	private final PdfTemplate template;

	private final Style style;

	Canvas(PdfWriter writer, Style style, float width, float height) {
		this.template = writer.getDirectContent().createTemplate(width, height);
		this.style = style;
	}

	Style style() {
		return this.style;
	}

	void box(float x, float y, float w, float h, Color fill) {
		this.template.saveState();
		this.template.setColorFill(fill);
		this.template.rectangle(x, y, w, h);
		this.template.fill();
		this.template.restoreState();
	}

	void line(float x1, float y1, float x2, float y2, Color colour, float lineWidth) {
		this.template.saveState();
		this.template.setColorStroke(colour);
		this.template.setLineWidth(lineWidth);
		this.template.moveTo(x1, y1);
		this.template.lineTo(x2, y2);
		this.template.stroke();
		this.template.restoreState();
	}

	/** A marker: a circle or a square, filled or (for a small sample) hollow. */
	void marker(float x, float y, float radius, boolean circle, boolean filled, Color colour) {
		this.template.saveState();
		this.template.setColorStroke(colour);
		this.template.setColorFill(filled ? colour : Color.WHITE);
		this.template.setLineWidth(1.2f);
		if (circle) {
			this.template.circle(x, y, radius);
		}
		else {
			this.template.rectangle(x - radius, y - radius, 2 * radius, 2 * radius);
		}
		this.template.fillStroke();
		this.template.restoreState();
	}

	/**
	 * One line of text; align is Element.ALIGN_LEFT, ALIGN_CENTER or ALIGN_RIGHT about x.
	 */
	void text(String text, float x, float y, int align, BaseFont font, float size, Color colour) {
		this.template.saveState();
		this.template.setColorFill(colour);
		this.template.beginText();
		this.template.setFontAndSize(font, size);
		this.template.showTextAligned(align, text, x, y, 0);
		this.template.endText();
		this.template.restoreState();
	}

	/**
	 * Wrapped text in a column, top down from y; measure it first, as text below the
	 * canvas is lost.
	 */
	void wrapped(Phrase phrase, float x, float top, float width) {
		go(column(this.template, phrase, x, top, width), false);
	}

	/** How tall wrapped text would be, without drawing it. */
	static float measure(Phrase phrase, float width) {
		ColumnText column = column(null, phrase, 0, MEASURE_TOP, width);
		go(column, true);
		return MEASURE_TOP - column.getYLine();
	}

	float textWidth(String text, BaseFont font, float size) {
		return font.getWidthPoint(text, size);
	}

	/**
	 * The chart, to place in the page flow.
	 * @param alt what the chart shows, with its figures, for a reader who cannot see it
	 */
	Image image(String alt) {
		try {
			Image image = new Figure(this.template, alt);
			image.setAlignment(Element.ALIGN_LEFT);
			return image;
		}
		catch (BadElementException ex) {
			throw new IllegalStateException("a chart template could not be placed", ex);
		}
	}

	private static ColumnText column(PdfTemplate canvas, Phrase phrase, float x, float top, float width) {
		ColumnText column = new ColumnText(canvas);
		column.setSimpleColumn(x, 0, x + width, top);
		column.setLeading(0, 1.15f);
		column.addText(phrase);
		return column;
	}

	private static void go(ColumnText column, boolean simulate) {
		try {
			column.go(simulate);
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("chart text could not be laid out", ex);
		}
	}

}
