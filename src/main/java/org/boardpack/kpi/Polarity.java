package org.boardpack.kpi;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.boardpack.input.Lookup;

/** Which way is better for a measure. */
public enum Polarity {

	/** Higher is better: rated against a target from below. */
	HIGHER("Higher is better"),
	/** Lower is better: rated against a target from above. */
	LOWER("Lower is better"),
	/** Best inside the band target_low..target_high. */
	BAND("Best within a band");

	/** How the allowed values read in a message. */
	public static final String ALLOWED = "higher, lower or band";

	private static final Lookup<Polarity> BY_NAME = new Lookup<>(
			Map.ofEntries(Map.entry("higher", HIGHER), Map.entry("higherisbetter", HIGHER), Map.entry("high", HIGHER),
					Map.entry("up", HIGHER), Map.entry("increase", HIGHER), Map.entry("lower", LOWER),
					Map.entry("lowerisbetter", LOWER), Map.entry("low", LOWER), Map.entry("down", LOWER),
					Map.entry("decrease", LOWER), Map.entry("band", BAND), Map.entry("range", BAND),
					Map.entry("withinband", BAND), Map.entry("targetrange", BAND), Map.entry("inband", BAND)));

	private final String label;

	Polarity(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public static Optional<Polarity> parse(String text) {
		return BY_NAME.parse(text);
	}

	/**
	 * Compares two figures the way this polarity calls better: positive when {@code a} is
	 * better than {@code b}, negative when worse, 0 when neither. A band compares how far
	 * each is outside it, so two figures inside the band are equally good.
	 * @param target the band's edges for a band; ignored otherwise
	 * @return null when a band has no edges to judge by
	 */
	Integer compare(BigDecimal a, BigDecimal b, Target target) {
		return switch (this) {
			case HIGHER -> Integer.signum(a.compareTo(b));
			case LOWER -> Integer.signum(b.compareTo(a));
			case BAND -> target.isBand() ? Integer.signum(target.outside(b).compareTo(target.outside(a))) : null;
		};
	}

}
