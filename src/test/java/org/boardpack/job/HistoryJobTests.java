package org.boardpack.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boardpack.job.JobTestSupport.SEED_ACTIONS;
import static org.boardpack.job.JobTestSupport.SEED_AUDITS;
import static org.boardpack.job.JobTestSupport.options;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.boardpack.actionplan.AssessedAction;
import org.boardpack.actionplan.Rag;
import org.boardpack.actionplan.SinceLastBoard.DateMove;
import org.boardpack.actionplan.SinceLastBoard.RagMove;
import org.boardpack.actionplan.SinceLastBoard;
import org.boardpack.pack.BoardPack;
import org.boardpack.pack.BoardPackAssembler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Three monthly runs on one database, as a council would make them before three boards:
 * November and December from seeds/history, then January. "Since the last board" in
 * January is checked against the seed plan's story, worked out by hand from the three
 * files. Run on each history database by its subclasses (H2 and PostgreSQL).
 */
@SpringBatchTest
@SpringBootTest(properties = { "boardpack.run-on-startup=false", "logging.file.name=target/test-logs/history.log" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HistoryJobTests {

	@Autowired
	private JobOperatorTestUtils jobs;

	@Autowired
	private JobRepositoryTestUtils jobRepository;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private BoardPackAssembler assembler;

	@TempDir
	static Path output;

	@Autowired
	void setJob(Job boardPackJob) {
		this.jobs.setJob(boardPackJob);
	}

	@BeforeAll
	void runThreeMonths() throws Exception {
		run("2020-11", Path.of("seeds/history/actions-2020-11.csv"));
		run("2020-12", Path.of("seeds/history/actions-2020-12.csv"));
		run("2021-01", SEED_ACTIONS);
	}

	@AfterAll
	void cleanUp() {
		this.jobRepository.removeJobExecutions();
	}

	private void run(String period, Path actions) throws Exception {
		assertThat(this.jobs.startJob(options(period, actions, SEED_AUDITS, output).toJobParameters()).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void sinceTheLastBoardComparesJanuaryWithDecembersStoredSnapshot() {
		SinceLastBoard since = january().sinceLastBoard();
		assertThat(since.previousPeriod()).isEqualTo("2020-12");
		assertThat(refs(since.completed())).containsExactly("2.4", "2.5", "5.5", "7.2");
		assertThat(refs(since.embedded())).containsExactly("5.2");
		assertThat(refs(since.newlyOverdue())).containsExactly("4.3", "6.4");
		assertThat(since.dueDateMoves()).extracting((m) -> m.action().ref()).containsExactly("5.7", "6.1", "8.1");
		DateMove move = since.dueDateMoves().get(0);
		assertThat(move.from()).isEqualTo(LocalDate.of(2021, 1, 31));
		assertThat(move.to()).isEqualTo(LocalDate.of(2021, 3, 31));
		assertThat(move.days()).isEqualTo(59);
		assertThat(refs(since.added())).containsExactly("2.7", "6.8");
		assertThat(refs(since.removed())).containsExactly("5.6");
		assertThat(since.ragMoves()).allSatisfy((m) -> assertThat(m.from()).isNotEqualTo(m.to()));
		// a completion is listed as completed, not again as a RAG change
		assertThat(since.ragMoves()).extracting(RagMove::to).doesNotContain(Rag.BLUE);
	}

	@Test
	void dateMovesCountAcrossTheStoredMonths() {
		// 5.7: due 30/11/2020 in November, revised to 31/01/2021 in December, to
		// 31/03/2021 in January: 2 moves.
		// 6.1: due 31/10/2020 but already revised to 31/12/2020 in November, then
		// 28/02/2021, then 31/03/2021: 3.
		assertThat(january().actions()).filteredOn((a) -> a.ref().equals("5.7") || a.ref().equals("6.1"))
			.extracting((a) -> a.ref() + " " + a.dateMoves() + " " + a.firstDueDate() + " " + a.slippedDays())
			.containsExactly("5.7 2 2020-11-30 121", "6.1 3 2020-10-31 151");
	}

	@Test
	void theTrendHasOnePointPerStoredMonth() {
		assertThat(january().trend()).extracting((p) -> p.period() + " " + p.actions())
			.containsExactly("2020-11 51", "2020-12 51", "2021-01 52");
	}

	@Test
	void rerunningAMonthReplacesItsSnapshotAndLeavesTheOthersAlone() throws Exception {
		JobParameters again = new JobParametersBuilder(
				options("2020-12", Path.of("seeds/history/actions-2020-12.csv"), SEED_AUDITS, output).toJobParameters())
			.addLong(RunParameters.RERUN, 1L, true)
			.toJobParameters();
		assertThat(this.jobs.startJob(again).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForList(
				"SELECT period || ' ' || COUNT(*) FROM action_snapshot GROUP BY period ORDER BY period", String.class))
			.containsExactly("2020-11 51", "2020-12 51", "2021-01 52");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM period_summary", Integer.class)).isEqualTo(3);
	}

	private BoardPack january() {
		return this.assembler.assemble(YearMonth.of(2021, 1), LocalDate.of(2021, 1, 31));
	}

	private static List<String> refs(List<AssessedAction> actions) {
		return actions.stream().map(AssessedAction::ref).toList();
	}

}
