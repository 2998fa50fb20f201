package org.boardpack.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Paragraph;

/**
 * A paragraph that is a heading, tagged H1 to H3 by its level: {@link Pages} gives a part
 * 1, a bookmarked heading under it 2, and any other heading one below the last of those.
 */
final class Heading extends Paragraph {

	private final int level;

	Heading(Chunk title, int level) {
		super(title);
		this.level = level;
	}

	int level() {
		return this.level;
	}

}
