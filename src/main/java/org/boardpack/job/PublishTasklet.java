package org.boardpack.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.boardpack.input.InputFile;
import org.boardpack.rejects.FileLoadRepository;
import org.boardpack.rejects.Reject;
import org.boardpack.rejects.RejectRepository;
import org.boardpack.report.Manifest;
import org.boardpack.report.OutputFolder;
import org.boardpack.report.RejectsCsv;
import org.boardpack.report.excel.ExcelTracker;
import org.boardpack.report.pdf.PdfBoardPack;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Finishes the period's outputs: the rejects report when anything was rejected, the
 * manifest, then every file moved from the partial folder into the period's folder. A
 * rejects report left from an earlier run of the period that this run does not replace is
 * removed, so the folder never describes another run.
 */
@Component
class PublishTasklet implements Tasklet {

	private final RejectRepository rejects;

	private final FileLoadRepository fileLoads;

	private final PdfBoardPack pack;

	private final ExcelTracker tracker;

	PublishTasklet(RejectRepository rejects, FileLoadRepository fileLoads, PdfBoardPack pack, ExcelTracker tracker) {
		this.rejects = rejects;
		this.fileLoads = fileLoads;
		this.pack = pack;
		this.tracker = tracker;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		JobExecution job = contribution.getStepExecution().getJobExecution();
		RunParameters run = RunParameters.of(job.getJobParameters());
		String period = run.key();
		YearMonth month = run.period();
		OutputFolder folder = run.folder();
		List<Reject> rejected = this.rejects.findByPeriod(period);
		String rejectsName = RejectsCsv.fileName(month);
		if (!rejected.isEmpty()) {
			folder.writePartial(rejectsName, (out) -> RejectsCsv.write(rejected, out));
		}
		List<Manifest.Output> outputs = new ArrayList<>();
		for (String name : List.of(this.pack.fileName(month), this.tracker.fileName(month), rejectsName)) {
			Path file = finished(folder, name);
			if (file != null && (!name.equals(rejectsName) || !rejected.isEmpty())) {
				outputs.add(new Manifest.Output(name, new InputFile(file, null).sha256()));
			}
		}
		Manifest manifest = new Manifest(period, run.asAt().toString(), job.getId(),
				this.fileLoads.findByPeriod(period),
				new Manifest.Output(run.template().toString(), run.templateSha256()), outputs);
		folder.writePartial(Manifest.fileName(period), manifest::write);
		folder.publish(List.of(rejectsName));
		return RepeatStatus.FINISHED;
	}

	/**
	 * The finished file: still in the partial folder, or already moved by an interrupted
	 * publish.
	 */
	private static Path finished(OutputFolder folder, String name) {
		Path partial = folder.partialDir().resolve(name);
		if (Files.exists(partial)) {
			return partial;
		}
		Path published = folder.periodDir().resolve(name);
		return Files.exists(published) ? published : null;
	}

}
