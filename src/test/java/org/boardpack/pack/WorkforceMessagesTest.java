package org.boardpack.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/**
 * What the workforce figures of seeds/workforce.csv say in the executive summary, worked
 * out by hand from the seed's January rows.
 */
class WorkforceMessagesTest {

	@Test
	void theTeamsOverCapAndTheUnallocatedCasesAreKeyMessages() {
		BoardPack pack = BoardPackFixtures.withSeedWorkforce();
		// Permanence 328 / 20 = 16.4 over 15 and its Amber limit of 16; Assessment 1,009
		// /
		// 52 = 19.4 over 18; all teams 3,024 / 176.8 = 17.1
		assertThat(pack.keyMessages()).contains("2 of 7 teams are over their caseload cap: Permanence 16.4 against a "
				+ "cap of 15 (Red); Assessment 19.4 against a cap of 18 (Amber). Across all teams: 17.1 children per "
				+ "case-holding worker (3,024 cases, 176.8 FTE).",
				"44 cases are waiting for a social worker (unallocated): Assessment 23, Duty 11, Permanence 6, "
						+ "Early Help 4.");
	}

	@Test
	void aTeamAboveItsAmberLimitIsAChallengeAndTheWaitingCasesANote() {
		BoardPack pack = BoardPackFixtures.withSeedWorkforce();
		assertThat(pack.matters().all()).extracting(Matter::ask)
			.contains("Permanence's caseload is above its Amber limit of 16",
					"Note the cases waiting for a social worker.");
		assertThat(pack.matters().all()).filteredOn((m) -> m.ask().startsWith("Permanence's caseload"))
			.extracting(Matter::kind, Matter::ref)
			.containsExactly(tuple(Matter.Kind.CHALLENGE, null));
	}

	@Test
	void withoutTheInputThePackSaysTheWorkforcePageIsLeftOut() {
		BoardPack pack = BoardPackFixtures.small();
		assertThat(pack.workforce().present()).isFalse();
		assertThat(pack.keyMessages())
			.contains("No workforce figures were given for this run, so the workforce page is left out.");
	}

}
