package org.boardpack.job;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.boardpack.actionplan.Action;
import org.boardpack.actionplan.ActionColumn;
import org.boardpack.actionplan.ActionLoader;
import org.boardpack.actionplan.ActionRepository;
import org.boardpack.actionplan.ActionValidator;
import org.boardpack.audit.AuditColumn;
import org.boardpack.audit.AuditLoader;
import org.boardpack.audit.AuditRepository;
import org.boardpack.audit.AuditResult;
import org.boardpack.audit.AuditValidator;
import org.boardpack.input.InputRow;
import org.boardpack.input.RowRejectedException;
import org.boardpack.input.TabularItemReader;
import org.boardpack.pack.BoardPackAssembler;
import org.boardpack.rejects.RejectRecorder;
import org.boardpack.rejects.RejectRepository;
import org.boardpack.report.excel.ExcelTracker;
import org.boardpack.report.pdf.PdfBoardPack;
import org.boardpack.template.Template;
import org.boardpack.template.TemplateLoader;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The board-pack job: load the plan and the audits (in parallel), reconcile, assess,
 * write the tracker and the pack (in parallel), publish. One job instance per period and
 * set of inputs, so a failed or killed run is resumed where it stopped, and a completed
 * one is not repeated unless asked.
 */
@Configuration(proxyBeanMethods = false)
public class BoardPackJobConfiguration {

	public static final String JOB_NAME = "boardPackJob";

	/**
	 * Job parameters. period, asAt, inputs (a digest of the input files and template) and
	 * rerun identify a run.
	 */
	public static final String PERIOD = "period";

	public static final String AS_AT = "asAt";

	public static final String INPUTS = "inputs";

	public static final String RERUN = "rerun";

	public static final String ACTIONS = "actions";

	public static final String ACTIONS_SHEET = "actionsSheet";

	public static final String AUDITS = "audits";

	public static final String AUDITS_SHEET = "auditsSheet";

	public static final String OUTPUT = "output";

	public static final String TEMPLATE = "template";

	public static final String TEMPLATE_SHA = "templateSha256";

	public static final String MAX_REJECT_PERCENT = "maxRejectPercent";

	static final String LOAD_ACTIONS = "loadActions";

	static final String LOAD_AUDITS = "loadAudits";

	private static final int ACTION_CHUNK = 500;

	private static final int AUDIT_CHUNK = 5000;

	@Bean
	RunOptions runOptions(Environment environment, ApplicationArguments arguments) {
		return RunOptions.from(environment, arguments);
	}

	@Bean
	Template template(@Value("${template}") String path) {
		return TemplateLoader.load(Path.of(path));
	}

	@Bean
	AsyncTaskExecutor boardPackTaskExecutor() {
		return new SimpleAsyncTaskExecutor("boardpack-");
	}

	@Bean
	Job boardPackJob(JobRepository jobRepository, Step loadActions, Step loadAudits, Step reconcile, Step assess,
			Step writeTracker, Step writePack, Step publish, AsyncTaskExecutor boardPackTaskExecutor) {
		Flow load = new FlowBuilder<SimpleFlow>("load").split(boardPackTaskExecutor)
			.add(flow(loadActions), flow(loadAudits))
			.build();
		Flow render = new FlowBuilder<SimpleFlow>("render").split(boardPackTaskExecutor)
			.add(flow(writeTracker), flow(writePack))
			.build();
		return new JobBuilder(JOB_NAME, jobRepository).start(load)
			.next(reconcile)
			.next(assess)
			.next(render)
			.next(publish)
			.end()
			.build();
	}

	private static Flow flow(Step step) {
		return new FlowBuilder<SimpleFlow>(step.getName()).start(step).build();
	}

	/*
	 * The load steps' reader, validator, writer and reject recorder are plain singletons
	 * bound to each run's parameters before the step opens them. Step-scoped beans would
	 * do the same through a proxy on every read and process call: about 15% of loading a
	 * national-scale audit file.
	 */

