package org.boardpack.audit;

import java.util.Map;
import java.util.Optional;

import org.boardpack.input.Lookup;

/** Whether an audit found drift or delay in the child's case. */
public enum DriftDelay {

	YES, NO, NOT_RECORDED;

	/** How the allowed values read in a message. */
	public static final String ALLOWED = "yes or no (Y/N)";

	private static final Lookup<DriftDelay> BY_NAME = new Lookup<>(
			Map.of("yes", YES, "y", YES, "true", YES, "1", YES, "no", NO, "n", NO, "false", NO, "0", NO));

	public static Optional<DriftDelay> parse(String text) {
		return BY_NAME.parse(text);
	}

}
