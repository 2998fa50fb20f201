package org.boardpack.job;

import static org.boardpack.job.BoardPackJobConfiguration.JOB_NAME;
import static org.boardpack.job.BoardPackJobConfiguration.RERUN;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.boardpack.BoardPackException.ExitCode;
import org.boardpack.BoardPackException;
import org.boardpack.input.Dates;
import org.boardpack.report.OutputFolder;
import org.boardpack.template.Template;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Runs the job for the period asked for, as a scheduler would: a new run, the resumption
 * of a failed or killed one, or nothing when the period was already produced from these
 * same inputs (unless --rerun). Prints one line per file's reconciliation and per output,
 * or one line saying what went wrong, and sets the exit code.
 */
@Component
@ConditionalOnProperty(name = "boardpack.run-on-startup", havingValue = "true", matchIfMissing = true)
class BoardPackRunner implements ApplicationRunner, ExitCodeGenerator {

	private static final Logger log = LoggerFactory.getLogger(BoardPackRunner.class);

	private final RunOptions options;

	private final Template template;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job job;

	private final ProducedPeriods produced;

	private final RunLock runLock;

	private int exitCode;

	/** The history database as the user would find it: its file, or its URL. */
	private final String database;

	BoardPackRunner(RunOptions options, Template template, JobOperator jobOperator, JobRepository jobRepository,
			Job boardPackJob, ProducedPeriods produced, RunLock runLock, Environment environment) {
		this.database = HistoryDatabaseDefault.describe(environment.getProperty("spring.datasource.url", ""));
		this.options = options;
		this.template = template;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.job = boardPackJob;
		this.produced = produced;
		this.runLock = runLock;
	}

	@Override
	public void run(ApplicationArguments arguments) throws Exception {
		RunOptions o = this.options;
		log.info("boardpack: {}, {} for {}, data as at {}", this.template.authority(), this.template.reportTitle(),
				o.period(), Dates.uk(o.asAt()));
		try {
			try (RunLock.Held lock = this.runLock.lock(o.period())) {
				if (!o.newHistory()) {
					refuseWithoutHistory(o);
				}
				runLocked(o);
			}
		}
		catch (BoardPackException ex) {
			log.error("boardpack: {}", ex.getMessage());
			this.exitCode = ex.exitCode().code();
		}
	}

	/**
	 * A history database that was lost, emptied or replaced would take this month for a
	 * first one and rewrite its pack as a baseline: refused, unless a new history is
	 * asked for.
	 */
	private void refuseWithoutHistory(RunOptions o) throws IOException {
		List<String> missing = this.produced.producedButNotStored(o.output());
		if (!missing.isEmpty()) {
			throw new BoardPackException("the history database " + this.database + " holds no record of "
					+ String.join(", ", missing) + ", whose outputs are in " + o.output()
					+ ": it may have been lost or replaced. Restore it from a backup and run again, or run with "
					+ "--new-history to start a new history (the outputs already made are kept)",
					ExitCode.HISTORY_MISSING);
		}
	}

	private void runLocked(RunOptions o) throws Exception {
		JobParameters parameters = o.toJobParameters();
		JobExecution last = this.jobRepository.getLastJobExecution(JOB_NAME, parameters);
		Map<String, String> storedBefore = this.produced.storedInputs(o.period().toString());
		if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
			if (!o.rerun()) {
				Optional<String> why = this.produced.whyProduceAgain(o);
				if (why.isEmpty()) {
					log.info("  {} was already produced from these same inputs (job execution {}): see {}", o.period(),
							last.getId(), new OutputFolder(o.output(), o.period()).periodDir());
					log.info("  Run again with --rerun to produce it again.");
					return;
				}
				log.info("  {}", why.get());
			}
			for (long n = 1;; n++) {
				parameters = new JobParametersBuilder(parameters).addLong(RERUN, n, true).toJobParameters();
				last = this.jobRepository.getLastJobExecution(JOB_NAME, parameters);
				if (last == null || last.getStatus() != BatchStatus.COMPLETED) {
					break;
				}
			}
		}
		if (last != null && last.getStatus().isRunning()) {
			log.info("  Resuming the run of {} that was interrupted (job execution {})", o.period(), last.getId());
			this.jobOperator.recover(last);
		}
		else if (last != null) {
			log.info("  Resuming the run of {} that failed (job execution {}) from where it stopped", o.period(),
					last.getId());
		}
		JobExecution execution = this.jobOperator.start(this.job, parameters);
		report(execution, o);
		if (execution.getStatus() == BatchStatus.COMPLETED
				&& !storedBefore.equals(this.produced.storedInputs(o.period().toString()))) {
			laterMonthsToRerun(o);
		}
	}

	private void report(JobExecution execution, RunOptions o) throws Exception {
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			Path dir = new OutputFolder(o.output(), o.period()).periodDir();
			try (Stream<Path> files = Files.list(dir)) {
				files.sorted().forEach((file) -> log.info("  wrote {}", file));
			}
			this.exitCode = ExitCode.OK.code();
			return;
		}
		BoardPackException known = execution.getAllFailureExceptions()
			.stream()
			.map(BoardPackRunner::boardPackCause)
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
		if (known != null) {
			log.error("boardpack: {}", known.getMessage());
			this.exitCode = known.exitCode().code();
			return;
		}
		List<Throwable> failures = execution.getAllFailureExceptions();
		IOException unwritable = outputFault(failures, o.output());
		if (unwritable != null) {
			log.error("boardpack: {}; once it can be written, run the same command again to resume the run",
					OutputFolder.describe(o.output(), unwritable));
			this.exitCode = ExitCode.FAILED.code();
			return;
		}
		String cause = failures.isEmpty() ? execution.getExitStatus().getExitDescription()
				: BoardPackException.rootMessage(failures.get(0));
		log.error("boardpack: the run of {} failed ({}); run the same command again to resume it. Details are in {}",
				o.period(), cause, o.output().resolve("boardpack.log"));
		this.exitCode = ExitCode.FAILED.code();
	}

	/**
	 * A month produced after later ones: their packs still compare with what was stored
	 * before, so say which to produce again, and how.
	 */
	private void laterMonthsToRerun(RunOptions o) {
		List<ProducedPeriods.Later> later = this.produced.laterPeriods(o.period().toString());
		if (later.isEmpty()) {
			return;
		}
		ProducedPeriods.Later next = later.get(0);
		log.info("  {} was produced before this run of {}, so its pack does not compare with {} as it is now; "
				+ "produce it again with: {}", next.period(), o.period(), o.period(), next.command());
		if (later.size() > 1) {
			log.info("  then each later month in turn, the same way: {}", String.join(", ",
					later.subList(1, later.size()).stream().map(ProducedPeriods.Later::period).toList()));
		}
	}

	/**
	 * A file that could not be written under the output folder: a read-only or full disk,
	 * or permissions.
	 */
	private static IOException outputFault(List<Throwable> failures, Path output) {
		Path root = output.toAbsolutePath().normalize();
		for (Throwable failure : failures) {
			for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
				if (t instanceof FileSystemException fs && fs.getFile() != null
						&& Path.of(fs.getFile()).toAbsolutePath().normalize().startsWith(root)) {
					return fs;
				}
				if (t instanceof IOException io && io.getMessage() != null
						&& io.getMessage().contains("No space left on device")) {
					return io;
				}
			}
		}
		return null;
	}

	private static BoardPackException boardPackCause(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof BoardPackException known) {
				return known;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return null;
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
