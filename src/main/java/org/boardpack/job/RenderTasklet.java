package org.boardpack.job;

import static org.boardpack.job.BoardPackJobConfiguration.AS_AT;
import static org.boardpack.job.BoardPackJobConfiguration.OUTPUT;
import static org.boardpack.job.BoardPackJobConfiguration.PERIOD;

import java.nio.file.Path;
import java.time.YearMonth;

import org.boardpack.pack.BoardPack;
import org.boardpack.pack.BoardPackAssembler;
import org.boardpack.report.BoardPackRenderer;
import org.boardpack.report.OutputFolder;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Writes one output of the period into its partial folder, from the run's assembled board pack. */
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
		JobParameters parameters = job.getJobParameters();
		YearMonth period = YearMonth.parse(parameters.getString(PERIOD));
		BoardPack pack = this.assembler.forExecution(job.getId(), period, parameters.getLocalDate(AS_AT));
		OutputFolder folder = new OutputFolder(Path.of(parameters.getString(OUTPUT)), period);
		folder.writePartial(this.renderer.fileName(period), (out) -> this.renderer.render(pack, out));
		return RepeatStatus.FINISHED;
	}

}
