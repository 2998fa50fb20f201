package org.boardpack.report.pdf;

import java.awt.Color;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfWriter;
import org.boardpack.actionplan.Rag;
import org.boardpack.actionplan.Tally;

/**
 * One bar across a set of actions, a segment per derived RAG in proportion to its count,
 * each segment carrying its letter and count where it has room. A key beside or under the
 * bar gives every count in words, and so does its alternative text.
 */
final class RagBar {

	private RagBar() {
	}

	static Image of(PdfWriter writer, Style style, Tally tally, float width, float height) {
		Canvas canvas = new Canvas(writer, style, width, height);
		float size = Math.min(Style.BODY, height * 0.55f);
		float x = 0;
		for (Rag rag : Rag.values()) {
			int count = tally.count(rag);
			if (count == 0) {
				continue;
			}
			float w = width * count / tally.actions();
			Color fill = style.rag(rag);
			canvas.box(x, 0, w, height, fill);
			String label = rag.letter() + " " + count;
			String fitting = (canvas.textWidth(label, style.boldFont(), size) + 4 <= w) ? label
					: (canvas.textWidth(rag.letter(), style.boldFont(), size) + 2 <= w) ? rag.letter() : null;
			if (fitting != null) {
				canvas.text(fitting, x + w / 2, (height - size * 0.7f) / 2, Element.ALIGN_CENTER, style.boldFont(),
						size, style.inkOn(fill));
			}
			canvas.line(x + w, 0, x + w, height, Color.WHITE, 1);
			x += w;
		}
		return canvas.image(alt(tally));
	}

	/** "Actions by derived RAG: 52 actions; Blue 5, Green 20, Amber 15, Red 12." */
	static String alt(Tally tally) {
		return "Actions by derived RAG: " + counts(tally) + ".";
	}

	/**
	 * "52 actions; Blue 5, Green 20, Amber 15, Red 12", for a chart's alternative text.
	 */
	static String counts(Tally tally) {
		StringBuilder counts = new StringBuilder().append(tally.actions())
			.append((tally.actions() == 1) ? " action" : " actions");
		String separator = "; ";
		for (Rag rag : Rag.values()) {
			counts.append(separator).append(rag.label()).append(' ').append(tally.count(rag));
			separator = ", ";
		}
		return counts.toString();
	}

}
