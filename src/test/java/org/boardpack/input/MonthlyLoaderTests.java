package org.boardpack.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The months a monthly input stores: those the pack reads, to the period; later months
 * counted, earlier ones loaded and not stored.
 */
class MonthlyLoaderTests {

	/** A row: its month and its line. */
	private record Row(YearMonth month, long line) {
	}

	private final List<String> stored = new ArrayList<>();

	private final List<String> cleared = new ArrayList<>();

	private final MonthlyLoader.Store<Row> store = new MonthlyLoader.Store<>() {

		@Override
		public void deletePeriod(String period) {
			MonthlyLoaderTests.this.cleared.add(period);
		}

		@Override
		public void insert(String period, List<? extends Row> rows) {
			rows.forEach((r) -> MonthlyLoaderTests.this.stored.add(period + " " + r.month()));
		}

	};

	@Test
	void storesTheMonthsThePackReadsAndCountsTheMonthsAfterThePeriod() {
		// Three months read to 2021-01: 2020-11, 2020-12 and 2021-01.
		MonthlyLoader<Row> loader = new MonthlyLoader<>(this.store, YearMonth.of(2021, 1), 3,
				new MonthlyLoader.Identity<>("kpis", Row::month, (r) -> "row", Row::line, "kpi_id and period"));
		ExecutionContext context = new ExecutionContext();
		loader.open(context);
		loader.write(new Chunk<>(List.of(new Row(YearMonth.of(2020, 10), 2), new Row(YearMonth.of(2020, 11), 3),
				new Row(YearMonth.of(2020, 12), 4))));
		loader.write(new Chunk<>(List.of(new Row(YearMonth.of(2021, 1), 5), new Row(YearMonth.of(2021, 2), 6),
				new Row(YearMonth.of(2021, 3), 7))));
		loader.update(context);
		assertThat(this.cleared).containsExactly("2021-01");
		assertThat(this.stored).containsExactly("2021-01 2020-11", "2021-01 2020-12", "2021-01 2021-01");
		assertThat(context.getLong(InputDeclaration.AFTER_AS_AT)).isEqualTo(2);
	}

}
