package org.boardpack.kpi;

import java.math.BigDecimal;

/**
 * A measure's target: a single figure for higher and lower measures, a band's edges for a
 * band (either edge may be open). All null: no target.
 *
 * @param value the target of a higher or lower measure
 * @param low the band's lower edge
 * @param high the band's upper edge
 */
public record Target(BigDecimal value, BigDecimal low, BigDecimal high) {

	public static final Target NONE = new Target(null, null, null);

	public static Target of(BigDecimal value) {
		return new Target(value, null, null);
	}

	public static Target band(BigDecimal low, BigDecimal high) {
		return new Target(null, low, high);
	}

	public boolean isBand() {
		return this.low != null || this.high != null;
	}

	public boolean none() {
		return this.value == null && !isBand();
	}

	/** How far a figure is outside the band; 0 inside it. */
	BigDecimal outside(BigDecimal figure) {
		if (this.low != null && figure.compareTo(this.low) < 0) {
			return this.low.subtract(figure);
		}
		if (this.high != null && figure.compareTo(this.high) > 0) {
			return figure.subtract(this.high);
		}
		return BigDecimal.ZERO;
	}

}
