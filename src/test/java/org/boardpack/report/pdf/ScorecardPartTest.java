package org.boardpack.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boardpack.report.pdf.RenderedPdf.squeeze;

import java.nio.file.Files;
import java.nio.file.Path;

import org.boardpack.pack.BoardPack;
import org.boardpack.pack.BoardPackFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scorecard page of the fixture pack with every measure of seeds/kpis.csv, checked
 * against figures worked out by hand from the seed rows.
 */
class ScorecardPartTest {

	private static RenderedPdf pdf;

	private static int page;

	@BeforeAll
	static void render() throws Exception {
		BoardPack pack = BoardPackFixtures.withSeedMeasures();
		byte[] bytes = RenderedPdf.bytes(pack);
		Path out = Path.of("target/scorecard-test.pdf");
		Files.write(out, bytes);
		pdf = RenderedPdf.read(bytes);
		page = pdf.pageWith("Statistical neighbours");
	}

	@Test
	void theScorecardIsOnePageBeforeTheAnnexWithTheRulePrinted() {
		String text = pdf.page(page);
		assertThat(text).contains("Performance scorecard", "Higher is better: Green at or above target");
		assertThat(pdf.page(page + 1)).contains("Section pages (annex)");
		// Every domain of the seeds, in the file's order.
		assertThat(text).containsSubsequence("Front door", "Assessment", "Child protection", "Children in care",
				"Care leavers", "Workforce");
	}

	@Test
	void everyHeaderWordIsPrintedWhole() {
		String header = RenderedPdf.between(pdf.page(page), "Measure", "Front door");
		assertThat(header).contains("RAG", "Months").doesNotContain("-");
	}

	@Test
	void eachMeasureShowsItsFiguresAsWorkedOutFromTheSeedRows() {
		String squeezed = pdf.squeezed(page);
		// MASH: 457 of 476 = 96.0%; December 420 of 452 = 92.9%; January 2020 328 of 512
		// =
		// 64.1%.
		assertThat(squeezed).contains(squeeze("MASH decisions made within 24 hours 96% 457 of 476 95% or more G "
				+ "Improving from 92.9% Improving from 64.1% – –"));
		// Health assessments: 4 of 9 = 44.4%, Red every month of the thirteen;
		// statistical
		// neighbours 38%.
		assertThat(squeezed).contains(squeeze("44.4% 4 of 9, small 85% or more R"));
		assertThat(squeezed).contains(squeeze("Better (38%)"));
		// Caseload: 1,650 cases / 86.8 FTE = 19.0 against 18 or less, tolerance 2: Amber;
		// December 1,660 / 88.6 = 18.7.
		assertThat(squeezed).contains(squeeze("19 1,650 / 86.8 18 or less A Worsening from 18.7"));
		assertThat(squeezed).contains(squeeze("Worse (16.5) Worse (16.3)"));
		// Care leavers in EET: 86 of 179 = 48.0%, no target, so no RAG.
		assertThat(squeezed).contains(squeeze("48% 86 of 179 No target –"));
		// Conferences: 17 of 24 = 70.8%, down from 30 of 36 = 83.3%.
		assertThat(squeezed).contains(squeeze("70.8% 17 of 24 85% or more R Worsening from 83.3%"));
	}

	@Test
	void smallNumbersAndTheBenchmarkYearAreSaid() {
		assertThat(pdf.page(page)).contains("Small numbers (a denominator below 10)")
			.contains("are for 2019-20, the latest published");
	}

}
