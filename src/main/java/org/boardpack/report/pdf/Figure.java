package org.boardpack.report.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.ImgTemplate;
import com.lowagie.text.pdf.PdfTemplate;

/**
 * A chart drawn on a {@link Canvas}, placed as an image of its template and tagged as a
 * Figure whose alternative text gives the figures it shows, for a reader who cannot see
 * it.
 */
public final class Figure extends ImgTemplate {

	private final String alt;

	Figure(PdfTemplate template, String alt) throws BadElementException {
		super(template);
		if (alt == null || alt.isBlank()) {
			throw new IllegalArgumentException("a chart needs words that say what it shows");
		}
		this.alt = alt;
	}

	/**
	 * A copy, as OpenPDF makes one by reflection when it sets an image in a column: the
	 * pack's charts are placed at their own size, so the template and its alignment are
	 * all there is to copy. Public for that reflection only.
	 */
	public Figure(Image image) throws BadElementException {
		this(image.getTemplateData(), (image instanceof Figure f) ? f.alt : "a chart");
		setAlignment(image.getAlignment());
	}

	String alt() {
		return this.alt;
	}

}
