package org.boardpack.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.boardpack.input.StoreRefused;
import org.boardpack.input.InputDeclaration;
import org.boardpack.input.LoadRun;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Loads a period's audits: each chunk's audits dated in the period are stored row by row,
 * and every audit up to the as-at date is counted into the {@link AuditCube}. The cube is
 * stored by this writer's own step listener once the step has loaded the whole file; a
 * run killed part way leaves the step unfinished, and the step, started again, clears the
 * period and reads the file from the top.
 */
class AuditLoader implements ItemStreamWriter<AuditResult>, StepExecutionListener {

	private final AuditRepository repository;

	private final AuditCube cube = new AuditCube();

	private final String period;

	private final LocalDate periodStart;

	private final LocalDate asAt;

	private long afterAsAt;

	AuditLoader(AuditRepository repository, LoadRun run) {
		this.repository = repository;
		this.period = run.key();
		this.periodStart = run.period().atDay(1);
		this.asAt = run.asAt();
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.repository.deletePeriod(this.period);
		this.cube.clear();
		this.afterAsAt = 0;
	}

	@Override
	public void write(Chunk<? extends AuditResult> chunk) {
		List<AuditResult> inPeriod = new ArrayList<>();
		for (AuditResult audit : chunk) {
			if (audit.auditDate().isAfter(this.asAt)) {
				this.afterAsAt++;
				continue;
			}
			this.cube.add(audit);
			if (!audit.auditDate().isBefore(this.periodStart)) {
				inPeriod.add(audit);
			}
		}
		try {
			this.repository.insertResults(this.period, inPeriod);
		}
		catch (DataIntegrityViolationException ex) {
			throw StoreRefused.of(AuditInput.NAME, inPeriod, AuditResult::auditId, AuditResult::line, "audit id", ex);
		}
	}

	@Override
	public void update(ExecutionContext executionContext) {
		executionContext.putLong(InputDeclaration.AFTER_AS_AT, this.afterAsAt);
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (stepExecution.getStatus() == BatchStatus.COMPLETED) {
			this.repository.insertCube(this.period, this.cube);
		}
		return null;
	}

}
