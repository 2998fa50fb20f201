package org.boardpack.kpi;

/**
 * Direction of travel: how a figure moved against an earlier one, judged by the measure's
 * polarity (for a band: nearer the band is improving).
 */
public enum Direction {

	IMPROVING, NO_CHANGE, WORSENING,
	/** No earlier figure to compare with, or a band with no edges to judge by. */
	NOT_KNOWN;

	static Direction of(Integer comparison) {
		if (comparison == null) {
			return NOT_KNOWN;
		}
		return (comparison > 0) ? IMPROVING : (comparison < 0) ? WORSENING : NO_CHANGE;
	}

}
