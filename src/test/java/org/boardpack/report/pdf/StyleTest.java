package org.boardpack.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;

import org.boardpack.actionplan.Rag;
import org.boardpack.pack.BoardPackFixtures;
import org.junit.jupiter.api.Test;

/** Text on the template's colours reads at WCAG AA: a contrast of at least 4.5:1. */
class StyleTest {

	private final Style style = Style.of(BoardPackFixtures.template());

	@Test
	void textOnEveryRagColourAndOnTheHeadingColourHasContrastOfAtLeastFourAndAHalf() {
		for (Rag rag : Rag.values()) {
			Color fill = this.style.rag(rag);
			assertThat(Style.contrast(fill, this.style.inkOn(fill))).as(rag.label()).isGreaterThanOrEqualTo(4.5);
		}
		Color heading = this.style.heading();
		assertThat(Style.contrast(heading, this.style.inkOn(heading))).isGreaterThanOrEqualTo(4.5);
		assertThat(Style.contrast(heading, Color.WHITE)).as("headings on the page").isGreaterThanOrEqualTo(4.5);
		assertThat(Style.contrast(this.style.muted(), Color.WHITE)).as("notes").isGreaterThanOrEqualTo(4.5);
	}

	@Test
	void amberTakesDarkTextBecauseWhiteOnItWouldNotRead() {
		Color amber = this.style.rag(Rag.AMBER);
		assertThat(Style.contrast(amber, Color.WHITE)).isLessThan(4.5);
		assertThat(this.style.inkOn(amber)).isEqualTo(this.style.ink());
		// White on the template's green, worked out by hand: 4.62.
		assertThat(Style.contrast(this.style.rag(Rag.GREEN), Color.WHITE)).isBetween(4.6, 4.65);
	}

}
