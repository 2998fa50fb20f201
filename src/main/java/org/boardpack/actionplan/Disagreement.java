package org.boardpack.actionplan;

/**
 * How the owner's own RAG of an open action compares with the RAG the rules give. Either
 * way the board hears of it: a rosier owner is challenged, a gloomier one is heard, since
 * the owner knows what the dates do not.
 */
public enum Disagreement {

	/** No owner's RAG, or the same as the rules'. */
	NONE,

	/** The owner rates the action better than the rules do: a challenge for the board. */
	OWNER_ROSIER,

	/** The owner rates the action worse than the rules do: the owner's warning. */
	OWNER_GLOOMIER;

	/**
	 * @param owner the owner's RAG; may be null
	 * @param rules the RAG the rules give
	 * @param done whether the action is complete or embedded: a done action's rating is
	 * history, and only a claim of done (rosier) is questioned
	 */
	public static Disagreement of(Rag owner, Rag rules, boolean done) {
		if (owner == null || owner == rules) {
			return NONE;
		}
		if (owner.betterThan(rules)) {
			return OWNER_ROSIER;
		}
		return done ? NONE : OWNER_GLOOMIER;
	}

}
