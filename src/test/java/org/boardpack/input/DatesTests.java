package org.boardpack.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTests {

	@ParameterizedTest
	@ValueSource(strings = { "2020-06-30", "30/06/2020", "30/6/2020", "30-06-2020", "30.06.2020", "30/06/20",
			"30 June 2020", "30 Jun 2020", "30-Jun-2020", "2020-06-30 00:00:00", "30/06/2020 00:00", "2020-06-30T00:00",
			" 30/06/2020 " })
	void readsIsoUkAndWrittenDates(String text) {
		assertThat(Dates.parse(text)).isEqualTo(LocalDate.of(2020, 6, 30));
	}

	@ParameterizedTest
	@ValueSource(strings = { "01/02/2021", "1/2/2021" })
	void readsDayFirstNeverMonthFirst(String text) {
		assertThat(Dates.parse(text)).isEqualTo(LocalDate.of(2021, 2, 1));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			2020-11-31 | is not a real date
			31/02/2021 | is not a real date
			02/30/2021 | is not a real date
			06/30/2020 | looks like a month-first (US) date: write it day first, 30/06/2020
			01/31/2021 | looks like a month-first (US) date: write it day first, 31/01/2021
			1-31-21    | looks like a month-first (US) date: write it day first, 31/01/2021
			12/25/2020 00:00 | looks like a month-first (US) date: write it day first, 25/12/2020
			44012      | is a number, not a date (in Excel, format the column as dates)
			soon       | is not a date (use 30/06/2020 or 2020-06-30)
			2020-99999999999-01 | is not a date (use 30/06/2020 or 2020-06-30)
			""")
	void explainsWhatIsWrongWithADate(String text, String reason) {
		assertThatThrownBy(() -> Dates.parse(text)).isInstanceOf(DateTimeException.class).hasMessage(reason);
	}

	@ParameterizedTest
	@CsvSource({ "01/31/2021,true", "12/25/20,true", "01/02/2021,false", "31/01/2021,false", "2021-01-31,false",
			"02/30/2021,false", "13/31/2021,false", "soon,false" })
	void tellsADateThatIsOneOnlyMonthFirst(String text, boolean monthFirstOnly) {
		assertThat(Dates.monthFirstOnly(text)).isEqualTo(monthFirstOnly);
	}

	@ParameterizedTest
	@CsvSource({ "2021-01-05,05/01/2021", "2020-12-31,31/12/2020" })
	void showsDatesTheUkWay(LocalDate date, String shown) {
		assertThat(Dates.uk(date)).isEqualTo(shown);
	}

}
