package org.boardpack.pack;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.boardpack.actionplan.Action;
import org.boardpack.actionplan.Status;
import org.boardpack.input.Dates;
import org.boardpack.actionplan.AssessedAction;
import org.boardpack.actionplan.Disagreement;

/**
 * The plan's matters for the board, one per open action that has one: its ask of the
 * board (Decide), with its delay and any disagreement of ratings beside it; else its
 * delay or an owner who rates it better than the rules give (Challenge); else an owner
 * who rates it worse than the rules do (Note: the owner's warning).
 */
final class PlanMatters {

	private static final Pattern LEADING_DATE = Pattern.compile("^\\d{1,2}/\\d{1,2}/\\d{2,4}:\\s*");

	private static final Pattern ROLE = Pattern.compile("\\s*\\([^)]*\\)");

	private PlanMatters() {
	}

	/**
	 * @param actions the period's assessed actions
	 * @param firstAsked for an ask still open since an earlier board, the board it was
	 * first asked at, by ref
	 */
	static List<Matter> of(List<AssessedAction> actions, Map<String, YearMonth> firstAsked) {
		List<Matter> matters = new ArrayList<>();
		for (AssessedAction a : actions) {
			if (a.done()) {
				continue;
			}
			Action action = a.action();
			String owner = shortOwner(action.owner());
			if (a.asksTheBoard()) {
				// One row for the action: what it asks, with its delay and any
				// disagreement of ratings beside it, so the board takes them together.
				YearMonth since = firstAsked.get(a.ref());
				String carried = (since != null) ? "Carried from the " + Phrases.month(since) + " board. " : "";
				matters.add(new Matter(Matter.Kind.DECIDE, a.ref(), owner, sentence(action.boardAsk()),
						carried + position(a) + ratings(a), a.effectiveDueDate(), since));
			}
			else if (a.overdue() || a.disagreement() == Disagreement.OWNER_ROSIER) {
				matters.add(new Matter(Matter.Kind.CHALLENGE, a.ref(), owner, challenge(a), position(a),
						a.effectiveDueDate()));
			}
			else if (a.disagreement() == Disagreement.OWNER_GLOOMIER) {
				matters.add(new Matter(Matter.Kind.NOTE, a.ref(), owner,
						"Hear the owner's warning: the owner rates it " + action.ownerRag().label() + ".", warning(a),
						a.effectiveDueDate()));
			}
		}
		return matters;
	}

	/**
	 * "Ciarán O’Neill" from "Ciarán O’Neill, Head of Service (...)"; a role without its
	 * brackets.
	 */
	static String shortOwner(String owner) {
		int comma = owner.indexOf(',');
		String name = (comma > 0) ? owner.substring(0, comma) : owner;
		return ROLE.matcher(name).replaceAll("").trim();
	}

	private static String challenge(AssessedAction a) {
		boolean rosier = a.disagreement() == Disagreement.OWNER_ROSIER;
		if (a.overdue()) {
			return "Challenge the delay"
					+ (rosier ? " and the owner's " + a.action().ownerRag().label() + " rating (the rules give "
							+ a.derivedRag().label() + ")." : ": what will get it done, and by when?");
		}
		return "Challenge the owner's " + a.action().ownerRag().label() + " rating: the rules give "
				+ a.derivedRag().label() + ".";
	}

	/**
	 * Where the action stands, in the pack's one figure for a delay: days past the
	 * current due date, and how far and how often that date has moved.
	 */
	static String position(AssessedAction a) {
		Action action = a.action();
		List<String> facts = new ArrayList<>();
		if (a.overdue()) {
			facts.add(days(a.daysOverdue()) + " past its due date of " + Dates.uk(a.effectiveDueDate()));
		}
		else {
			facts.add("Due " + Dates.uk(a.effectiveDueDate()) + ", " + a.derivedRag().label() + " by the rules");
			if (action.percentComplete() != null) {
				facts.add(action.percentComplete() + "% complete");
			}
		}
		if (action.status() == Status.ON_HOLD || action.status() == Status.NOT_STARTED) {
			facts.add(action.status().label().toLowerCase(Locale.UK));
		}
		if (a.stale()) {
			facts.add((a.daysSinceUpdate() != null) ? "no update for " + days(a.daysSinceUpdate()) : "never updated");
		}
		if (a.slipped()) {
			facts.add("date moved " + times(a.dateMoves()) + ", " + days(a.slippedDays()) + " later than first agreed");
		}
		return String.join("; ", facts) + ".";
	}

	/**
	 * Where the owner and the rules disagree, after the action's position; empty when
	 * not.
	 */
	private static String ratings(AssessedAction a) {
		return switch (a.disagreement()) {
			case OWNER_ROSIER ->
				" The owner rates it " + a.action().ownerRag().label() + ", better than the rules give.";
			case OWNER_GLOOMIER -> " The owner's warning: the owner rates it " + a.action().ownerRag().label()
					+ ", worse than the rules give.";
			case NONE -> "";
		};
	}

	/** The owner's warning beside what the dates say, in the owner's words. */
	private static String warning(AssessedAction a) {
		String update = a.action().update();
		String rules = "The dates give " + a.derivedRag().label() + " (due " + Dates.uk(a.effectiveDueDate())
				+ "); the owner knows what they do not.";
		if (update == null) {
			return rules + " No update says why.";
		}
		return rules + " Latest update: \"" + excerpt(update) + "\"";
	}

	/** The update without its leading date, cut at a sentence end near 160 characters. */
	static String excerpt(String update) {
		String text = LEADING_DATE.matcher(update.strip()).replaceFirst("");
		if (text.length() <= 160) {
			return text;
		}
		int end = text.lastIndexOf(". ", 160);
		return (end > 40) ? text.substring(0, end + 1) : text.substring(0, text.lastIndexOf(' ', 157)) + "...";
	}

	private static String sentence(String text) {
		String t = text.strip();
		return (t.endsWith(".") || t.endsWith("?")) ? t : t + ".";
	}

	static String lower(String text) {
		return Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

	static String days(int n) {
		return n + ((n == 1) ? " day" : " days");
	}

	static String times(int n) {
		return (n == 1) ? "once" : (n == 2) ? "twice" : n + " times";
	}

}
