package org.boardpack.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenIdsTests {

	@Test
	void anIdSeenBeforeGivesTheLineItWasFirstSeenOnAcrossGrowth() {
		SeenIds seen = new SeenIds();
		for (int i = 0; i < 100_000; i++) {
			assertThat(seen.firstSeen("AUD-" + i, i + 2)).isEqualTo(-1);
		}
		assertThat(seen.firstSeen("AUD-0", 200_000)).isEqualTo(2);
		assertThat(seen.firstSeen("AUD-99999", 200_001)).isEqualTo(100_001);
		assertThat(seen.firstSeen("AUD-100000", 200_002)).isEqualTo(-1);
		seen.clear();
		assertThat(seen.firstSeen("AUD-0", 5)).isEqualTo(-1);
	}

	@Test
	void lineZeroIsRememberedToo() {
		SeenIds seen = new SeenIds();
		assertThat(seen.firstSeen("x", 0)).isEqualTo(-1);
		assertThat(seen.firstSeen("x", 9)).isZero();
	}

}
