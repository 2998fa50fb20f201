package org.boardpack.input;

import java.util.List;
import java.util.stream.Collectors;

import org.boardpack.rejects.RejectRecorder;

/**
 * Thrown by a validating processor for a row that cannot be loaded. Spring Batch skips
 * the row and the {@link RejectRecorder} records it. It has no stack trace: a bad row is
 * data, not a bug, and a file can have thousands.
 */
public class RowRejectedException extends RuntimeException {

	private final String file;

	private final long line;

	private final String recordId;

	private final List<Problem> problems;

	public RowRejectedException(String file, long line, String recordId, List<Problem> problems) {
		super("line " + line + ": "
				+ problems.stream().map((p) -> p.column() + ": " + p.reason()).collect(Collectors.joining("; ")), null,
				false, false);
		this.file = file;
		this.line = line;
		this.recordId = recordId;
		this.problems = List.copyOf(problems);
	}

	public String file() {
		return this.file;
	}

	public long line() {
		return this.line;
	}

	/**
	 * The row's own id (an action's ref, an audit's id), never a case reference; may be
	 * null.
	 */
	public String recordId() {
		return this.recordId;
	}

	public List<Problem> problems() {
		return this.problems;
	}

}
