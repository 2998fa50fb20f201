package org.boardpack.kpi;

/**
 * Where a measure stands against a benchmark (statistical neighbours, England), judged by
 * its polarity.
 */
public enum Position {

	BETTER, SAME, WORSE,
	/** No benchmark given, or a band with no edges to judge by. */
	NOT_KNOWN;

	static Position of(Integer comparison) {
		if (comparison == null) {
			return NOT_KNOWN;
		}
		return (comparison > 0) ? BETTER : (comparison < 0) ? WORSE : SAME;
	}

}
