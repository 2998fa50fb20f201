package org.boardpack.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.YearMonth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MonthsTests {

	@ParameterizedTest
	@ValueSource(strings = { "2021-01", "2021/1", "01/2021", "1/2021", "Jan 2021", "January 2021", "jan-21", "Jan-2021",
			"2021-01-31", "31/01/2021", "1 January 2021", " 2021-01 " })
	void aMonthReadsInTheFormsPerformanceTeamsWrite(String text) {
		assertThat(Months.parse(text)).isEqualTo(YearMonth.of(2021, 1));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2021-13", "21-01", "2021", "Q1 2021", "2021-02-30", "next month" })
	void anythingElseIsNotAMonth(String text) {
		assertThatThrownBy(() -> Months.parse(text)).isInstanceOf(DateTimeException.class)
			.hasMessage("is not a month (write 2021-01, or a date in the month)");
	}

	@ParameterizedTest
	@ValueSource(strings = { "01/31/2021", "1/31/21" })
	void aUsDateSaysHowToWriteItDayFirst(String text) {
		assertThatThrownBy(() -> Months.parse(text)).isInstanceOf(DateTimeException.class)
			.hasMessage("looks like a month-first (US) date: write it day first, 31/01/2021");
	}

}
