package org.boardpack.workforce;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A rate with the figures behind it: {@code part} of {@code whole}. Null where it is used
 * means a figure it needs was not given.
 *
 * @param part e.g. agency FTE
 * @param whole e.g. filled FTE (established less vacant)
 */
public record Ratio(BigDecimal part, BigDecimal whole) {

	/** Decimal places a percentage is kept to: as the pack prints it. */
	static final int SCALE = 1;

	/** Part and whole, or null when either is not given or the whole is 0. */
	static Ratio of(BigDecimal part, BigDecimal whole) {
		return (part != null && whole != null && whole.signum() > 0) ? new Ratio(part, whole) : null;
	}

	/** As a percentage to one decimal place: 19.5 of 56 is 34.8. */
	public BigDecimal percent() {
		return this.part.multiply(BigDecimal.valueOf(100)).divide(this.whole, SCALE, RoundingMode.HALF_UP);
	}

}
