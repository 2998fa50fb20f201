package org.boardpack.actionplan;

import java.util.Map;
import java.util.Optional;

import org.boardpack.input.Lookup;

/**
 * Where an action stands, as its owner reports it. Embedded is complete with its evidence
 * of impact accepted.
 */
public enum Status {

	NOT_STARTED("Not started"), IN_PROGRESS("In progress"), ON_HOLD("On hold"), COMPLETE("Complete"),
	EMBEDDED("Embedded");

	/** How the allowed values read in a message. */
	public static final String ALLOWED = "Not started, In progress, On hold, Complete, Embedded";

	private static final Lookup<Status> BY_NAME = new Lookup<>(Map.ofEntries(Map.entry("notstarted", NOT_STARTED),
			Map.entry("notyetstarted", NOT_STARTED), Map.entry("inprogress", IN_PROGRESS),
			Map.entry("ongoing", IN_PROGRESS), Map.entry("started", IN_PROGRESS), Map.entry("onhold", ON_HOLD),
			Map.entry("paused", ON_HOLD), Map.entry("complete", COMPLETE), Map.entry("completed", COMPLETE),
			Map.entry("delivered", COMPLETE), Map.entry("done", COMPLETE), Map.entry("embedded", EMBEDDED)));

	private final String label;

	Status(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Complete or embedded: delivered, whether or not its impact is yet evidenced. */
	public boolean done() {
		return this == COMPLETE || this == EMBEDDED;
	}

	public static Optional<Status> parse(String text) {
		return BY_NAME.parse(text);
	}

}