	@Bean
	Step loadActions(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			TabularItemReader<ActionColumn> actionReader, ActionValidator actionValidator, ActionLoader actionLoader,
			RejectRecorder actionRejects) {
		return new StepBuilder(LOAD_ACTIONS, jobRepository).<InputRow<ActionColumn>, Action>chunk(ACTION_CHUNK)
			.transactionManager(transactionManager)
			.listener(beforeStep((run) -> {
				actionReader.bind(run.actions());
				actionLoader.bind(run.key());
				actionRejects.start(run.key());
			}))
			.reader(actionReader)
			.processor(actionValidator)
			.writer(actionLoader)
			.faultTolerant()
			.skipPolicy((failure, skips) -> failure instanceof RowRejectedException)
			// rejected rows as they are skipped, warnings as rows are processed
			.listener((StepListener) actionRejects)
			.build();
	}

	@Bean
	TabularItemReader<ActionColumn> actionReader(Template template) {
		return new TabularItemReader<>(ActionColumn.class, template.aliases(ACTIONS), ExcelTracker.DERIVED_HEADERS);
	}

	@Bean
	ActionValidator actionValidator() {
		return new ActionValidator();
	}

	@Bean
	ActionLoader actionLoader(ActionRepository actions) {
		return new ActionLoader(actions);
	}

	@Bean
	RejectRecorder actionRejects(RejectRepository rejects) {
		return new RejectRecorder(ACTIONS, rejects);
	}

	@Bean
	Step loadAudits(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			TabularItemReader<AuditColumn> auditReader, AuditValidator auditValidator, AuditLoader auditLoader,
			RejectRecorder auditRejects) {
		return new StepBuilder(LOAD_AUDITS, jobRepository).<InputRow<AuditColumn>, AuditResult>chunk(AUDIT_CHUNK)
			.transactionManager(transactionManager)
			.listener(beforeStep((run) -> {
				auditReader.bind(run.audits());
				auditLoader.bind(run.period(), run.asAt());
				auditRejects.start(run.key());
			}))
			.reader(auditReader)
			.processor(auditValidator)
			.writer(auditLoader)
			.faultTolerant()
			.skipPolicy((failure, skips) -> failure instanceof RowRejectedException)
			// rejected rows as they are skipped, warnings as rows are processed
			.listener((StepListener) auditRejects)
			.build();
	}

	@Bean
	TabularItemReader<AuditColumn> auditReader(Template template) {
		return new TabularItemReader<>(AuditColumn.class, template.aliases(AUDITS), List.of());
	}

	@Bean
	AuditValidator auditValidator() {
		return new AuditValidator();
	}

	@Bean
	AuditLoader auditLoader(AuditRepository audits, TabularItemReader<AuditColumn> auditReader) {
		return new AuditLoader(audits, auditReader::exhausted);
	}

	@Bean
	RejectRecorder auditRejects(RejectRepository rejects) {
		return new RejectRecorder(AUDITS, rejects);
	}

	/** Binds a step's components to the run before the step opens them. */
	private static StepExecutionListener beforeStep(Consumer<RunParameters> binding) {
		return new StepExecutionListener() {
			@Override
			public void beforeStep(StepExecution stepExecution) {
				binding.accept(RunParameters.of(stepExecution.getJobParameters()));
			}
		};
	}

	@Bean
	Step reconcile(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReconcileTasklet reconcileTasklet) {
		return new StepBuilder("reconcile", jobRepository).tasklet(reconcileTasklet, transactionManager).build();
	}

	@Bean
	Step assess(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			AssessTasklet assessTasklet) {
		return new StepBuilder("assess", jobRepository).tasklet(assessTasklet, transactionManager).build();
	}

	@Bean
	Step writeTracker(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			BoardPackAssembler assembler, ExcelTracker tracker) {
		return new StepBuilder("writeTracker", jobRepository)
			.tasklet(new RenderTasklet(assembler, tracker), transactionManager)
			.build();
	}

	@Bean
	Step writePack(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			BoardPackAssembler assembler, PdfBoardPack pack) {
		return new StepBuilder("writePack", jobRepository)
			.tasklet(new RenderTasklet(assembler, pack), transactionManager)
			.build();
	}

	@Bean
	Step publish(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PublishTasklet publishTasklet) {
		return new StepBuilder("publish", jobRepository).tasklet(publishTasklet, transactionManager).build();
	}

}
