package org.boardpack.pack;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.boardpack.kpi.AssessedMeasure;
import org.boardpack.kpi.Contradiction;
import org.boardpack.kpi.Direction;
import org.boardpack.kpi.MeasureRag;
import org.boardpack.kpi.MeasureValue;
import org.boardpack.kpi.Scorecard;

/**
 * What the scorecard says in the executive summary: key messages, and matters for the
 * board (contradictions with the plan, measures long Red, sharp falls).
 */
final class PerformanceMessages {

	private static final DateTimeFormatter MONTH_ONLY = DateTimeFormatter.ofPattern("MMMM", Locale.UK);

	/**
	 * Measures named in one message or matter: a council reports a few dozen, but a
	 * regional pack can hold thousands, and a message naming them all is unreadable (and
	 * longer than a spreadsheet cell holds). The rest are counted; the scorecard lists
	 * every one.
	 */
	static final int NAMED = 5;

	private PerformanceMessages() {
	}

	/**
	 * @param scorecard null when no measures were read
	 */
	static List<String> keyMessages(Scorecard scorecard, Performance performance) {
		List<String> messages = new ArrayList<>();
		if (scorecard == null) {
			messages.add("No performance measures were loaded for this run, so the scorecard is left out.");
			return messages;
		}
		List<AssessedMeasure> measures = scorecard.measures();
		if (measures.isEmpty()) {
			messages.add("No performance measure has a figure for " + Performance.month(scorecard.period()) + ".");
			return messages;
		}
		long green = count(measures, MeasureRag.GREEN);
		long amber = count(measures, MeasureRag.AMBER);
		long red = count(measures, MeasureRag.RED);
		long unrated = count(measures, MeasureRag.NO_TARGET);
		long improving = measures.stream().filter((m) -> m.lastMonth().direction() == Direction.IMPROVING).count();
		long worsening = measures.stream().filter((m) -> m.lastMonth().direction() == Direction.WORSENING).count();
		messages.add("Performance: of " + measures.size() + " measures, " + green + " are on target (Green), " + amber
				+ " within tolerance (Amber) and " + red + " off target (Red)"
				+ ((unrated > 0) ? "; " + unrated + " " + ((unrated == 1) ? "has" : "have") + " no target" : "")
				+ ". Since " + scorecard.period().minusMonths(1).format(MONTH_ONLY) + ", " + improving
				+ " improved and " + worsening + " worsened.");
		List<AssessedMeasure> longRed = longRed(scorecard);
		if (!longRed.isEmpty()) {
			messages
				.add(count(longRed.size(), "measure") + ((longRed.size() == 1) ? " has" : " have") + " been Red for "
						+ scorecard.rules().longRedMonths() + " months or more: " + names(longRed) + ".");
		}
		List<AssessedMeasure> sharp = measures.stream().filter(AssessedMeasure::sharpMove).toList();
		if (!sharp.isEmpty()) {
			List<String> moves = new ArrayList<>();
			for (AssessedMeasure m : sharp) {
				moves.add(move(m));
			}
			messages.add("Sharp moves since " + scorecard.period().minusMonths(1).format(MONTH_ONLY) + ": "
					+ firstFew(moves) + ".");
		}
		if (!scorecard.contradictions().isEmpty()) {
			messages.add(count(scorecard.contradictions().size(), "action") + " reported done "
					+ ((scorecard.contradictions().size() == 1) ? "has a measure" : "have measures") + " still Red for "
					+ scorecard.rules().longRedMonths() + " months or more: the evidence of impact "
					+ "is not there yet (" + firstFew(performance.contradictions()) + ").");
		}
		return messages;
	}

	/**
	 * Matters for the board from the scorecard, most pressing first: each contradiction
	 * with the plan, the measures long Red (one matter), the sharp falls (one matter).
	 */
	static List<Matter> matters(Scorecard scorecard) {
		List<Matter> matters = new ArrayList<>();
		if (scorecard == null) {
			return matters;
		}
		for (Contradiction c : scorecard.contradictions()) {
			MeasureValue v = c.measure().latest();
			matters.add(new Matter(Matter.Kind.CHALLENGE, c.action().ref(),
					c.action().ref() + " is " + c.action().status().label().toLowerCase(Locale.UK)
							+ ", but its measure " + "has been Red for " + c.measure().monthsRed() + " months",
					Performance.contradiction(c) + ". " + c.action().description() + " (" + c.action().owner() + ")"));
		}
		List<AssessedMeasure> longRed = longRed(scorecard);
		if (!longRed.isEmpty()) {
			List<String> detail = new ArrayList<>();
			for (AssessedMeasure m : longRed) {
				detail.add(m.latest().measure() + ": " + Performance.figure(m.latest().value(), m.latest().unit())
						+ " against "
						+ Performance.target(m.latest().target(), m.latest().polarity(), m.latest().unit())
						+ ", Red for " + m.monthsRed() + " months" + owner(m.latest()));
			}
			matters.add(new Matter(Matter.Kind.CHALLENGE, null, count(longRed.size(), "measure") + " Red for "
					+ scorecard.rules().longRedMonths() + " months or more", firstFew(detail)));
		}
		List<AssessedMeasure> falls = scorecard.measures()
			.stream()
			.filter((m) -> m.sharpMove() && m.lastMonth().direction() == Direction.WORSENING)
			.toList();
		if (!falls.isEmpty()) {
			List<String> detail = new ArrayList<>();
			for (AssessedMeasure m : falls) {
				detail.add(move(m) + owner(m.latest())
						+ ((m.latest().commentary() != null) ? ". " + m.latest().commentary() : ""));
			}
			matters.add(new Matter(Matter.Kind.NOTE, null,
					count(falls.size(), "measure") + " worsened sharply since last month", firstFew(detail)));
		}
		return matters;
	}

	/** The measures Red for the template's months or more, the longest Red first. */
	private static List<AssessedMeasure> longRed(Scorecard scorecard) {
		return scorecard.measures()
			.stream()
			.filter((m) -> m.monthsRed() >= scorecard.rules().longRedMonths())
			.sorted(Comparator.comparingInt(AssessedMeasure::monthsRed).reversed())
			.toList();
	}

	private static String move(AssessedMeasure m) {
		MeasureValue v = m.latest();
		String word = (m.lastMonth().direction() == Direction.IMPROVING) ? "improved"
				: (m.lastMonth().direction() == Direction.WORSENING) ? "worsened" : "moved";
		return v.measure() + " " + word + " from " + Performance.figure(m.lastMonth().before(), v.unit()) + " to "
				+ Performance.figure(v.value(), v.unit());
	}

	private static String names(List<AssessedMeasure> measures) {
		List<String> names = new ArrayList<>();
		for (AssessedMeasure m : measures) {
			names.add(m.latest().measure() + " (" + m.monthsRed() + ")");
		}
		return firstFew(names);
	}

	/** The first {@link #NAMED} items, then how many more the scorecard lists. */
	static String firstFew(List<String> items) {
		if (items.size() <= NAMED) {
			return String.join("; ", items);
		}
		return String.join("; ", items.subList(0, NAMED)) + "; and " + (items.size() - NAMED)
				+ " more, listed in the scorecard";
	}

	private static String owner(MeasureValue v) {
		return (v.owner() != null) ? " (" + v.owner() + ")" : "";
	}

	private static long count(List<AssessedMeasure> measures, MeasureRag rag) {
		return measures.stream().filter((m) -> m.rag() == rag).count();
	}

	private static String count(int n, String noun) {
		return n + " " + noun + ((n == 1) ? "" : "s");
	}

}
