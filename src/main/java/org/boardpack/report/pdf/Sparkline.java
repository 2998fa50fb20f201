package org.boardpack.report.pdf;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.List;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfWriter;

import org.boardpack.actionplan.Rag;

/**
 * A measure's trend as a small line, one point per month, scaled to its own lowest and
 * highest figures; a month without a figure is a gap. The last point is marked in the
 * month's RAG colour. The figures themselves go in the image's alternative text.
 */
final class Sparkline {

	private static final float PAD = 2.5f;

	private Sparkline() {
	}

	static Image of(PdfWriter writer, Style style, List<BigDecimal> values, Rag last, String alt, float width,
			float height) {
		Canvas canvas = new Canvas(writer, style, width, height);
		double min = Double.MAX_VALUE;
		double max = -Double.MAX_VALUE;
		for (BigDecimal v : values) {
			if (v != null) {
				min = Math.min(min, v.doubleValue());
				max = Math.max(max, v.doubleValue());
			}
		}
		float slot = (width - 2 * PAD) / Math.max(1, values.size() - 1);
		double span = (max > min) ? max - min : 1;
		Float lastX = null;
		Float lastY = null;
		Color ink = style.heading();
		for (int i = 0; i < values.size(); i++) {
			BigDecimal v = values.get(i);
			if (v == null) {
				lastX = null;
				continue;
			}
			float x = PAD + slot * i;
			float y = (max > min) ? (float) (PAD + (height - 2 * PAD) * (v.doubleValue() - min) / span) : height / 2;
			if (lastX != null) {
				canvas.line(lastX, lastY, x, y, ink, 0.9f);
			}
			lastX = x;
			lastY = y;
		}
		if (lastX != null && values.get(values.size() - 1) != null) {
			canvas.marker(lastX, lastY, 1.8f, true, true, (last != null) ? style.rag(last) : ink);
		}
		return canvas.image(alt);
	}

}
