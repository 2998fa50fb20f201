package org.boardpack.rejects;

import org.boardpack.input.InputRow;
import org.boardpack.input.RowRejectedException;

import org.springframework.batch.core.listener.ItemProcessListener;
import org.springframework.batch.core.listener.SkipListener;

/**
 * Records every row a load step skips, with file, line, column, kind and reason; and,
 * beside them, the warnings of rows loaded with an optional cell left blank. Both are
 * written in the chunk's transaction, so a chunk rolled back and processed again records
 * them once.
 */
public class RejectRecorder implements SkipListener<Object, Object>, ItemProcessListener<InputRow<?>, Object> {

	private final String role;

	private final RejectRepository repository;

	private String period;

	/**
	 * @param role the input whose rows this records: actions or audits
	 */
	public RejectRecorder(String role, RejectRepository repository) {
		this.role = role;
		this.repository = repository;
	}

	/**
	 * Starts recording a period's rejects, clearing its earlier ones: a load step always
	 * reads from the top.
	 */
	public void start(String period) {
		this.period = period;
		this.repository.delete(period, this.role);
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
