package org.boardpack.job;

import static org.boardpack.job.BoardPackJobConfiguration.JOB_NAME;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.boardpack.BoardPackException.ExitCode;
import org.boardpack.BoardPackException;
import org.boardpack.input.Dates;
import org.boardpack.pack.BoardPackAssembler;
import org.boardpack.rejects.FileLoad;
import org.boardpack.report.OutputFolder;
import org.boardpack.report.RunStatus;
import org.boardpack.template.Template;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
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
 * or one line saying what went wrong, and sets the exit code. With --history it runs
 * nothing and lists the months the history database holds.
 */
@Component
@ConditionalOnProperty(name = "boardpack.run-on-startup", havingValue = "true", matchIfMissing = true)
class BoardPackRunner implements ApplicationRunner, ExitCodeGenerator {

	private static final Logger log = LoggerFactory.getLogger(BoardPackRunner.class);

	private final Environment environment;

	private final ObjectProvider<RunOptions> options;

	private final Inputs inputs;

	private final Template template;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job job;

	private final ProducedPeriods produced;

	private final RunLock runLock;

	private final RunNotice notice;

	private final HistoryListing history;

	private int exitCode;

	/** What the run did, once it is known: for the status file and the notice. */
	private RunStatus.Outcome outcome;

	/** The month the run is for, once it is known. */
	private YearMonth period;

	/** The one line that says what went wrong, printed when the run did not succeed. */
	private String failure;

	/** The history database as the user would find it: its file, or its URL. */
	private final String database;

	BoardPackRunner(ObjectProvider<RunOptions> options, Inputs inputs, Template template, JobOperator jobOperator,
			JobRepository jobRepository, Job boardPackJob, ProducedPeriods produced, RunLock runLock, RunNotice notice,
			HistoryListing history, Environment environment) {
		this.database = HistoryDatabaseDefault.describe(environment.getProperty("spring.datasource.url", ""), template);
		this.environment = environment;
		this.options = options;
		this.inputs = inputs;
		this.notice = notice;
		this.history = history;
		this.template = template;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.job = boardPackJob;
		this.produced = produced;
		this.runLock = runLock;
	}

	@Override
	public void run(ApplicationArguments arguments) throws Exception {
		RunOptions o = null;
		RunParameters run = null;
		try {
			o = RunOptions.bound(this.options);
			if (o.history()) {
				listHistory(arguments);
				return;
			}
			RunOptions.checkNames(arguments, this.inputs);
			this.period = o.period(this.template);
			run = o.resolve(this.period, this.inputs, this.template);
			log.info("boardpack: {}, {} for {}, data as at {}", this.template.authority(), this.template.reportTitle(),
					run.period(), Dates.uk(run.asAt()));
			try (RunLock.Held lock = this.runLock.lock(run.period())) {
				if (!o.newHistory()) {
					refuseWithoutHistory(run);
				}
				runLocked(o, run);
			}
		}
		catch (BoardPackException ex) {
			fail(ex.getMessage(), ex.exitCode());
		}
		catch (Exception | Error ex) {
			// Spring prints it as it stops; the status file and the notice still say so.
			this.outcome = RunStatus.Outcome.FAILED;
			this.failure = "the run failed: " + BoardPackException.rootMessage(ex);
			throw ex;
		}
		finally {
			if (o == null || !o.history()) {
				tell(o, run);
			}
		}
	}

	/**
	 * With --history, the months the history database holds in place of a run: nothing is
	 * run, so nothing is told or written to the status file. The other options are not
	 * read, only checked to be options.
	 */
	private void listHistory(ApplicationArguments arguments) {
		try {
			RunOptions.checkNames(arguments, this.inputs);
			this.history.lines(this.database).forEach(log::info);
		}
		catch (BoardPackException ex) {
			log.error("boardpack: {}", ex.getMessage());
			this.exitCode = ex.exitCode().code();
		}
	}

