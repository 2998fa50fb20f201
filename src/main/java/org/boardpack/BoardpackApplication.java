package org.boardpack;

import java.util.Arrays;

import org.boardpack.job.BoardPackException;
import org.boardpack.job.RunOptions;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * boardpack: the monthly Improvement Board pack (PDF) and action tracker (XLSX), built from an improvement
 * plan and case audit results by one Spring Batch job.
 */
@SpringBootApplication
public class BoardpackApplication {

	public static void main(String[] args) {
		if (Arrays.asList(args).contains("--help")) {
			System.out.println(RunOptions.USAGE);
			return;
		}
		int exitCode;
		try {
			exitCode = SpringApplication.exit(SpringApplication.run(BoardpackApplication.class, args));
		}
		catch (Throwable failure) {
			exitCode = startFailure(failure);
		}
		// Exit with the job's code so a scheduler sees a failed month.
		System.exit(exitCode);
	}

	/** A failure before the job could start (a bad option or template, a locked database): one line, no trace. */
	private static int startFailure(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof BoardPackException known) {
				System.err.println("boardpack: " + known.getMessage());
				return known.exitCode().code();
			}
		}
		System.err.println("boardpack: could not start: " + BoardPackException.rootMessage(failure));
		return BoardPackException.ExitCode.FAILED.code();
	}

}
