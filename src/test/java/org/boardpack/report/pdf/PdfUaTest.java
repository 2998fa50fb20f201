package org.boardpack.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.boardpack.pack.BoardPackFixtures;
import org.junit.jupiter.api.Test;

/** The pack conforms to PDF/UA-1, as veraPDF checks it: no rule failed. */
class PdfUaTest {

	@Test
	void aMonthWithHistoryConforms() {
		assertThat(PdfUa.failures(RenderedPdf.bytes(BoardPackFixtures.small()))).isEmpty();
	}

}
