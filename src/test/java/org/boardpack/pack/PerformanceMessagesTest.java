package org.boardpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Messages about measures name a few and count the rest, however many there are. */
class PerformanceMessagesTest {

	@Test
	void fiveOrFewerAreAllNamed() {
		assertThat(PerformanceMessages.firstFew(List.of("A", "B", "C", "D", "E"))).isEqualTo("A; B; C; D; E");
	}

	@Test
	void moreThanFiveAreNamedFiveThenCounted() {
		assertThat(PerformanceMessages.firstFew(List.of("A", "B", "C", "D", "E", "F", "G")))
			.isEqualTo("A; B; C; D; E; and 2 more, listed in the scorecard");
	}

	@Test
	void thousandsOfMeasuresStillGiveAShortMessage() {
		List<String> many = java.util.stream.IntStream.range(0, 6000).mapToObj((i) -> "Measure " + i).toList();
		assertThat(PerformanceMessages.firstFew(many)).hasSizeLessThan(200)
			.endsWith("and 5995 more, listed in the scorecard");
	}

}
