package org.boardpack.report.pdf;

import org.boardpack.pack.BoardPack;

/**
 * The matters the executive summary has no room for, on the page after it, so every
 * matter is before the annex and none twice.
 */
final class MoreMatters implements Part {

	static final String TITLE = "More matters for the board";

	@Override
	public String title() {
		return TITLE;
	}

	@Override
	public boolean shown(BoardPack pack) {
		return !pack.matters().rest().isEmpty();
	}

	@Override
	public void write(BoardPack pack, Pages pages) {
		pages.part(title());
		pages.add(MatterTable.of(pages.style(), pack.matters().rest(), pages.width(), Style.TABLE));
	}

}
