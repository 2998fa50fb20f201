package org.boardpack.report.pdf;

import java.util.Arrays;

import com.lowagie.text.pdf.PdfPTable;

/**
 * A table whose rows are measured once, as each is completed, for as long as its column
 * widths stay the same. OpenPDF measures every row of a table of locked width again each
 * time it lays the table out, and a table nested in a cell each time the cell is measured
 * or drawn: an action's text was set five or six times over to be drawn once. A row's
 * height depends only on its cells and the widths, so the heights taken as the rows were
 * added hold.
 */
final class MeasuredTable extends PdfPTable {

	private float[] measuredAt;

	MeasuredTable(int columns) {
		super(columns);
	}

	@Override
	public float calculateHeights(boolean firsttime) {
		boolean widthsChanged = !Arrays.equals(this.measuredAt, this.absoluteWidths);
		this.measuredAt = this.absoluteWidths.clone();
		return super.calculateHeights(firsttime && widthsChanged);
	}

}
