package org.boardpack.job;

import java.util.List;

import org.boardpack.input.ColumnSpec;
import org.boardpack.input.InputDeclaration;
import org.boardpack.input.InputFile;
import org.boardpack.input.InputRow;
import org.boardpack.input.LoadRun;
import org.boardpack.input.RowRejectedException;
import org.boardpack.input.TabularItemReader;
import org.boardpack.rejects.RejectRecorder;
import org.boardpack.rejects.RejectRepository;
import org.boardpack.template.Template;

import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The load step of one declared input: read its file, validate each row, send the valid
 * rows where the input says and record the rejected ones. Each execution builds its own
 * chunk step from the run's job parameters, with a new reader, validator, writer and
 * reject recorder: what a job-scoped step gives, without a scope proxy on every read,
 * process and write (step-scoped proxies cost about 15% of loading a national-scale audit
 * file). An input the run leaves out reads no rows, so the period's earlier rows of it
 * are still cleared.
 */
final class LoadStep<C extends Enum<C> & ColumnSpec, T> implements Step {

	private final InputDeclaration<C, T> input;

	private final JobRepository jobRepository;

	private final PlatformTransactionManager transactionManager;

	private final Template template;

	private final RejectRepository rejects;

	LoadStep(InputDeclaration<C, T> input, JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Template template, RejectRepository rejects) {
		this.input = input;
		this.jobRepository = jobRepository;
		this.transactionManager = transactionManager;
		this.template = template;
		this.rejects = rejects;
	}

	/** The step's name for an input: loadActions, loadAudits. */
	static String name(InputDeclaration<?, ?> input) {
		return "load" + Character.toUpperCase(input.name().charAt(0)) + input.name().substring(1);
	}

	@Override
	public String getName() {
		return name(this.input);
	}

	@Override
	public void execute(StepExecution stepExecution) throws JobInterruptedException {
		RunParameters run = RunParameters.of(stepExecution.getJobParameters());
		build(run).execute(stepExecution);
	}

	private Step build(RunParameters run) {
		InputFile file = run.input(this.input.name());
		ItemReader<InputRow<C>> reader = (file != null) ? new TabularItemReader<>(file, this.input.columns(),
				this.template.aliases(this.input.name()), this.input.recomputedHeaders())
				: new ListItemReader<>(List.of());
		RejectRecorder recorder = new RejectRecorder(this.input.name(), run.key(), this.rejects);
		return new StepBuilder(getName(), this.jobRepository).<InputRow<C>, T>chunk(this.input.chunkSize())
			.transactionManager(this.transactionManager)
			// cleared as the step starts, rejected rows as they are skipped, warnings as
			// rows are processed
			.listener((StepListener) recorder)
			.reader(reader)
			.processor(this.input.validator().get())
			.writer(this.input.rows().apply(new LoadRun(run.period(), run.asAt())))
			.faultTolerant()
			.skipPolicy((failure, skips) -> failure instanceof RowRejectedException)
			.build();
	}

}
