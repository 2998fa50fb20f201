package org.boardpack.actionplan;

import java.time.LocalDate;
import java.util.List;

/**
 * What earlier months' snapshots recorded of an action's due dates.
 *
 * @param firstDueDate the original due date of the earliest stored month
 * @param effectiveDueDates the effective due date of each stored month, oldest first
 */
public record DueDateHistory(LocalDate firstDueDate, List<LocalDate> effectiveDueDates) {

	public static final DueDateHistory NONE = new DueDateHistory(null, List.of());

	public DueDateHistory {
		effectiveDueDates = List.copyOf(effectiveDueDates);
	}

}
