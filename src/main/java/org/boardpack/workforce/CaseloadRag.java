package org.boardpack.workforce;

/** A team's caseload against its cap. */
public enum CaseloadRag {

	/** At or under the cap. */
	GREEN,
	/** Over the cap, not beyond the Amber limit. */
	AMBER,
	/** Beyond the Amber limit. */
	RED;

	/** Whether the caseload is over its cap. */
	public boolean overCap() {
		return this != GREEN;
	}

}
