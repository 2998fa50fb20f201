package org.boardpack.job;

import static org.boardpack.job.BoardPackJobConfiguration.JOB_NAME;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.boardpack.actionplan.PeriodSummary;
import org.boardpack.actionplan.SnapshotRepository;
import org.boardpack.input.InputFile;
import org.boardpack.rejects.FileLoad;
import org.boardpack.rejects.FileLoadRepository;
import org.boardpack.report.Manifest;
import org.boardpack.report.OutputFolder;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * What the history database and the output folder say a period was produced from: so a
 * run is declined only when its files' content is what the period's stored snapshot and
 * its outputs were made from, and the outputs are where the user asked for them; and so a
 * month produced after later ones says those should be produced again.
 */
@Component
class ProducedPeriods {

	private final FileLoadRepository fileLoads;

	private final SnapshotRepository snapshots;

	private final JobRepository jobRepository;

	ProducedPeriods(FileLoadRepository fileLoads, SnapshotRepository snapshots, JobRepository jobRepository) {
		this.fileLoads = fileLoads;
		this.snapshots = snapshots;
		this.jobRepository = jobRepository;
	}

	/**
	 * The months whose outputs are in the output folder (a period folder with its
	 * manifest) but which the history database does not hold: a database lost, emptied or
	 * replaced, which would otherwise be taken for a first month and rewrite the packs as
	 * a baseline.
	 */
	List<String> producedButNotStored(Path output) throws IOException {
		List<String> missing = new ArrayList<>();
		if (!Files.isDirectory(output)) {
			return missing;
		}
		try (DirectoryStream<Path> folders = Files.newDirectoryStream(output,
				(p) -> p.getFileName().toString().matches("\\d{4}-\\d{2}"))) {
			for (Path folder : folders) {
				String period = folder.getFileName().toString();
				if (Files.isRegularFile(folder.resolve(Manifest.fileName(period))) && !this.snapshots.stored(period)) {
					missing.add(period);
				}
			}
		}
		missing.sort(null);
		return missing;
	}

	/**
	 * Why the period must be produced again although a completed run had files of the
	 * same size and time of change: the size and time say "unchanged" quickly, but only
	 * the content's SHA-256 confirms it.
	 * @return empty when the period's snapshot and the outputs in the output folder were
	 * made from exactly these files
	 */
	Optional<String> whyProduceAgain(RunParameters options) throws IOException {
		String period = options.period().toString();
		Map<String, String> stored = storedInputs(period);
		Map<String, String> current = new TreeMap<>();
		for (Map.Entry<String, InputFile> input : options.inputs().entrySet()) {
			String sha = input.getValue().sha256();
			current.put(input.getKey(), sha);
			if (!sha.equals(stored.get(input.getKey()))) {
				return Optional.of(input.getValue().name() + " has the size and time of change of a file " + period
						+ " was produced from, but not the same content: producing " + period + " again");
			}
		}
		OutputFolder folder = new OutputFolder(options.output(), options.period());
		Path manifest = folder.periodDir().resolve(Manifest.fileName(period));
		String notThere = "the outputs of " + period + " are not in " + folder.periodDir() + ": producing them there";
		if (!Files.isRegularFile(manifest)) {
			return Optional.of(notThere);
		}
		Manifest.Recorded recorded = Manifest.read(manifest);
		if (!new TreeMap<>(recorded.inputs()).equals(current)) {
			return Optional.of(folder.periodDir() + " holds outputs of " + period
					+ " made from other files: producing them again from these");
		}
		for (Manifest.Output output : recorded.outputs()) {
			if (!Files.isRegularFile(folder.periodDir().resolve(output.file()))) {
				return Optional.of(notThere);
			}
		}
		return Optional.empty();
	}

	/** How each input of the period's stored run reconciled. */
	List<FileLoad> loads(String period) {
		return this.fileLoads.findByPeriod(period);
	}

	/** The period's stored headline figures. */
	Optional<PeriodSummary> summary(String period) {
		return this.snapshots.trend(period, 1).stream().filter((s) -> s.period().equals(period)).findFirst();
	}

	/** Each input's SHA-256 by role, as the period's stored run read it. */
	Map<String, String> storedInputs(String period) {
		Map<String, String> stored = new TreeMap<>();
		for (FileLoad load : this.fileLoads.findByPeriod(period)) {
			stored.put(load.role(), load.sha256());
		}
		return stored;
	}

	/**
	 * The months stored after this one, each with the options its last completed run was
	 * given: their packs compare with what was stored before this run, so they should be
	 * produced again, oldest first.
	 */
	List<Later> laterPeriods(String period) {
		List<Later> later = new ArrayList<>();
		for (String next : this.snapshots.laterPeriods(period)) {
			later.add(new Later(next, lastCompleted(next).map((e) -> RunParameters.of(e.getJobParameters()))));
		}
		return later;
	}

	/** The period's last completed run, when the job repository has one. */
	Optional<JobExecution> lastCompleted(String period) {
		return lastCompleted(runs().getOrDefault(period, List.of()));
	}

	/**
	 * The last completed of a period's runs, oldest first as {@link #runs()} gives them.
	 */
	static Optional<JobExecution> lastCompleted(List<JobExecution> runs) {
		return runs.stream().filter((e) -> e.getStatus() == BatchStatus.COMPLETED).reduce((earlier, later) -> later);
	}

	/**
	 * Every run of the job the job repository holds, by period, each period's oldest
	 * first.
	 */
	Map<String, List<JobExecution>> runs() {
		Map<String, List<JobExecution>> runs = new TreeMap<>();
		for (JobInstance instance : this.jobRepository.findJobInstances(JOB_NAME)) {
			for (JobExecution execution : this.jobRepository.getJobExecutions(instance)) {
				String period = RunParameters.periodOf(execution.getJobParameters());
				runs.computeIfAbsent(period, (p) -> new ArrayList<>()).add(execution);
			}
		}
		runs.values().forEach((executions) -> executions.sort(Comparator.comparingLong(JobExecution::getId)));
		return runs;
	}

	/**
	 * A month stored after the one just produced.
	 *
	 * @param period yyyy-mm
	 * @param run the options of its last completed run, when the job repository has it
	 */
	record Later(String period, Optional<RunParameters> run) {

		/** The command that produces it again, as the user would type it. */
		String command() {
			if (this.run.isEmpty()) {
				return "./boardpack --period=" + this.period + " with the files it was made from and --rerun";
			}
			RunParameters r = this.run.get();
			StringBuilder command = new StringBuilder("./boardpack --period=").append(this.period);
			if (!r.asAt().equals(r.period().atEndOfMonth())) {
				command.append(" --as-at=").append(r.asAt());
			}
			r.inputs().forEach((name, file) -> {
				option(command, name, file.name());
				option(command, name + "-sheet", file.sheet());
			});
			option(command, "output", r.output().toString());
			option(command, "template", r.template().toString());
			return command.append(" --rerun").toString();
		}

		private static void option(StringBuilder command, String name, String value) {
			if (value != null) {
				boolean quote = value.chars().anyMatch(Character::isWhitespace);
				command.append(" --").append(name).append('=').append(quote ? "\"" + value + "\"" : value);
			}
		}

	}

}
