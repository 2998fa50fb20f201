package org.boardpack.workforce;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.boardpack.input.InputDeclaration;
import org.boardpack.input.StoreRefused;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Stores a period's workforce figures: every month given up to the period (turnover and
 * the trend need the earlier ones), each chunk in its own transaction. A month after the
 * period is valid but not for this pack: it is counted (as dated after the as-at date),
 * not stored. Started again after a failure, the step clears the period and reads the
 * file from the top.
 */
class WorkforceLoader implements ItemStreamWriter<TeamMonth> {

	private final WorkforceRepository repository;

	private final YearMonth period;

	private long afterPeriod;

	WorkforceLoader(WorkforceRepository repository, YearMonth period) {
		this.repository = repository;
		this.period = period;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.repository.deletePeriod(this.period.toString());
		this.afterPeriod = 0;
	}

	@Override
	public void write(Chunk<? extends TeamMonth> chunk) {
		List<TeamMonth> upToPeriod = new ArrayList<>(chunk.size());
		for (TeamMonth month : chunk) {
			if (month.month().isAfter(this.period)) {
				this.afterPeriod++;
			}
			else {
				upToPeriod.add(month);
			}
		}
		try {
			this.repository.insert(this.period.toString(), upToPeriod);
		}
		catch (DataIntegrityViolationException ex) {
			throw StoreRefused.of(WorkforceInput.NAME, upToPeriod, (m) -> m.team() + " " + m.month(), TeamMonth::line,
					"team and period", ex);
		}
	}

	@Override
	public void update(ExecutionContext executionContext) {
		executionContext.putLong(InputDeclaration.AFTER_AS_AT, this.afterPeriod);
	}

}
