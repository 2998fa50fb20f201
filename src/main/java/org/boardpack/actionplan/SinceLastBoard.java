package org.boardpack.actionplan;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed since the last board, from the snapshot the previous period's run stored.
 *
 * @param previousPeriod the period compared with; null when no earlier period is stored
 * (the first pack)
 * @param completed became Complete or Embedded
 * @param embedded moved from Complete to Embedded: the board accepted the evidence of
 * impact
 * @param newlyOverdue past their due date now and not at the last board
 * @param dueDateMoves the due date changed since the last board
 * @param ragMoves the derived RAG of an action still open changed, other than by going
 * past its due date (a done one is in completed, a newly late one in newly overdue)
 * @param added actions not in the last board's plan
 * @param removed actions in the last board's plan and no longer in this one
 * @param decided asks the board decided since the last board's pack: reported once, then
 * kept in the history
 */
public record SinceLastBoard(String previousPeriod, List<AssessedAction> completed, List<AssessedAction> embedded,
		List<AssessedAction> newlyOverdue, List<DateMove> dueDateMoves, List<RagMove> ragMoves,
		List<AssessedAction> added, List<AssessedAction> removed, List<Decided> decided) {

	public SinceLastBoard {
		completed = List.copyOf(completed);
		embedded = List.copyOf(embedded);
		newlyOverdue = List.copyOf(newlyOverdue);
		dueDateMoves = List.copyOf(dueDateMoves);
		ragMoves = List.copyOf(ragMoves);
		added = List.copyOf(added);
		removed = List.copyOf(removed);
		decided = List.copyOf(decided);
	}

	/** The first pack: nothing stored to compare with. */
	public static SinceLastBoard firstBoard() {
		return new SinceLastBoard(null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of());
	}

	public boolean isFirstBoard() {
		return this.previousPeriod == null;
	}

	/**
	 * Compares this period's assessed actions with the last board's; both lists in plan
	 * order.
	 */
	public static SinceLastBoard compare(String previousPeriod, List<AssessedAction> previous,
			List<AssessedAction> current) {
		Map<String, AssessedAction> before = new LinkedHashMap<>();
		previous.forEach((a) -> before.put(a.ref(), a));
		List<AssessedAction> completed = new ArrayList<>();
		List<AssessedAction> embedded = new ArrayList<>();
		List<AssessedAction> newlyOverdue = new ArrayList<>();
		List<DateMove> moves = new ArrayList<>();
		List<RagMove> ragMoves = new ArrayList<>();
		List<AssessedAction> added = new ArrayList<>();
		List<Decided> decided = new ArrayList<>();
		for (AssessedAction now : current) {
			AssessedAction then = before.remove(now.ref());
			BoardDecision decision = now.action().decision();
			if (decision != null && (then == null || !decision.sameAs(then.action().decision()))) {
				String ask = now.action().boardAsk();
				decided.add(new Decided(now, (ask == null && then != null) ? then.action().boardAsk() : ask));
			}
			if (then == null) {
				added.add(now);
				continue;
			}
			if (now.done() && !then.done()) {
				completed.add(now);
			}
			if (now.action().status() == Status.EMBEDDED && then.action().status() == Status.COMPLETE) {
				embedded.add(now);
			}
			if (now.overdue() && !then.overdue()) {
				newlyOverdue.add(now);
			}
			if (!now.effectiveDueDate().equals(then.effectiveDueDate())) {
				moves.add(new DateMove(now, then.effectiveDueDate(), now.effectiveDueDate()));
			}
			boolean newlyLate = now.overdue() && !then.overdue();
			if (now.derivedRag() != then.derivedRag() && !now.done() && !newlyLate) {
				ragMoves.add(new RagMove(now, then.derivedRag(), now.derivedRag()));
			}
		}
		return new SinceLastBoard(previousPeriod, completed, embedded, newlyOverdue, moves, ragMoves, added,
				new ArrayList<>(before.values()), decided);
	}

	/**
	 * An ask the board has decided: the action, with the decision it records.
	 *
	 * @param ask what was asked; null when the plan no longer says
	 */
	public record Decided(AssessedAction action, String ask) {

		public BoardDecision decision() {
			return this.action.action().decision();
		}

	}

	/** An action whose due date changed. */
	public record DateMove(AssessedAction action, LocalDate from, LocalDate to) {

		/** How far it moved: positive later, negative earlier. */
		public int days() {
			return (int) DAYS.between(this.from, this.to);
		}

	}

	/** An action whose derived RAG changed. */
	public record RagMove(AssessedAction action, Rag from, Rag to) {

		public boolean worse() {
			return this.from.betterThan(this.to);
		}

	}

}
