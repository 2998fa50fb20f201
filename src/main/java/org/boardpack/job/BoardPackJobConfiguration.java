package org.boardpack.job;

import java.nio.file.Path;
import java.util.List;

import org.boardpack.input.InputDeclaration;
import org.boardpack.kpi.KpiRules;
import org.boardpack.pack.BoardPack;
import org.boardpack.pack.BoardPackAssembler;
import org.boardpack.rejects.RejectRepository;
import org.boardpack.report.excel.ExcelTracker;
import org.boardpack.report.pdf.PdfBoardPack;
import org.boardpack.template.Template;
import org.boardpack.template.TemplateLoader;
import org.boardpack.workforce.CaseloadCaps;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.core.env.Environment;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The board-pack job: load every declared input (in parallel), reconcile, assess, write
 * the tracker and the pack (in parallel), publish. One job instance per period and set of
 * inputs, so a failed or killed run is resumed where it stopped, and a completed one is
 * not repeated unless asked.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RunOptions.class)
public class BoardPackJobConfiguration {

	public static final String JOB_NAME = "boardPackJob";

	@Bean
	Inputs inputs(List<InputDeclaration<?, ?>> declarations) {
		return new Inputs(declarations);
	}

	@Bean
	Template template(@Value("${template}") String path) {
		return TemplateLoader.load(Path.of(path));
	}

	/**
	 * The template's rules for the measures, for the kpi package (below the template).
	 */
	@Bean
	KpiRules kpiRules(Template template) {
		return template.kpis();
	}

	/** The template's caseload caps, for the workforce package (below the template). */
	@Bean
	CaseloadCaps caseloadCaps(Template template) {
		return template.workforce();
	}

	/**
	 * On PostgreSQL, Flyway creates the authority's history schema and migrates in it,
	 * its own history table there too (HistoryDatabaseDefault sets the connections'). It
	 * is taken from the template bean so that nothing is migrated before the template is
	 * read: a template that cannot be used is reported before any table is made in the
	 * schema a connection falls back on, public.
	 */
	@Bean
	FlywayConfigurationCustomizer historySchema(Template template, Environment environment) {
		return (flyway) -> {
			if (HistoryDatabaseDefault.inAuthoritySchema(environment.getProperty("spring.datasource.url", ""))) {
				flyway.defaultSchema(template.historySchema()).schemas(template.historySchema());
			}
		};
	}

	@Bean
	AsyncTaskExecutor boardPackTaskExecutor() {
		return new SimpleAsyncTaskExecutor("boardpack-");
	}

	@Bean
	Job boardPackJob(JobRepository jobRepository, PlatformTransactionManager transactionManager, Inputs inputs,
			Template template, RejectRepository rejects, Step reconcile, Step assess, Step writeTracker, Step writePack,
			Step publish, AsyncTaskExecutor boardPackTaskExecutor) {
		Flow[] loads = inputs.all()
			.stream()
			.map((input) -> flow(new LoadStep<>(input, jobRepository, transactionManager, template, rejects)))
			.toArray(Flow[]::new);
		Flow load = new FlowBuilder<SimpleFlow>("load").split(boardPackTaskExecutor).add(loads).build();
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

	/**
	 * The period's board pack, both render steps' one: assembled once per job execution
	 * (a restart is a new one), when the first render step asks for it, so a run that
	 * stops before rendering, or a restart whose render steps had completed, never
	 * assembles it. It is in the job scope without a proxy, since BoardPack is a record
	 * and no class-based proxy can stand in for a final class; so only job-scoped beans
	 * take it, the render tasklets, whose proxies are on the Tasklet interface.
	 */
	@Bean
	@Scope(value = "job", proxyMode = ScopedProxyMode.NO)
	BoardPack boardPack(@Value("#{jobExecution.jobParameters}") JobParameters parameters,
			BoardPackAssembler assembler) {
		RunParameters run = RunParameters.of(parameters);
		return assembler.assemble(run.period(), run.asAt());
	}

	@Bean
	@JobScope
	Tasklet writeTrackerTasklet(BoardPack boardPack, ExcelTracker tracker) {
		return new RenderTasklet(boardPack, tracker);
	}

	@Bean
	@JobScope
	Tasklet writePackTasklet(BoardPack boardPack, PdfBoardPack pack) {
		return new RenderTasklet(boardPack, pack);
	}

	@Bean
	Step writeTracker(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Tasklet writeTrackerTasklet) {
		return new StepBuilder("writeTracker", jobRepository).tasklet(writeTrackerTasklet, transactionManager).build();
	}

	@Bean
	Step writePack(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Tasklet writePackTasklet) {
		return new StepBuilder("writePack", jobRepository).tasklet(writePackTasklet, transactionManager).build();
	}

	@Bean
	Step publish(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PublishTasklet publishTasklet) {
		return new StepBuilder("publish", jobRepository).tasklet(publishTasklet, transactionManager).build();
	}

}
