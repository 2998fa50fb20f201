package org.boardpack.rejects;

import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Records every row a load step skips, with file, line, column, kind and reason. The step's earlier rejects
 * are cleared when it starts, since a load step always reads its file from the top.
 */
public class RejectRecorder implements SkipListener<Object, Object>, StepExecutionListener {

	private final String period;

	private final String role;

	private final RejectRepository repository;

	public RejectRecorder(String period, String role, RejectRepository repository) {
		this.period = period;
		this.role = role;
		this.repository = repository;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.repository.delete(this.period, this.role);
	}

	@Override
	public void onSkipInProcess(Object item, Throwable t) {
		if (t instanceof RowRejectedException rejected) {
			this.repository.save(this.period, this.role, rejected);
		}
	}

}
