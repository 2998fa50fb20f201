package org.boardpack.report.pdf;

import java.awt.Color;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfWriter;

import org.boardpack.actionplan.Rag;
import org.boardpack.audit.AuditFindings;
import org.boardpack.audit.Share;

/**
 * The audit trend: a line chart of percent good or better and percent inadequate by
 * month, and under it a table in the same columns with each month's number of audits and
 * every percentage with its count. A month without audits is a gap in the lines and says
 * "no audits", never 0%. A hollow marker is a small sample.
 */
final class AuditTrend {

	/** The left column: the chart's axis labels above, the table's row labels below. */
	private static final float LABEL = 70;

	private static final float HEIGHT = 120;

	private static final float LEGEND = 20;

	private static final float SIZE = 7;

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM'\n'yyyy", Locale.UK);

	private AuditTrend() {
	}

	static Image chart(PdfWriter writer, Style style, AuditFindings findings, float width) {
		Canvas canvas = new Canvas(writer, style, width, HEIGHT);
		List<AuditFindings.Month> months = findings.trendFromFirstAudits();
		float slot = (width - LABEL) / months.size();
		float bottom = 6;
		float top = HEIGHT - LEGEND - 8;
		for (int percent = 0; percent <= 100; percent += 25) {
			float y = bottom + (top - bottom) * percent / 100;
			canvas.line(LABEL, y, width, y, style.rule(), (percent == 0) ? 0.8f : 0.4f);
			canvas.text(percent + "%", LABEL - 4, y - 2.5f, Element.ALIGN_RIGHT, style.regular(), SIZE, style.muted());
		}
		Color good = style.rag(Rag.GREEN);
		Color bad = style.rag(Rag.RED);
		series(canvas, months, AuditFindings.Month::goodOrBetter, good, true, slot, bottom, top);
		series(canvas, months, AuditFindings.Month::inadequate, bad, false, slot, bottom, top);
		float y = HEIGHT - 10;
		float x = LABEL;
		x = key(canvas, x, y, true, true, good, "Good or better");
		x = key(canvas, x, y, false, true, bad, "Inadequate");
		key(canvas, x, y, true, false, style.muted(),
				"Hollow: fewer than " + findings.smallSampleBelow() + " audits (" + Share.SMALL_SAMPLE_MARK + ")");
		return canvas.image(alt(findings));
	}

	/**
	 * Each month's shares, as the chart plots them: "Percent of audits good or better and
	 * inadequate, by month. February 2020: good or better 62% (31 of 50), inadequate 10%
	 * (5 of 50). March 2020: no audits. ..."
	 */
	private static String alt(AuditFindings findings) {
		StringBuilder alt = new StringBuilder("Percent of audits good or better and inadequate, by month; a sample of "
				+ "fewer than " + findings.smallSampleBelow() + " audits is a small sample.");
		for (AuditFindings.Month m : findings.trendFromFirstAudits()) {
			alt.append(' ').append(Style.month(m.month())).append(": ");
			alt.append(m.empty() ? "no audits"
					: "good or better " + m.goodOrBetter().label() + ", inadequate " + m.inadequate().label());
			alt.append('.');
		}
		return alt.toString();
	}

	/** The figures under the chart, one column per month in line with it. */
	static Grid table(Style style, AuditFindings findings, float width) {
		List<AuditFindings.Month> months = findings.trendFromFirstAudits();
		float[] widths = new float[months.size() + 1];
		widths[0] = LABEL;
		for (int i = 1; i < widths.length; i++) {
			widths[i] = (width - LABEL) / months.size();
		}
		Grid grid = new Grid(style, SIZE, widths);
		String[] headers = new String[widths.length];
		headers[0] = "Month";
		for (int i = 0; i < months.size(); i++) {
			headers[i + 1] = months.get(i).month().format(MONTH);
		}
		grid.header(headers);
		grid.bold("Audits");
		months.forEach((m) -> grid.figure(m.empty() ? "no audits" : m.audited()));
		row(grid, "Good or better", months, AuditFindings.Month::goodOrBetter);
		row(grid, "Inadequate", months, AuditFindings.Month::inadequate);
		row(grid, "Drift or delay found", months, AuditFindings.Month::driftFound);
		if (months.stream().anyMatch((m) -> m.driftNotRecorded() > 0)) {
			grid.bold("Drift or delay not recorded");
			months.forEach((m) -> grid.figure(m.empty() ? Words.NONE : m.driftNotRecorded()));
		}
		return grid;
	}

	private static void row(Grid grid, String label, List<AuditFindings.Month> months,
			Function<AuditFindings.Month, Share> share) {
		grid.bold(label);
		months.forEach((m) -> grid.figure(Words.shareStacked(share.apply(m))));
	}

	private static void series(Canvas canvas, List<AuditFindings.Month> months,
			Function<AuditFindings.Month, Share> share, Color colour, boolean circle, float slot, float bottom,
			float top) {
		Float lastX = null;
		Float lastY = null;
		for (int i = 0; i < months.size(); i++) {
			AuditFindings.Month month = months.get(i);
			if (month.empty()) {
				lastX = null;
				continue;
			}
			float x = LABEL + slot * (i + 0.5f);
			float y = bottom + (top - bottom) * share.apply(month).percent() / 100;
			if (lastX != null) {
				canvas.line(lastX, lastY, x, y, colour, 1.4f);
			}
			lastX = x;
			lastY = y;
		}
		for (int i = 0; i < months.size(); i++) {
			AuditFindings.Month month = months.get(i);
			if (!month.empty()) {
				Share s = share.apply(month);
				float y = bottom + (top - bottom) * s.percent() / 100;
				canvas.marker(LABEL + slot * (i + 0.5f), y, 2.8f, circle, !s.small(), colour);
			}
		}
	}

	private static float key(Canvas canvas, float x, float y, boolean circle, boolean filled, Color colour,
			String label) {
		canvas.marker(x + 4, y + 2.5f, 2.8f, circle, filled, colour);
		canvas.text(label, x + 11, y, Element.ALIGN_LEFT, canvas.style().regular(), SIZE, canvas.style().ink());
		return x + 11 + canvas.textWidth(label, canvas.style().regular(), SIZE) + 14;
	}

}
