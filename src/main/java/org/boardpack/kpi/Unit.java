package org.boardpack.kpi;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.boardpack.input.Lookup;

/**
 * What a measure's figure counts. A rate from a numerator and denominator is scaled by
 * the unit: x 100 for a percentage, x 10,000 for a rate per 10,000 children.
 */
public enum Unit {

	PERCENT("%", 100), PER_10000("per 10,000", 10_000), DAYS("days", 1), WEEKS("weeks", 1), NUMBER("number", 1);

	/** How the allowed values read in a message. */
	public static final String ALLOWED = "%, per 10,000, days, weeks or number";

	private static final Lookup<Unit> BY_NAME = new Lookup<>(Map.ofEntries(Map.entry("percent", PERCENT),
			Map.entry("percentage", PERCENT), Map.entry("pc", PERCENT), Map.entry("per10000", PER_10000),
			Map.entry("rateper10000", PER_10000), Map.entry("per10000children", PER_10000), Map.entry("days", DAYS),
			Map.entry("day", DAYS), Map.entry("workingdays", DAYS), Map.entry("weeks", WEEKS), Map.entry("week", WEEKS),
			Map.entry("number", NUMBER), Map.entry("count", NUMBER), Map.entry("no", NUMBER),
			Map.entry("ratio", NUMBER), Map.entry("average", NUMBER), Map.entry("cases", NUMBER)));

	private final String label;

	private final BigDecimal scale;

	Unit(String label, int scale) {
		this.label = label;
		this.scale = BigDecimal.valueOf(scale);
	}

	public String label() {
		return this.label;
	}

	/** What numerator / denominator is multiplied by to give the figure. */
	public BigDecimal scale() {
		return this.scale;
	}

	/**
	 * Whether the figure is a share of its denominator, so a numerator above it is an
	 * error (a caseload or an average wait is not: 1,830 cases over 101.5 workers is 18).
	 */
	public boolean share() {
		return this == PERCENT || this == PER_10000;
	}

	/** Reads a unit: "%", "percent", "per 10,000", "days", "number"... */
	public static Optional<Unit> parse(String text) {
		// Lookup ignores punctuation, so "%" is the one spelling looked at as written.
		return text.strip().equals("%") ? Optional.of(PERCENT) : BY_NAME.parse(text);
	}

}
