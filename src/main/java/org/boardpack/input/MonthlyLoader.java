package org.boardpack.input;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Stores a period's rows of an input kept month by month (measures, workforce): the
 * months the pack reads, up to the period, each chunk in its own transaction. A row for a
 * month after the period is valid but not for this pack: it is counted (as dated after
 * the as-at date), not stored. A row for a month before those the pack reads is loaded
 * (valid) and not stored either, as the period's own audits are the only ones stored:
 * next month's pack reads one month later, which this period's rows or next month's file
 * hold. Started again after a failure, the step clears the period and reads the file from
 * the top.
 *
 * @param <T> the input's row
 */
public final class MonthlyLoader<T> implements ItemStreamWriter<T> {

	private final Store<T> store;

	private final YearMonth period;

	private final YearMonth first;

	private final Identity<T> identity;

	private long afterPeriod;

	/**
	 * @param store where the period's rows go
	 * @param period the period loaded
	 * @param monthsRead how many months, to the period, the pack reads
	 * @param identity the row's month, and what names it when the store refuses it
	 */
	public MonthlyLoader(Store<T> store, YearMonth period, int monthsRead, Identity<T> identity) {
		this.store = store;
		this.period = period;
		this.first = period.minusMonths(monthsRead - 1L);
		this.identity = identity;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.store.deletePeriod(this.period.toString());
		this.afterPeriod = 0;
	}

	@Override
	public void write(Chunk<? extends T> chunk) {
		List<T> upToPeriod = new ArrayList<>(chunk.size());
		for (T row : chunk) {
			YearMonth month = this.identity.month().apply(row);
			if (month.isAfter(this.period)) {
				this.afterPeriod++;
			}
			else if (!month.isBefore(this.first)) {
				upToPeriod.add(row);
			}
		}
		try {
			this.store.insert(this.period.toString(), upToPeriod);
		}
		catch (DataIntegrityViolationException ex) {
			throw StoreRefused.of(this.identity.input(), upToPeriod, this.identity.key(), this.identity.line(),
					this.identity.keyColumns(), ex);
		}
	}

	@Override
	public void update(ExecutionContext executionContext) {
		executionContext.putLong(InputDeclaration.AFTER_AS_AT, this.afterPeriod);
	}

	/** A repository of a period's rows. */
	public interface Store<T> {

		void deletePeriod(String period);

		void insert(String period, List<? extends T> rows);

	}

	/**
	 * How a row is placed and named.
	 *
	 * @param input the input's name, for a store's refusal
	 * @param month the month the row is for
	 * @param key what makes a row unique, for a store's refusal
	 * @param line the row's line in its file
	 * @param keyColumns the columns of that key, in words
	 */
	public record Identity<T>(String input, Function<T, YearMonth> month, Function<T, String> key,
			ToLongFunction<T> line, String keyColumns) {
	}

}
