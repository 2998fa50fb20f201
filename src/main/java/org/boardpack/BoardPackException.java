package org.boardpack;

/**
 * A failure the person running the job can act on. Its message is printed as one line,
 * without a stack trace, and the process exits with its code.
 */
public class BoardPackException extends RuntimeException {

	private final ExitCode exitCode;

	public BoardPackException(String message, ExitCode exitCode) {
		super(message);
		this.exitCode = exitCode;
	}

	public BoardPackException(String message, ExitCode exitCode, Throwable cause) {
		super(message, cause);
		this.exitCode = exitCode;
	}

	public ExitCode exitCode() {
		return this.exitCode;
	}

	/**
	 * The innermost cause's message: what actually went wrong, without the layers of
	 * wrapping.
	 */
	public static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
	}

	/** Process exit codes, documented in the README. */
	public enum ExitCode {

		OK(0), FAILED(1), USAGE(2), INPUT_FILE(3), TOO_MANY_REJECTS(4),

		/**
		 * This month's files are not all there yet (or still being written): a scheduler
		 * tries again later.
		 */
		NOT_READY(5),

		/** Another run is producing the period now. */
		RUNNING(6),

		/**
		 * The output folder holds months the history database does not: the database was
		 * lost or replaced.
		 */
		HISTORY_MISSING(7);

		private final int code;

		ExitCode(int code) {
			this.code = code;
		}

		public int code() {
			return this.code;
		}

	}

}
