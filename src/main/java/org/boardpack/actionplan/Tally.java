package org.boardpack.actionplan;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts over a set of actions: by status (complete kept apart from embedded) and by
 * derived RAG, mean percent complete, overdue, slipped, stale and challenged.
 *
 * @param actions how many actions
 * @param byStatus actions by status; every status present
 * @param byRag actions by derived RAG; every RAG present
 * @param meanPercent mean percent complete, rounded; done actions count as 100,
 * not-started ones without a figure as 0, others without a figure are left out; null when
 * no action has a figure
 * @param percentReported how many actions the mean is taken over
 * @param overdue past their current due date
 * @param slipped due date later than the first recorded
 * @param stale open with no recent update
 * @param challenged owner's RAG better than the derived one
 * @param ownerWarnings owner's RAG of an open action worse than the derived one
 */
public record Tally(int actions, Map<Status, Integer> byStatus, Map<Rag, Integer> byRag, Integer meanPercent,
		int percentReported, int overdue, int slipped, int stale, int challenged, int ownerWarnings) {

	public Tally {
		byStatus = Map.copyOf(byStatus);
		byRag = Map.copyOf(byRag);
	}

	public static Tally of(Collection<AssessedAction> assessed) {
		Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
		Map<Rag, Integer> byRag = new EnumMap<>(Rag.class);
		for (Status status : Status.values()) {
			byStatus.put(status, 0);
		}
		for (Rag rag : Rag.values()) {
			byRag.put(rag, 0);
		}
		long percentSum = 0;
		int percentCount = 0;
		int overdue = 0;
		int slipped = 0;
		int stale = 0;
		int challenged = 0;
		int warnings = 0;
		for (AssessedAction a : assessed) {
			byStatus.merge(a.action().status(), 1, Integer::sum);
			byRag.merge(a.derivedRag(), 1, Integer::sum);
			Integer percent = percentOf(a);
			if (percent != null) {
				percentSum += percent;
				percentCount++;
			}
			overdue += a.overdue() ? 1 : 0;
			slipped += a.slipped() ? 1 : 0;
			stale += a.stale() ? 1 : 0;
			challenged += a.challenged() ? 1 : 0;
			warnings += a.ownerWarns() ? 1 : 0;
		}
		Integer mean = (percentCount > 0) ? (int) Math.round((double) percentSum / percentCount) : null;
		return new Tally(assessed.size(), byStatus, byRag, mean, percentCount, overdue, slipped, stale, challenged,
				warnings);
	}

	private static Integer percentOf(AssessedAction a) {
		if (a.done()) {
			return 100;
		}
		Integer reported = a.action().percentComplete();
		if (reported == null && a.action().status() == Status.NOT_STARTED) {
			return 0;
		}
		return reported;
	}

	public int count(Status status) {
		return this.byStatus.get(status);
	}

	public int count(Rag rag) {
		return this.byRag.get(rag);
	}

	/** Complete or embedded. */
	public int done() {
		return count(Status.COMPLETE) + count(Status.EMBEDDED);
	}

}
