package org.boardpack.report.pdf;

import java.awt.Color;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfWriter;
import org.boardpack.actionplan.PlanProgress;
import org.boardpack.actionplan.Rag;

/**
 * Actions by derived RAG for each section: one stacked bar per section on a common scale,
 * so a bigger section has a longer bar. Each segment carries its letter and count where
 * it has room; where one has not, the counts are written out after the bar.
 */
final class SectionChart {

	private static final float LABEL = 170;

	private static final float GAP = 8;

	private static final float TRAILER = 110;

	private static final float LEGEND = 16;

	private static final float AXIS = 16;

	private static final float BAR = 13;

	private static final float SIZE = 7;

	private SectionChart() {
	}

	static Image of(PdfWriter writer, Style style, List<PlanProgress.Part> sections, float width) {
		float[] rows = new float[sections.size()];
		float height = LEGEND + AXIS;
		int largest = 1;
		for (int i = 0; i < sections.size(); i++) {
			rows[i] = Math.max(BAR + 6, Canvas.measure(label(style, sections.get(i)), LABEL) + 4);
			height += rows[i];
			largest = Math.max(largest, sections.get(i).tally().actions());
		}
		Canvas canvas = new Canvas(writer, style, width, height);
		float plotLeft = LABEL + GAP;
		float plotWidth = width - plotLeft - TRAILER;
		float unit = plotWidth / largest;
		legend(canvas, plotLeft, height - SIZE - 2);
		float y = height - LEGEND;
		int step = step(largest);
		for (int tick = 0; tick <= largest; tick += step) {
			float x = plotLeft + tick * unit;
			canvas.line(x, AXIS, x, height - LEGEND, style.rule(), 0.4f);
			canvas.text(String.valueOf(tick), x, AXIS - SIZE - 2, Element.ALIGN_CENTER, style.regular(), SIZE,
					style.muted());
		}
		canvas.text("actions", plotLeft + plotWidth + 4, AXIS - SIZE - 2, Element.ALIGN_LEFT, style.regular(), SIZE,
				style.muted());
		for (int i = 0; i < sections.size(); i++) {
			PlanProgress.Part part = sections.get(i);
			canvas.wrapped(label(style, part), 0, y - 2, LABEL);
			bar(canvas, part, plotLeft, y - (rows[i] + BAR) / 2, unit);
			y -= rows[i];
		}
		return canvas.image(alt(sections));
	}

	/**
	 * "Actions by derived RAG in each section. 1. Leadership: 6 actions; Blue 1, Green 2,
	 * Amber 2, Red 1. 2. ..."
	 */
	private static String alt(List<PlanProgress.Part> sections) {
		StringBuilder alt = new StringBuilder("Actions by derived RAG in each section.");
		for (PlanProgress.Part part : sections) {
			alt.append(' ').append(part.key()).append(". ").append(part.title()).append(": ");
			alt.append(RagBar.counts(part.tally())).append('.');
		}
		return alt.toString();
	}

	private static void bar(Canvas canvas, PlanProgress.Part part, float left, float bottom, float unit) {
		Style style = canvas.style();
		float x = left;
		boolean allLabelled = true;
		for (Rag rag : Rag.values()) {
			int count = part.tally().count(rag);
			if (count == 0) {
				continue;
			}
			float w = count * unit;
			Color fill = style.rag(rag);
			canvas.box(x, bottom, w, BAR, fill);
			String label = rag.letter() + " " + count;
			if (canvas.textWidth(label, style.boldFont(), SIZE) + 4 <= w) {
				canvas.text(label, x + w / 2, bottom + (BAR - SIZE * 0.7f) / 2, Element.ALIGN_CENTER, style.boldFont(),
						SIZE, style.inkOn(fill));
			}
			else {
				allLabelled = false;
			}
			canvas.line(x + w, bottom, x + w, bottom + BAR, Color.WHITE, 0.8f);
			x += w;
		}
		StringBuilder trailer = new StringBuilder().append(part.tally().actions());
		if (!allLabelled) {
			trailer.append(":");
			for (Rag rag : Rag.values()) {
				trailer.append(' ').append(rag.letter()).append(' ').append(part.tally().count(rag));
			}
		}
		canvas.text(trailer.toString(), x + 4, bottom + (BAR - SIZE * 0.7f) / 2, Element.ALIGN_LEFT, style.regular(),
				SIZE, style.ink());
	}

	private static void legend(Canvas canvas, float x, float y) {
		Style style = canvas.style();
		for (Rag rag : Rag.values()) {
			Color fill = style.rag(rag);
			canvas.box(x, y - 2, 11, 10, fill);
			canvas.text(rag.letter(), x + 5.5f, y, Element.ALIGN_CENTER, style.boldFont(), SIZE, style.inkOn(fill));
			canvas.text(rag.label(), x + 14, y, Element.ALIGN_LEFT, style.regular(), SIZE, style.ink());
			x += 20 + canvas.textWidth(rag.label(), style.regular(), SIZE) + 12;
		}
	}

	private static Phrase label(Style style, PlanProgress.Part part) {
		Phrase phrase = new Phrase();
		phrase.add(new Chunk(part.key() + "  ", style.bold(SIZE + 0.5f)));
		phrase.add(new Chunk(Words.breakable(part.title(), style.regular(), SIZE + 0.5f, LABEL - 20),
				style.body(SIZE + 0.5f)));
		return phrase;
	}

	/** Gridlines every 1, 2, 5, 10, 20, 50 ... actions: at most ten of them. */
	private static int step(int largest) {
		for (int magnitude = 1;; magnitude *= 10) {
			for (int multiple : new int[] { 1, 2, 5 }) {
				if (largest / (multiple * magnitude) <= 10) {
					return multiple * magnitude;
				}
			}
		}
	}

}
