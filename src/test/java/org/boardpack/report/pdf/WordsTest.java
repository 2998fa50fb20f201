package org.boardpack.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import com.lowagie.text.pdf.BaseFont;

import org.boardpack.audit.Share;
import org.junit.jupiter.api.Test;

class WordsTest {

	private static final float SIZE = 8;

	private final BaseFont font = font();

	@Test
	void wordsThatFitAreLeftAlone() {
		String text = "Two posts advertised,\nno appointable candidates.";
		assertThat(Words.breakable(text, this.font, SIZE, 60)).isEqualTo(text);
	}

	@Test
	void aWordWiderThanTheColumnIsBrokenIntoPiecesThatFitEachMarkedWithAHyphen() {
		String word = "https://intranet.northmoor.example/evidence/supervision-audit.xlsx";
		String broken = Words.breakable("See " + word + " for the audit.", this.font, SIZE, 60);
		assertThat(broken).startsWith("See ").endsWith(" for the audit.");
		String[] pieces = broken.substring(4, broken.length() - 15).split("\n");
		assertThat(pieces).hasSizeGreaterThan(3);
		for (int i = 0; i < pieces.length; i++) {
			assertThat(this.font.getWidthPoint(pieces[i], SIZE)).isLessThanOrEqualTo(60);
			if (i < pieces.length - 1) {
				assertThat(pieces[i]).endsWith("-");
			}
		}
		StringBuilder joined = new StringBuilder();
		for (int i = 0; i < pieces.length; i++) {
			joined.append((i < pieces.length - 1) ? pieces[i].substring(0, pieces[i].length() - 1) : pieces[i]);
		}
		assertThat(joined.toString()).isEqualTo(word);
	}

	@Test
	void aShareInANarrowColumnKeepsItsCountAndItsSmallSampleFlag() {
		assertThat(Words.shareStacked(Share.of(5, 8, 10))).isEqualTo("63%*\n5 of 8");
		assertThat(Words.shareStacked(Share.of(28, 50, 10))).isEqualTo("56%\n28 of 50");
		assertThat(Words.shareStacked(Share.of(0, 0, 10))).isEqualTo(Words.NONE);
	}

	private static BaseFont font() {
		try {
			return BaseFont.createFont("liberation/LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
