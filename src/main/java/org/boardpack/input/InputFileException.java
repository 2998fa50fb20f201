package org.boardpack.input;

import org.boardpack.BoardPackException;

/**
 * A file that cannot be used at all: missing, empty, not CSV or XLSX, no recognisable
 * header. The message is the one line the person running the job sees, and always names
 * the file.
 */
public class InputFileException extends BoardPackException {

	public InputFileException(String file, String problem) {
		super(file + ": " + problem, ExitCode.INPUT_FILE);
	}

	public InputFileException(String file, String problem, Throwable cause) {
		super(file + ": " + problem, ExitCode.INPUT_FILE, cause);
	}

}
