package org.boardpack.rejects;

import org.boardpack.input.InputRow;
import org.boardpack.input.RowRejectedException;

import org.springframework.batch.core.listener.ItemProcessListener;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Records every row a load step skips, with file, line, column, kind and reason; and,
 * beside them, the warnings of rows loaded with an optional cell left blank. Both are
 * written in the chunk's transaction, so a chunk rolled back and processed again records
 * them once. A load step always reads its file from the top, so the period's earlier
 * rejects of the input are cleared as the step starts.
 */
public class RejectRecorder
		implements SkipListener<Object, Object>, ItemProcessListener<InputRow<?>, Object>, StepExecutionListener {

	private final String role;

	private final String period;

	private final RejectRepository repository;

	/**
	 * @param role the input whose rows this records, e.g. actions or audits
	 * @param period the period the rows are loaded for (yyyy-mm)
	 */
	public RejectRecorder(String role, String period, RejectRepository repository) {
		this.role = role;
		this.period = period;
		this.repository = repository;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.repository.delete(this.period, this.role);
	}

	@Override
	public void afterProcess(InputRow<?> item, Object result) {
		if (result != null && !item.warnings().isEmpty()) {
			this.repository.save(this.period, this.role,
					new RowRejectedException(item.file(), item.line(), item.recordId(), item.warnings()));
		}
	}

	@Override
	public void onSkipInProcess(Object item, Throwable t) {
		if (t instanceof RowRejectedException rejected) {
			this.repository.save(this.period, this.role, rejected);
		}
	}

}
