package org.boardpack.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.boardpack.BoardPackException.ExitCode;
import org.boardpack.BoardPackException;
import org.boardpack.input.InputDeclaration;
import org.boardpack.input.InputFile;
import org.boardpack.input.TabularItemReader.ReadSummary;
import org.boardpack.rejects.FileLoad;
import org.boardpack.rejects.FileLoadRepository;
import org.boardpack.rejects.RejectRepository;
import org.boardpack.report.OutputFolder;
import org.boardpack.report.RejectsCsv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Reconciles each input file (rows read = loaded + rejected) from what its load step
 * recorded, stores the reconciliation (and which inputs the run left out), and stops the
 * run when a required input loaded nothing or a file's rejects pass the limit asked for.
 */
@Component
class ReconcileTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ReconcileTasklet.class);

	private final JobRepository jobRepository;

	private final FileLoadRepository fileLoads;

	private final RejectRepository rejects;

	private final Inputs inputs;

	ReconcileTasklet(JobRepository jobRepository, FileLoadRepository fileLoads, RejectRepository rejects,
			Inputs inputs) {
		this.inputs = inputs;
		this.jobRepository = jobRepository;
		this.fileLoads = fileLoads;
		this.rejects = rejects;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobExecution job = contribution.getStepExecution().getJobExecution();
		RunParameters run = RunParameters.of(job.getJobParameters());
		String period = run.key();
		List<FileLoad> loads = new ArrayList<>();
		for (InputDeclaration<?, ?> input : this.inputs.all()) {
			FileLoad load = reconcile(job, period, input, run.input(input.name()));
			loads.add(load);
			if (input.required() && load.loaded() == 0) {
				String why = (load.rejected() == 0) ? "it has no rows" : "all " + load.rowsRead()
						+ " rows were rejected; the reasons are in " + RejectsCsv.fileName(run.period());
				if (load.rejected() > 0) {
					publishRejects(run);
				}
				throw new BoardPackException(
						load.source() + ": nothing could be loaded from " + input.description() + ": " + why,
						ExitCode.INPUT_FILE);
			}
		}
		Double maxPercent = run.maxRejectPercent();
		if (maxPercent != null) {
			for (FileLoad load : loads) {
				if (load.rowsRead() > 0 && 100.0 * load.rejected() / load.rowsRead() > maxPercent) {
					publishRejects(run);
					throw new BoardPackException(load.source() + ": " + load.rejected() + " of " + load.rowsRead()
							+ " rows rejected, more than the " + maxPercent + "% allowed by --max-reject-percent; "
							+ "the reasons are in " + RejectsCsv.fileName(run.period()), ExitCode.TOO_MANY_REJECTS);
				}
			}
		}
		return RepeatStatus.FINISHED;
	}

	private FileLoad reconcile(JobExecution job, String period, InputDeclaration<?, ?> input, InputFile file) {
		StepExecution load = this.jobRepository.getLastStepExecution(job.getJobInstance(), LoadStep.name(input));
		FileLoad fileLoad;
		if (file == null) {
			fileLoad = FileLoad.leftOut(input.name(), input.description());
		}
		else {
			ReadSummary read = ReadSummary.from(load.getExecutionContext());
			fileLoad = new FileLoad(input.name(), file.shown(), read.source(), read.sha256(), read.headerLine(),
					read.rowsRead(), load.getWriteCount(), load.getSkipCount(), read.blankRows(), read.unknownColumns(),
					read.recomputedColumns(), load.getExecutionContext().getLong(InputDeclaration.AFTER_AS_AT, 0),
					this.rejects.countWarnings(period, input.name()), read.notices(), true);
		}
		long recorded = this.rejects.countRows(period, input.name());
		if (!fileLoad.reconciles() || recorded != load.getSkipCount()) {
			throw new IllegalStateException(fileLoad.reconciliation() + " does not add up (" + recorded
					+ " rejected rows recorded): a defect in boardpack, please report it");
		}
		this.fileLoads.save(period, fileLoad);
		log.info("  {}", fileLoad.reconciliation());
		return fileLoad;
	}

	/** The run stops here, but officers still need the reasons to fix their rows. */
	private void publishRejects(RunParameters run) {
		OutputFolder folder = run.folder();
		try {
			folder.clearPartial();
			folder.writePartial(RejectsCsv.fileName(run.period()),
					(out) -> RejectsCsv.write(this.rejects.findByPeriod(run.key()), out));
			folder.publish(List.of());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
