package org.boardpack.actionplan;

import org.boardpack.input.StoreRefused;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Loads a period's actions, a chunk per transaction. The step reads its file from the top
 * when it starts (again), so the period's earlier load is cleared first.
 */
class ActionLoader implements ItemStreamWriter<Action> {

	private final ActionRepository repository;

	private final String period;

	ActionLoader(ActionRepository repository, String period) {
		this.repository = repository;
		this.period = period;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.repository.deletePeriod(this.period);
	}

	@Override
	public void write(Chunk<? extends Action> chunk) {
		try {
			this.repository.insert(this.period, chunk.getItems());
		}
		catch (DataIntegrityViolationException ex) {
			throw StoreRefused.of("actions", chunk.getItems(), Action::ref, Action::line, "ref", ex);
		}
	}

}
