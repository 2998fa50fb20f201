package org.boardpack.report.pdf;

import java.util.List;

import org.boardpack.pack.Matter;
import org.boardpack.pack.Matters;

/**
 * Matters for the board as one table, grouped under Decide, Challenge and Note, each row
 * its ref, who brings it, what is asked and why now. The executive summary and the page
 * after it both set them this way.
 */
final class MatterTable {

	private static final float REF = 30;

	private static final float OWNER = 78;

	private MatterTable() {
	}

	static Grid of(Style style, List<Matter> matters, float width, float size) {
		float words = width - REF - OWNER;
		float ask = words * 0.45f;
		Grid grid = new Grid(style, size, REF, OWNER, ask, words - ask).header("Ref", "Owner",
				"What the board is asked", "Why now");
		for (int i = 0; i < matters.size(); i++) {
			Matter m = matters.get(i);
			if (Matters.startsGroup(matters, i)) {
				grid.text(m.kind().label(), style.heading(size + 1), 4);
			}
			grid.bold((m.ref() != null) ? m.ref() : Words.NONE);
			grid.text((m.owner() != null) ? m.owner() : Words.NONE);
			grid.text(m.ask()).text(m.whyNow());
		}
		return grid;
	}

}
