package org.boardpack.kpi;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Stores a period's measures: every month up to the period, each chunk in its own
 * transaction. A figure for a month after the period is valid but not for this pack: it
 * is counted, not stored. Started again after a failure, the step clears the period and
 * reads the file from the top.
 */
public class KpiLoader implements ItemStreamWriter<MeasureValue> {

	/** Execution-context key: figures valid but for a month after the period. */
	public static final String AFTER_PERIOD = "kpis.afterPeriod";

	private final KpiRepository repository;

	private YearMonth period;

	private long afterPeriod;

	public KpiLoader(KpiRepository repository) {
		this.repository = repository;
	}

	/** The period this run loads. */
	public void bind(YearMonth period) {
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
		this.repository.insert(this.period.toString(), upToPeriod);
	}

	@Override
	public void update(ExecutionContext executionContext) {
		executionContext.putLong(AFTER_PERIOD, this.afterPeriod);
	}

}
