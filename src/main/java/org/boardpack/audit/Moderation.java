package org.boardpack.audit;

/** What moderation did to an audit's grade. */
public enum Moderation {

	/** Not moderated. */
	NONE,
	/** Moderated, grade confirmed. */
	SAME,
	/** Moderated to a better grade. */
	UP,
	/** Moderated to a worse grade. */
	DOWN;

	static Moderation of(Grade overall, Grade moderated) {
		if (moderated == null) {
			return NONE;
		}
		if (moderated == overall) {
			return SAME;
		}
		return (moderated.ordinal() < overall.ordinal()) ? UP : DOWN;
	}

}
