package org.boardpack.pack;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One thing the board is asked to do: decide an owner's ask, challenge a delay or a
 * rating, or note a warning. Any domain's part of the pack adds its own (a plan action, a
 * performance measure, a transfer backlog); {@link Matters} orders and places them all,
 * so each is in the pack once.
 *
 * @param kind what the board is asked to do with it
 * @param ref what it concerns (an action's ref, a measure's code); null for the plan as a
 * whole
 * @param owner who brings it or answers for it, short ("Tom Ashworth", "Legal Services
 * Manager"); null when no one person does
 * @param ask what the board is asked, in a sentence
 * @param whyNow why it is for this board
 * @param dueBy the date it turns on, e.g. the action's current due date: the earlier, the
 * more urgent, so a matter past its date comes first; null when none, after every dated
 * matter
 * @param firstAsked the board it was first asked at, when it is carried from an earlier
 * one; null when it is new to this board
 */
public record Matter(Kind kind, String ref, String owner, String ask, String whyNow, LocalDate dueBy,
		YearMonth firstAsked) {

	/** New to this board. */
	public Matter(Kind kind, String ref, String owner, String ask, String whyNow, LocalDate dueBy) {
		this(kind, ref, owner, ask, whyNow, dueBy, null);
	}

	/** A matter with no one owner and no date, new to this board. */
	public Matter(Kind kind, String ref, String ask, String whyNow) {
		this(kind, ref, null, ask, whyNow, null, null);
	}

	public boolean carried() {
		return this.firstAsked != null;
	}

	/** What the board is asked to do, in the order the pack groups them. */
	public enum Kind {

		DECIDE("Decide", "to decide"), CHALLENGE("Challenge", "to challenge"), NOTE("Note", "to note");

		private final String label;

		private final String phrase;

		Kind(String label, String phrase) {
			this.label = label;
			this.phrase = phrase;
		}

		public String label() {
			return this.label;
		}

		/** "to decide", as in "4 to decide". */
		public String phrase() {
			return this.phrase;
		}

	}

}
