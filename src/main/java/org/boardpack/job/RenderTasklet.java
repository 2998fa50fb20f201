package org.boardpack.job;

import org.boardpack.pack.BoardPack;
import org.boardpack.pack.BoardPackAssembler;
import org.boardpack.report.BoardPackRenderer;
import org.boardpack.report.OutputFolder;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes one output of the period into its partial folder, from the run's assembled board
 * pack.
 */
class RenderTasklet implements Tasklet {

	private final BoardPackAssembler assembler;

	private final BoardPackRenderer renderer;

	RenderTasklet(BoardPackAssembler assembler, BoardPackRenderer renderer) {
		this.assembler = assembler;
		this.renderer = renderer;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		JobExecution job = contribution.getStepExecution().getJobExecution();
		RunParameters run = RunParameters.of(job.getJobParameters());
		BoardPack pack = this.assembler.forExecution(job.getId(), run.period(), run.asAt());
		OutputFolder folder = run.folder();
		folder.writePartial(this.renderer.fileName(run.period()),
				(out) -> this.renderer.render(pack, out, folder.scratchDir()));
		return RepeatStatus.FINISHED;
	}

}
