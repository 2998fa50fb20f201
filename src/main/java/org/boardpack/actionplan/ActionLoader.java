package org.boardpack.actionplan;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Loads a period's actions, a chunk per transaction. The step reads its file from the top when it starts (again),
 * so the period's earlier load is cleared first.
 */
public class ActionLoader implements ItemStreamWriter<Action> {

	private final String period;

	private final ActionRepository repository;

	public ActionLoader(String period, ActionRepository repository) {
		this.period = period;
		this.repository = repository;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.repository.deletePeriod(this.period);
	}

	@Override
	public void write(Chunk<? extends Action> chunk) {
		this.repository.insert(this.period, chunk.getItems());
	}

}