	/** Says the run did not succeed: one line on the console, and the exit code. */
	private void fail(String line, ExitCode code) {
		log.error("boardpack: {}", line);
		this.failure = line;
		this.exitCode = code.code();
		this.outcome = (code == ExitCode.NOT_READY) ? RunStatus.Outcome.NOT_READY : RunStatus.Outcome.FAILED;
	}

	/**
	 * The run's outcome to OUTPUT/status.json and, when a mail server and addresses are
	 * set, by e-mail. Neither changes the run's exit code: a notice that cannot be sent
	 * is said on the console and in the status file.
	 */
	private void tell(RunOptions o, RunParameters run) {
		// the options' output folder; when they could not be bound, the one the
		// application found before Spring started
		Path output = (o != null) ? o.output() : Path.of(this.environment.getProperty("output", "output"));
		String period = (this.period != null) ? this.period.toString() : null;
		RunStatus.Outcome outcome = (this.outcome != null) ? this.outcome : RunStatus.Outcome.FAILED;
		String message = this.failure;
		long rejected = 0;
		Path folder = null;
		List<String> files = List.of();
		List<String> reconciliation = List.of();
		if (outcome == RunStatus.Outcome.DONE || outcome == RunStatus.Outcome.ALREADY_DONE) {
			List<FileLoad> loads = this.produced.loads(period);
			rejected = loads.stream().mapToLong(FileLoad::rejected).sum();
			reconciliation = loads.stream().map(FileLoad::reconciliation).toList();
			message = this.produced.summary(period).map(BoardPackAssembler::headline).orElse("");
			folder = run.folder().periodDir();
			files = listed(folder);
		}
		RunStatus status = new RunStatus(this.template.authority(), period, outcome, this.exitCode, message, rejected,
				folder, files, null, Instant.now());
		String logFile = output.resolve("boardpack.log").toString();
		String noticed = this.notice.send(status, reconciliation, logFile);
		if (noticed.startsWith("could not")) {
			log.warn("  the notice of this run {}", noticed);
		}
		try {
			status.withNotice(noticed).write(output);
		}
		catch (IOException ex) {
			// the output folder's fault was said already, or is said here once
			log.warn("  {} could not be written in {}: {}", RunStatus.FILE_NAME, output,
					BoardPackException.rootMessage(ex));
		}
	}

	private static List<String> listed(Path folder) {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.map((p) -> p.getFileName().toString()).sorted().toList();
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	/**
	 * A history database that was lost, emptied or replaced would take this month for a
	 * first one and rewrite its pack as a baseline: refused, unless a new history is
	 * asked for.
	 */
	private void refuseWithoutHistory(RunParameters run) throws IOException {
		List<String> missing = this.produced.producedButNotStored(run.output());
		if (!missing.isEmpty()) {
			throw new BoardPackException("the history database " + this.database + " holds no record of "
					+ String.join(", ", missing) + ", whose outputs are in " + run.output()
					+ ": it may have been lost or replaced. Restore it from a backup and run again, or run with "
					+ "--new-history to start a new history (the outputs already made are kept)",
					ExitCode.HISTORY_MISSING);
		}
	}

	private void runLocked(RunOptions options, RunParameters run) throws Exception {
		JobParameters parameters = run.toJobParameters();
		if (options.scheduled() && !options.rerun() && producedFromTheseFiles(run, parameters)) {
			return;
		}
		JobExecution last = this.jobRepository.getLastJobExecution(JOB_NAME, parameters);
		Map<String, String> storedBefore = this.produced.storedInputs(run.period().toString());
		if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
			if (!options.rerun()) {
				Optional<String> why = this.produced.whyProduceAgain(run);
				if (why.isEmpty()) {
					log.info("  {} was already produced from these same inputs (job execution {}): see {}",
							run.period(), last.getId(), new OutputFolder(run.output(), run.period()).periodDir());
					log.info("  Run again with --rerun to produce it again.");
					this.outcome = RunStatus.Outcome.ALREADY_DONE;
					return;
				}
				log.info("  {}", why.get());
			}
			for (long n = 1;; n++) {
				parameters = RunParameters.rerun(parameters, n);
				last = this.jobRepository.getLastJobExecution(JOB_NAME, parameters);
				if (last == null || last.getStatus() != BatchStatus.COMPLETED) {
					break;
				}
			}
		}
		if (last != null && last.getStatus().isRunning()) {
			log.info("  Resuming the run of {} that was interrupted (job execution {})", run.period(), last.getId());
			this.jobOperator.recover(last);
		}
		else if (last != null) {
			log.info("  Resuming the run of {} that failed (job execution {}) from where it stopped", run.period(),
					last.getId());
		}
		JobExecution execution = this.jobOperator.start(this.job, parameters);
		report(execution, run);
		if (execution.getStatus() == BatchStatus.COMPLETED
				&& !storedBefore.equals(this.produced.storedInputs(run.period().toString()))) {
			laterMonthsToRerun(run);
		}
	}

