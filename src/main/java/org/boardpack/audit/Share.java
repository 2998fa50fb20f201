package org.boardpack.audit;

/**
 * A percentage that never stands without its count: "62% (31 of 50)". A share of fewer
 * cases than the template's threshold is marked a small sample.
 *
 * @param count how many
 * @param of out of how many
 * @param percent the share, rounded half up; 0 when {@code of} is 0
 * @param small whether {@code of} is below the small-sample threshold
 */
public record Share(int count, int of, int percent, boolean small) {

	public static Share of(int count, int of, int smallSampleBelow) {
		int percent = (of == 0) ? 0 : (int) Math.round(100.0 * count / of);
		return new Share(count, of, percent, of < smallSampleBelow);
	}

	public boolean empty() {
		return this.of == 0;
	}

	/**
	 * "62% (31 of 50)", or "20% (1 of 5)*" for a small sample, the mark explained once
	 * where the shares are shown; "no audits" when there were none.
	 */
	public String marked() {
		if (empty()) {
			return "no audits";
		}
		return this.percent + "% (" + this.count + " of " + this.of + ")" + (this.small ? SMALL_SAMPLE_MARK : "");
	}

	/** The mark of a small sample. */
	public static final String SMALL_SAMPLE_MARK = "*";

	/** "62% (31 of 50)", "20% (1 of 5, small sample)" or "no audits". */
	public String label() {
		if (empty()) {
			return "no audits";
		}
		return this.percent + "% (" + this.count + " of " + this.of + (this.small ? ", small sample)" : ")");
	}

}
