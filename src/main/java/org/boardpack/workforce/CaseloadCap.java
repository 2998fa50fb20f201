package org.boardpack.workforce;

import java.math.BigDecimal;

/**
 * A caseload cap: Green up to {@code green} children per case-holding worker, Amber up to
 * {@code amber}, Red above.
 *
 * @param green the cap: the most children per worker that is Green
 * @param amber the most that is still Amber
 */
public record CaseloadCap(BigDecimal green, BigDecimal amber) {

	public CaseloadCap {
		if (green == null || amber == null || green.signum() <= 0 || amber.compareTo(green) < 0) {
			throw new IllegalArgumentException(
					"a caseload cap needs green above 0 and amber at or above green, not " + green + " and " + amber);
		}
	}

	public CaseloadRag rag(BigDecimal caseload) {
		if (caseload.compareTo(this.green) <= 0) {
			return CaseloadRag.GREEN;
		}
		return (caseload.compareTo(this.amber) <= 0) ? CaseloadRag.AMBER : CaseloadRag.RED;
	}

}
