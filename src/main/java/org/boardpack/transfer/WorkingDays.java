package org.boardpack.transfer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Counts working days the way the brief does: Monday to Friday, less the bank holidays
 * the template gives.
 */
public final class WorkingDays {

	private final Set<LocalDate> holidays;

	public WorkingDays(Collection<LocalDate> holidays) {
		this.holidays = new TreeSet<>(holidays);
	}

	public boolean isWorkingDay(LocalDate day) {
		DayOfWeek weekday = day.getDayOfWeek();
		return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !this.holidays.contains(day);
	}

	/**
	 * The working days after {@code from} up to and including {@code to}: requested on a
	 * Friday and transferred the next Monday is 1; the same day is 0.
	 */
	public int between(LocalDate from, LocalDate to) {
		int days = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				days++;
			}
		}
		return days;
	}

}
