package org.boardpack.report.pdf;

import org.boardpack.pack.BoardPack;

/**
 * One part of the pack: it starts on a new page under a bookmarked heading and lists in
 * the contents.
 */
interface Part {

	String title();

	void write(BoardPack pack, Pages pages);

	/** Whether the pack has this part: a part with nothing to show is left out. */
	default boolean shown(BoardPack pack) {
		return true;
	}

}