	/**
	 * A scheduled run's as-at date is the day it runs, so each day's run would be a new
	 * one: once the period was produced from these same files (and its outputs are where
	 * they were made), a later day's run leaves it alone.
	 */
	private boolean producedFromTheseFiles(RunParameters run, JobParameters parameters) throws IOException {
		Optional<JobExecution> done = this.produced.lastCompleted(run.key());
		if (done.isEmpty() || !RunParameters.sameFiles(parameters, done.get().getJobParameters())
				|| this.produced.whyProduceAgain(run).isPresent()) {
			return false;
		}
		log.info("  {} was already produced from these same files, as at {} (job execution {}): see {}", run.period(),
				Dates.uk(RunParameters.of(done.get().getJobParameters()).asAt()), done.get().getId(),
				run.folder().periodDir());
		this.outcome = RunStatus.Outcome.ALREADY_DONE;
		return true;
	}

	private void report(JobExecution execution, RunParameters run) throws Exception {
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			Path dir = new OutputFolder(run.output(), run.period()).periodDir();
			try (Stream<Path> files = Files.list(dir)) {
				files.sorted().forEach((file) -> log.info("  wrote {}", file));
			}
			this.exitCode = ExitCode.OK.code();
			this.outcome = RunStatus.Outcome.DONE;
			return;
		}
		BoardPackException known = execution.getAllFailureExceptions()
			.stream()
			.map(BoardPackRunner::boardPackCause)
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
		if (known != null) {
			fail(known.getMessage(), known.exitCode());
			return;
		}
		List<Throwable> failures = execution.getAllFailureExceptions();
		IOException unwritable = outputFault(failures, run.output());
		if (unwritable != null) {
			fail(OutputFolder.describe(run.output(), unwritable)
					+ "; once it can be written, run the same command again to resume the run", ExitCode.FAILED);
			return;
		}
		String cause = failures.isEmpty() ? execution.getExitStatus().getExitDescription()
				: BoardPackException.rootMessage(failures.get(0));
		fail("the run of " + run.period() + " failed (" + cause + "); run the same command again to resume it. "
				+ "Details are in " + run.output().resolve("boardpack.log"), ExitCode.FAILED);
	}

	/**
	 * A month produced after later ones: their packs still compare with what was stored
	 * before, so say which to produce again, and how.
	 */
	private void laterMonthsToRerun(RunParameters run) {
		List<ProducedPeriods.Later> later = this.produced.laterPeriods(run.period().toString());
		if (later.isEmpty()) {
			return;
		}
		ProducedPeriods.Later next = later.get(0);
		log.info("  {} was produced before this run of {}, so its pack does not compare with {} as it is now; "
				+ "produce it again with: {}", next.period(), run.period(), run.period(), next.command());
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
