package org.boardpack.audit;

/** The practice domains an audit grades besides the overall judgement. */
public enum Domain {

	MANAGEMENT_OVERSIGHT("Management oversight"), VOICE_OF_CHILD("Voice of the child"), PLANNING("Planning"),
	TIMELINESS("Timeliness");

	private final String label;

	Domain(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
