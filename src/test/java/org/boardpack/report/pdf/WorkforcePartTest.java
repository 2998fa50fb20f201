package org.boardpack.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.boardpack.report.pdf.RenderedPdf.squeeze;

import java.nio.file.Files;
import java.nio.file.Path;

import org.boardpack.pack.BoardPackFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workforce page of the fixture pack with every valid row of seeds/workforce.csv,
 * checked against figures worked out by hand from the seed rows.
 */
class WorkforcePartTest {

	private static RenderedPdf pdf;

	private static int page;

	@BeforeAll
	static void render() throws Exception {
		byte[] bytes = RenderedPdf.bytes(BoardPackFixtures.withSeedWorkforce());
		Files.write(Path.of("target/workforce-test.pdf"), bytes);
		pdf = RenderedPdf.read(bytes);
		page = pdf.pageWith("Caps: 18");
	}

	@Test
	void theWorkforcePageIsOnePageBeforeTheAnnexTeamsOverCapFirst() {
		String text = pdf.page(page);
		assertThat(text).contains("Workforce and caseloads", "Caps: 18 (Amber to 20) for all teams");
		assertThat(pdf.page(page + 1)).contains("Section pages (annex)");
		// Permanence (Red) before Assessment (Amber), then the Green teams by name, all
		// teams last
		assertThat(text).containsSubsequence("Permanence", "Assessment", "Care Leavers", "Child Protection",
				"Children in Care", "Duty", "Early Help", "All teams");
	}

	@Test
	void eachTeamShowsItsFiguresWithTheirCounts() {
		String squeezed = pdf.squeezed(page);
		// Permanence, January: 328 cases / 20 FTE = 16.4 against 15 (Amber to 16): Red;
		// agency 6 of 24 - 2 = 22 filled: 27.3%; vacancy 2 of 24: 8.3%; leavers 5 over a
		// mean 21 filled (12 months of 20 + 2 down to 18 + 2): 23.8%; 6 unallocated;
		// supervision 18 of 22: 81.8%
		assertThat(squeezed).contains(squeeze("Permanence 16.4 328 cases, 20 FTE 15 Amber to 16 R 27.3% 6 of 22 FTE "
				+ "8.3% 2 of 24 FTE 23.8% 5 leavers, mean 21 FTE 6 81.8% 18 of 22"));
		// Early Help gives no supervision figures: not given, not 0%
		assertThat(squeezed).contains(squeeze("Early Help 13.9 236 cases, 17 FTE"));
		assertThat(squeezed).contains(squeeze("4 Not given"));
		// all teams: 3,024 cases / 176.8 FTE = 17.1, Green against 18; 44 unallocated
		assertThat(squeezed).contains(squeeze("All teams 17.1 3,024 cases, 176.8 FTE 18 Amber to 20 G"));
	}

}
