package org.boardpack.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boardpack.job.JobTestSupport.SEED_ACTIONS;
import static org.boardpack.job.JobTestSupport.SEED_AUDITS;
import static org.boardpack.job.JobTestSupport.options;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.nio.file.Path;
import java.util.List;

import org.boardpack.pack.BoardPack;
import org.boardpack.pack.BoardPackAssembler;
import org.boardpack.report.excel.ExcelTracker;
import org.boardpack.report.pdf.PdfBoardPack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A restart that is certain to happen, beside the SIGKILL tests that depend on timing:
 * the assess step fails once by design (as Spring Batch's own RestartFunctionalTests do),
 * and the same parameters then restart the same job instance from that step, skip the
 * loads that completed, and give the files an uninterrupted run gives.
 */
@SpringBatchTest
@SpringBootTest(properties = { "boardpack.run-on-startup=false",
		"spring.datasource.url=jdbc:h2:mem:restart-tests;DB_CLOSE_DELAY=-1",
		"logging.file.name=target/test-logs/restart.log" })
class RestartTests {

	@Autowired
	private JobOperatorTestUtils jobs;

	@MockitoSpyBean
	private AssessTasklet assess;

	@MockitoSpyBean
	private BoardPackAssembler assembler;

	@MockitoSpyBean
	private ExcelTracker tracker;

	@MockitoSpyBean
	private PdfBoardPack pdf;

	@TempDir
	Path dir;

	@Autowired
	void setJob(Job boardPackJob) {
		this.jobs.setJob(boardPackJob);
	}

	@Test
	void aStepThatFailsOnceIsRestartedInTheSameJobInstanceToTheSameFiles() throws Exception {
		doThrow(new IllegalStateException("fails once, by design")).doCallRealMethod()
			.when(this.assess)
			.execute(any(), any());
		Path restarted = this.dir.resolve("restarted");
		JobParameters parameters = options("2021-01", SEED_ACTIONS, SEED_AUDITS, restarted).toJobParameters();

		JobExecution failed = this.jobs.startJob(parameters);
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(failed.getAllFailureExceptions()).extracting(Throwable::getMessage)
			.contains("fails once, by design");
		assertThat(restarted.resolve("2021-01")).doesNotExist();
		// no render step ran, so no pack was assembled
		verify(this.assembler, never()).assemble(any(), any());

		JobExecution resumed = this.jobs.startJob(parameters);
		assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(resumed.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
		assertThat(resumed.getId()).isNotEqualTo(failed.getId());
		assertThat(stepNames(failed)).contains("loadActions", "loadAudits", "reconcile", "assess")
			.doesNotContain("writePack", "publish");
		// the loads and the reconciliation completed the first time: not repeated
		assertThat(stepNames(resumed)).containsExactlyInAnyOrder("assess", "writeTracker", "writePack", "publish");
		verify(this.assembler, times(1)).assemble(any(), any());

		// an uninterrupted run of the same files, as a rerun into another folder
		Path uninterrupted = this.dir.resolve("uninterrupted");
		JobParameters again = new JobParametersBuilder(
				options("2021-01", SEED_ACTIONS, SEED_AUDITS, uninterrupted).toJobParameters())
			.addLong(RunParameters.RERUN, 1L, true)
			.toJobParameters();
		assertThat(this.jobs.startJob(again).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		for (String name : List.of("board-pack-2021-01.pdf", "tracker-2021-01.xlsx", "rejects-2021-01.csv")) {
			assertThat(restarted.resolve("2021-01").resolve(name)).as(name)
				.hasSameBinaryContentAs(uninterrupted.resolve("2021-01").resolve(name));
		}
	}

	private static List<String> stepNames(JobExecution execution) {
		return execution.getStepExecutions().stream().map(StepExecution::getStepName).toList();
	}

	/**
	 * The render steps run in parallel from one pack of the job execution; a restart is a
	 * new execution, so the step it runs again assembles the pack again, once.
	 */
	@Test
	void bothRenderStepsWriteFromOnePackAssembledOncePerJobExecution() throws Exception {
		doThrow(new IllegalStateException("fails once, by design")).doCallRealMethod()
			.when(this.pdf)
			.render(any(), any(), any());
		JobParameters parameters = RunParameters
			.rerun(options("2021-01", SEED_ACTIONS, SEED_AUDITS, this.dir.resolve("out")).toJobParameters(), 10);

		JobExecution failed = this.jobs.startJob(parameters);
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		ArgumentCaptor<BoardPack> tracked = ArgumentCaptor.forClass(BoardPack.class);
		ArgumentCaptor<BoardPack> printed = ArgumentCaptor.forClass(BoardPack.class);
		verify(this.tracker).render(tracked.capture(), any(), any());
		verify(this.pdf).render(printed.capture(), any(), any());
		assertThat(printed.getValue()).isSameAs(tracked.getValue());
		verify(this.assembler, times(1)).assemble(any(), any());

		JobExecution resumed = this.jobs.startJob(parameters);
		assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(stepNames(resumed)).containsExactlyInAnyOrder("writePack", "publish");
		verify(this.assembler, times(2)).assemble(any(), any());
		verify(this.pdf, times(2)).render(printed.capture(), any(), any());
		assertThat(printed.getValue()).isNotSameAs(tracked.getValue()).isEqualTo(tracked.getValue());
		assertThat(this.dir.resolve("out/2021-01/board-pack-2021-01.pdf")).exists();
	}

}
