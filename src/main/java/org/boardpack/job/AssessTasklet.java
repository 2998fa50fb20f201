package org.boardpack.job;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.boardpack.actionplan.Action;
import org.boardpack.actionplan.ActionAssessor;
import org.boardpack.actionplan.ActionColumn;
import org.boardpack.actionplan.ActionPlanInput;
import org.boardpack.actionplan.ActionRepository;
import org.boardpack.actionplan.AssessedAction;
import org.boardpack.actionplan.DueDateHistory;
import org.boardpack.actionplan.LockedEdits;
import org.boardpack.actionplan.SnapshotRepository;
import org.boardpack.actionplan.Tally;
import org.boardpack.rejects.FileLoadRepository;
import org.boardpack.template.Template;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Assesses the period's actions against the template's rules and the due dates earlier
 * months stored, and stores the result as the period's snapshot (replacing any earlier
 * run's for the period).
 */
@Component
class AssessTasklet implements Tasklet {

	private final Template template;

	private final ActionRepository actions;

	/** The most ignored edits named one by one; past that they are counted. */
	private static final int EDITS_NAMED = 20;

	private static final Logger log = LoggerFactory.getLogger(AssessTasklet.class);

	private final SnapshotRepository snapshots;

	private final FileLoadRepository fileLoads;

	AssessTasklet(Template template, ActionRepository actions, SnapshotRepository snapshots,
			FileLoadRepository fileLoads) {
		this.template = template;
		this.actions = actions;
		this.fileLoads = fileLoads;
		this.snapshots = snapshots;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		RunParameters run = RunParameters.of(contribution.getStepExecution().getJobParameters());
		String period = run.key();
		LocalDate asAt = run.asAt();
		ActionAssessor assessor = new ActionAssessor(this.template.rag(), asAt, this.template.sections());
		Map<String, DueDateHistory> history = this.snapshots.dueDateHistory(period);
		List<AssessedAction> assessed = new ArrayList<>();
		for (Action action : this.actions.findByPeriod(period)) {
			assessed.add(assessor.assess(action, history.getOrDefault(action.ref(), DueDateHistory.NONE)));
		}
		reportLockedEdits(run, period);
		this.snapshots.save(period, asAt, assessed, Tally.of(assessed));
		return RepeatStatus.FINISHED;
	}

	/**
	 * A tracker sent back (its derived columns were set aside when it was read): says
	 * which of its derived cells an officer changed from what the last board's tracker
	 * showed, since those changes are ignored.
	 */
	private void reportLockedEdits(RunParameters run, String period) {
		boolean tracker = this.fileLoads.findByPeriod(period)
			.stream()
			.anyMatch((f) -> f.role().equals(ActionPlanInput.NAME) && !f.recomputedColumns().isEmpty());
		Optional<String> shownAt = this.snapshots.previousPeriod(period);
		if (!tracker || shownAt.isEmpty()) {
			return;
		}
		List<String> edits = LockedEdits.find(run.input(ActionPlanInput.NAME),
				this.snapshots.findByPeriod(shownAt.get()),
				ActionColumn.headers(this.template.aliases(ActionPlanInput.NAME)));
		if (edits.isEmpty()) {
			return;
		}
		log.info("  {}: {} edit(s) to columns boardpack works out were ignored (they are worked out again from the "
				+ "plan's own columns):", run.input(ActionPlanInput.NAME).name(), edits.size());
		edits.stream().limit(EDITS_NAMED).forEach((edit) -> log.info("    {}", edit));
		if (edits.size() > EDITS_NAMED) {
			log.info("    and {} more", edits.size() - EDITS_NAMED);
		}
	}

}
