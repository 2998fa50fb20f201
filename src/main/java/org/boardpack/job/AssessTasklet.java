package org.boardpack.job;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.boardpack.actionplan.Action;
import org.boardpack.actionplan.ActionAssessor;
import org.boardpack.actionplan.ActionRepository;
import org.boardpack.actionplan.AssessedAction;
import org.boardpack.actionplan.DueDateHistory;
import org.boardpack.actionplan.SnapshotRepository;
import org.boardpack.actionplan.Tally;
import org.boardpack.template.Template;

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

	private final SnapshotRepository snapshots;

	AssessTasklet(Template template, ActionRepository actions, SnapshotRepository snapshots) {
		this.template = template;
		this.actions = actions;
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
		this.snapshots.save(period, asAt, assessed, Tally.of(assessed));
		return RepeatStatus.FINISHED;
	}

}
