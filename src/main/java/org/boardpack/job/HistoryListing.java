package org.boardpack.job;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.boardpack.actionplan.SnapshotRepository;
import org.boardpack.input.Dates;
import org.boardpack.rejects.FileLoad;
import org.boardpack.template.Template;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * What --history prints in place of a run: the months the history database holds, oldest
 * first, each with how its last run ended, when it was produced, which month its "since
 * the last board" compared with, and the files it was made from with how their rows
 * reconciled. So the person who runs it can see what the database holds without a SQL
 * client. Files are named as they were given; no row's content is shown.
 */
@Component
class HistoryListing {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	/** Enough of a SHA-256 to tell two files apart by eye. */
	private static final int SHA_SHOWN = 12;

	private final SnapshotRepository snapshots;

	private final ProducedPeriods produced;

	private final Template template;

	HistoryListing(SnapshotRepository snapshots, ProducedPeriods produced, Template template) {
		this.snapshots = snapshots;
		this.produced = produced;
		this.template = template;
	}

	/**
	 * The listing, a line for the database and a block per month: the months stored, and
	 * those a run was started for but never completed.
	 * @param database the history database as the user finds it
	 */
	List<String> lines(String database) {
		Map<String, List<JobExecution>> runs = this.produced.runs();
		List<String> stored = this.snapshots.periods();
		TreeSet<String> periods = new TreeSet<>(stored);
		periods.addAll(runs.keySet());
		List<String> lines = new ArrayList<>();
		String where = "History of " + this.template.authority() + " in " + database;
		if (periods.isEmpty()) {
			lines.add(where + ": no month stored yet");
			return lines;
		}
		lines.add(where + ": " + periods.size() + ((periods.size() == 1) ? " month" : " months") + ", oldest first");
		for (String period : periods) {
			List<JobExecution> executions = runs.getOrDefault(period, List.of());
			List<String> about = new ArrayList<>();
			about.add(outcome(executions));
			about.add(ProducedPeriods.lastCompleted(executions)
				.map((e) -> "produced " + when(e.getEndTime()))
				.orElse("never produced"));
			if (stored.contains(period)) {
				Optional<String> previous = this.snapshots.previousPeriod(period);
				about.add(previous.map((p) -> "compared with " + p).orElse("first month (baseline)"));
			}
			lines.add(period + ": " + String.join(", ", about));
			for (FileLoad load : this.produced.loads(period)) {
				lines.add("  " + load.reconciliation()
						+ (load.supplied() ? "; SHA-256 " + load.sha256().substring(0, SHA_SHOWN) : ""));
			}
		}
		return lines;
	}

	/** How the period's last run ended. */
	private static String outcome(List<JobExecution> executions) {
		if (executions.isEmpty()) {
			// Spring Batch's tables were emptied by hand, the months left
			return "stored, no run of it recorded";
		}
		BatchStatus status = executions.get(executions.size() - 1).getStatus();
		if (status.isRunning()) {
			return "running now or interrupted (run the same command to resume it)";
		}
		return status.name().toLowerCase(Locale.ROOT);
	}

	private static String when(LocalDateTime time) {
		return Dates.uk(time.toLocalDate()) + " " + TIME.format(time);
	}

}
