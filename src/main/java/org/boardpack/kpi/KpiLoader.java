package org.boardpack.kpi;

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
 * Stores a period's measures: every month up to the period, each chunk in its own
 * transaction. A figure for a month after the period is valid but not for this pack: it
 * is counted (as dated after the as-at date), not stored. Started again after a failure,
 * the step clears the period and reads the file from the top.
 */
class KpiLoader implements ItemStreamWriter<MeasureValue> {

	private final KpiRepository repository;

	private final YearMonth period;

	private long afterPeriod;

	KpiLoader(KpiRepository repository, YearMonth period) {
		this.repository = repository;
		this.period = period;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.repository.deletePeriod(this.period.toString());
		this.afterPeriod = 0;
	}

	@Override
	public void write(Chunk<? extends MeasureValue> chunk) {
		List<MeasureValue> upToPeriod = new ArrayList<>(chunk.size());
		for (MeasureValue value : chunk) {
			if (value.month().isAfter(this.period)) {
				this.afterPeriod++;
			}
			else {
				upToPeriod.add(value);
			}
		}
		try {
			this.repository.insert(this.period.toString(), upToPeriod);
		}
		catch (DataIntegrityViolationException ex) {
			throw StoreRefused.of(KpiInput.NAME, upToPeriod, (v) -> v.kpiId() + " " + v.month(), MeasureValue::line,
					"kpi_id and period", ex);
		}
	}

	@Override
	public void update(ExecutionContext executionContext) {
		executionContext.putLong(InputDeclaration.AFTER_AS_AT, this.afterPeriod);
	}

}
