package org.boardpack.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.boardpack.input.InputDeclaration;
import org.boardpack.input.LoadRun;
import org.boardpack.input.StoreRefused;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Stores a period's transfers: every one requested up to the as-at date, each chunk in
 * its own transaction. A transfer requested after the as-at date is valid but not for
 * this pack: it is counted (as dated after the as-at date), not stored. Started again
 * after a failure, the step clears the period and reads the file from the top.
 */
class TransferLoader implements ItemStreamWriter<Transfer> {

	private final TransferRepository repository;

	private final String period;

	private final LocalDate asAt;

	private long afterAsAt;

	TransferLoader(TransferRepository repository, LoadRun run) {
		this.repository = repository;
		this.period = run.key();
		this.asAt = run.asAt();
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.repository.deletePeriod(this.period);
		this.afterAsAt = 0;
	}

	@Override
	public void write(Chunk<? extends Transfer> chunk) {
		List<Transfer> upToAsAt = new ArrayList<>(chunk.size());
		for (Transfer transfer : chunk) {
			if (transfer.requested().isAfter(this.asAt)) {
				this.afterAsAt++;
			}
			else {
				upToAsAt.add(transfer);
			}
		}
		try {
			this.repository.insert(this.period, upToAsAt);
		}
		catch (DataIntegrityViolationException ex) {
			throw StoreRefused.of(TransferInput.NAME, upToAsAt, Transfer::transferId, Transfer::line, "transfer id",
					ex);
		}
	}

	@Override
	public void update(ExecutionContext executionContext) {
		executionContext.putLong(InputDeclaration.AFTER_AS_AT, this.afterAsAt);
	}

}
