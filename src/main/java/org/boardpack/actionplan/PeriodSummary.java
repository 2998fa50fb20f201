package org.boardpack.actionplan;

import java.time.LocalDate;
import java.util.Map;

/**
 * A stored month's headline figures: one point of the trend across board meetings.
 *
 * @param period yyyy-mm
 * @param asAt the date the figures were as at
 * @param actions actions in the plan
 * @param done complete or embedded
 * @param embedded embedded
 * @param byRag actions by derived RAG
 * @param overdue past their current due date
 * @param slipped due date later than first recorded
 * @param stale open with no recent update
 * @param challenged owner's RAG better than derived
 */
public record PeriodSummary(String period, LocalDate asAt, int actions, int done, int embedded, Map<Rag, Integer> byRag,
		int overdue, int slipped, int stale, int challenged) {

	public PeriodSummary {
		byRag = Map.copyOf(byRag);
	}

	public int count(Rag rag) {
		return this.byRag.getOrDefault(rag, 0);
	}

}
