package org.boardpack.input;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The run a load step loads rows for: its period and the date its data is as at.
 *
 * @param period the month reported on
 * @param asAt the date the data is as at
 */
public record LoadRun(YearMonth period, LocalDate asAt) {

	/** The period as stored in the database: yyyy-mm. */
	public String key() {
		return this.period.toString();
	}

}
