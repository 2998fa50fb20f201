package org.boardpack.kpi;

import org.boardpack.actionplan.Rag;

/**
 * A measure's rating against its target. A measure with no target is not rated, and says
 * so, rather than passing for Green.
 */
public enum MeasureRag {

	GREEN(Rag.GREEN), AMBER(Rag.AMBER), RED(Rag.RED), NO_TARGET(null);

	private final Rag rag;

	MeasureRag(Rag rag) {
		this.rag = rag;
	}

	/**
	 * The plan's RAG of the same colour, for colours and letters; null when not rated.
	 */
	public Rag rag() {
		return this.rag;
	}

	public boolean rated() {
		return this.rag != null;
	}

}
