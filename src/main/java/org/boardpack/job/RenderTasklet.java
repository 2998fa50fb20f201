package org.boardpack.job;

import org.boardpack.pack.BoardPack;
import org.boardpack.report.BoardPackRenderer;
import org.boardpack.report.OutputFolder;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes one output of the period into its partial folder, from the job execution's board
 * pack (job-scoped: one per execution, made with the pack it is given).
 */
class RenderTasklet implements Tasklet {

	private final BoardPack pack;

	private final BoardPackRenderer renderer;

	RenderTasklet(BoardPack pack, BoardPackRenderer renderer) {
		this.pack = pack;
		this.renderer = renderer;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		RunParameters run = RunParameters.of(contribution.getStepExecution().getJobParameters());
		OutputFolder folder = run.folder();
		folder.writePartial(this.renderer.fileName(run.period()),
				(out) -> this.renderer.render(this.pack, out, folder.scratchDir()));
		return RepeatStatus.FINISHED;
	}

}
