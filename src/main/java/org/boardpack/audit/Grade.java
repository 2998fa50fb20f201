package org.boardpack.audit;

import java.util.Map;
import java.util.Optional;

import org.boardpack.input.Lookup;

/** Ofsted's four-point scale, best first. */
public enum Grade {

	OUTSTANDING("Outstanding"), GOOD("Good"), REQUIRES_IMPROVEMENT("Requires improvement"), INADEQUATE("Inadequate");

	/** How the allowed values read in a message. */
	public static final String ALLOWED = "Outstanding, Good, Requires improvement (RI), Inadequate";

	private static final Lookup<Grade> BY_NAME = new Lookup<>(Map.of("outstanding", OUTSTANDING, "good", GOOD,
			"requiresimprovement", REQUIRES_IMPROVEMENT, "requiresimprovementtobegood", REQUIRES_IMPROVEMENT, "ri",
			REQUIRES_IMPROVEMENT, "inadequate", INADEQUATE));

	private final String label;

	Grade(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public boolean goodOrBetter() {
		return this == OUTSTANDING || this == GOOD;
	}

	public static Optional<Grade> parse(String text) {
		return BY_NAME.parse(text);
	}

}
