package org.boardpack;

import java.util.Arrays;

import org.boardpack.job.RunOptions;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * boardpack: the monthly Improvement Board pack (PDF) and action tracker (XLSX), built
 * from an improvement plan and case audit results by one Spring Batch job.
 */
@SpringBootApplication
public class BoardpackApplication {

	public static void main(String[] args) {
		// Exit with the job's code so a scheduler sees a failed month.
		System.exit(run(args));
	}

	/** Runs boardpack as the command line does and returns the process exit code. */
	public static int run(String... args) {
		if (Arrays.asList(args).contains("--help")) {
			System.out.println(RunOptions.USAGE);
			return BoardPackException.ExitCode.OK.code();
		}
		SpringApplication application = new SpringApplication(BoardpackApplication.class);
		application.addListeners(new WarmUp());
		try {
			return SpringApplication.exit(application.run(args));
		}
		catch (SpringApplication.AbandonedRunException ex) {
			// The build's ahead-of-time processing stops the application on purpose once
			// its context is prepared.
			throw ex;
		}
		catch (Throwable failure) {
			return startFailure(failure);
		}
	}

	/**
	 * A failure before the job could start (a bad option or template, a locked database):
	 * one line, no trace.
	 */
	private static int startFailure(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof BoardPackException known) {
				System.err.println("boardpack: " + known.getMessage());
				return known.exitCode().code();
			}
		}
		String root = BoardPackException.rootMessage(failure);
		if (root.contains("Database may be already in use")) {
			System.err.println("boardpack: another boardpack run is using the history database under the output "
					+ "folder; wait for it to finish, then run again");
		}
		else {
			System.err.println("boardpack: could not start: " + root.lines().findFirst().orElse(root));
		}
		return BoardPackException.ExitCode.FAILED.code();
	}

}
