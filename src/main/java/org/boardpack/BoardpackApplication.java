package org.boardpack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.boardpack.job.RunOptions;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.status.OnConsoleStatusListener;
import ch.qos.logback.core.status.StatusListener;
import ch.qos.logback.core.status.StatusManager;
import org.boardpack.report.OutputFolder;
import org.boardpack.report.RunStatus;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

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
		String unwritable = OutputFolder.cannotWrite(outputFolder(args));
		if (unwritable != null) {
			// Before Spring starts: logging would fail on the log file there with a page
			// of
			// its own errors.
			System.err.println("boardpack: " + unwritable);
			return BoardPackException.ExitCode.FAILED.code();
		}
		SpringApplication application = new SpringApplication(BoardpackApplication.class);
		ApplicationListener<ApplicationPreparedEvent> quietLogback = (event) -> quietLogbackStatus();
		application.addListeners(new WarmUp(), quietLogback);
		try {
			return SpringApplication.exit(application.run(args));
		}
		catch (SpringApplication.AbandonedRunException ex) {
			// The build's ahead-of-time processing stops the application on purpose once
			// its context is prepared.
			throw ex;
		}
		catch (Throwable failure) {
			String line = startFailure(failure);
			System.err.println("boardpack: " + line);
			int code = exitCode(failure);
			try {
				new RunStatus(null, null, RunStatus.Outcome.FAILED, code, line, 0, null, List.of(), null, Instant.now())
					.write(outputFolder(args));
			}
			catch (IOException ex) {
				// the folder's fault is the one already said, if any: nothing to add
			}
			return code;
		}
	}

	/**
	 * Once logging is set up, logback's own errors (a log file on a disk that fills up)
	 * stay off the console: boardpack says in one line what is wrong with the output
	 * folder, and Spring Boot's console status listener would print each error with its
	 * stack trace.
	 */
	private static void quietLogbackStatus() {
		if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
			StatusManager statuses = logback.getStatusManager();
			for (StatusListener listener : statuses.getCopyOfStatusListenerList()) {
				if (listener instanceof OnConsoleStatusListener) {
					statuses.remove(listener);
				}
			}
		}
	}

	/**
	 * The output folder: the last --output given, else application.properties' default.
	 */
	private static Path outputFolder(String... args) {
		String output = null;
		for (String arg : args) {
			if (arg.startsWith("--output=")) {
				output = arg.substring("--output=".length());
			}
		}
		if (output == null || output.isBlank()) {
			try {
				output = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"))
					.getProperty("output");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return Path.of(output.strip());
	}

	/**
	 * What went wrong before the job could start (a bad option or template, a locked or
	 * damaged database), in one line without a trace.
	 */
	private static String startFailure(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof BoardPackException known) {
				return known.getMessage();
			}
		}
		String root = BoardPackException.rootMessage(failure);
		if (root.toLowerCase(java.util.Locale.ROOT).contains("corrupt")) {
			// H2 names the file: say what it is and what to do, not only the store's
			// words.
			return "the history database is damaged (" + root.lines().findFirst().orElse(root)
					+ "); restore it from a backup, or move it aside to start a new history, and run again";
		}
		if (root.contains("Database may be already in use")) {
			return "another boardpack run is using the history database under the output folder; wait for it to "
					+ "finish, then run again";
		}
		return "could not start: " + root.lines().findFirst().orElse(root);
	}

	private static int exitCode(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof BoardPackException known) {
				return known.exitCode().code();
			}
		}
		return BoardPackException.ExitCode.FAILED.code();
	}

}
