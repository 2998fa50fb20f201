package org.boardpack.report.excel;

import static org.boardpack.report.excel.Column.Kind.NUMBER;
import static org.boardpack.report.excel.Column.Kind.PERCENT;
import static org.boardpack.report.excel.Column.Kind.TEXT;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.boardpack.audit.AuditFindings;
import org.boardpack.audit.AuditFindings.DomainResult;
import org.boardpack.audit.AuditFindings.Group;
import org.boardpack.audit.AuditFindings.Month;
import org.boardpack.audit.Share;
import org.boardpack.pack.BoardPack;

/**
 * What the audits say: the trend month by month, then the period by team, by audit type,
 * by practice domain and what moderation did. Every percentage stands beside its count
 * and what it is out of, and a small sample is marked; a month without audits shows no
 * percentages rather than a misleading 0%.
 */
final class AuditSummarySheet {

	static final String NAME = "Audit summary";

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

	private static final int LABEL_WIDTH = 30;

	private static final int FIGURE_WIDTH = 12;

	/** One line of the moderation table. */
	private record Measure(String label, Share share) {
	}

	private AuditSummarySheet() {
	}

	static void write(SheetWriter writer, BoardPack pack, Layout layout) {
		AuditFindings audits = pack.audits();
		layout.title(writer, "Audit summary");
		writer.line("Audits month by month", writer.styles().heading());
		List<Column<Month>> trend = monthColumns("Month", (m) -> m.month().format(MONTH), Function.identity());
		writer.table(trend, audits.trend());
		writer.line("Fewer than " + audits.smallSampleBelow()
				+ " audits is a small sample: read its percentages with care.");
		writer.gap();
		String period = " in " + layout.period();
		writer.line("By team" + period, writer.styles().heading());
		writer.table(monthColumns("Team", Group::name, Group::audits), audits.byTeam());
		writer.gap();
		// Printed, the month's breakdowns by type, domain and moderation start a page of
		// their own, which they fit: the trend and the teams fill the first, and left
		// to run on, a heading was left at the foot of a page without its table.
		writer.sheet().setRowBreak(writer.row() - 1);
		writer.line("By audit type" + period, writer.styles().heading());
		writer.table(monthColumns("Audit type", Group::name, Group::audits), audits.byType());
		writer.gap();
		writer.line("By practice domain" + period, writer.styles().heading());
		writer.table(domainColumns(), audits.byDomain());
		writer.gap();
		writer.line("Moderation" + period, writer.styles().heading());
		AuditFindings.ModerationSummary moderation = audits.moderation();
		writer.table(measureColumns(),
				List.of(new Measure("Moderated, of all audits", moderation.moderated()),
						new Measure("Grade changed, of those moderated", moderation.changed()),
						new Measure("Moved up, of those moderated", moderation.up()),
						new Measure("Moved down, of those moderated", moderation.down())));
		writer.widths(trend);
		layout.print(writer.sheet(), -1);
	}

	private static <T> List<Column<T>> monthColumns(String label, Function<T, String> name, Function<T, Month> month) {
		List<Column<T>> columns = new ArrayList<>();
		columns.add(Column.of(label, LABEL_WIDTH, TEXT, name));
		columns.add(Column.of("Audits", FIGURE_WIDTH, NUMBER, (t) -> month.apply(t).audited()));
		share(columns, "Good or better", null, "% good or better", (t) -> month.apply(t).goodOrBetter());
		share(columns, "Inadequate", null, "% inadequate", (t) -> month.apply(t).inadequate());
		share(columns, "Drift or delay found", "Audits recording drift", "% drift or delay",
				(t) -> month.apply(t).driftFound());
		columns.add(Column.of("Drift not recorded", FIGURE_WIDTH, NUMBER, (t) -> month.apply(t).driftNotRecorded()));
		columns.add(Column.of("Small sample", FIGURE_WIDTH, TEXT, (t) -> small(month.apply(t).goodOrBetter())));
		return columns;
	}

	private static List<Column<DomainResult>> domainColumns() {
		List<Column<DomainResult>> columns = new ArrayList<>();
		columns.add(Column.of("Domain", LABEL_WIDTH, TEXT, (d) -> d.domain().label()));
		columns.add(Column.of("Audits grading it", FIGURE_WIDTH, NUMBER, DomainResult::graded));
		share(columns, "Good or better", null, "% good or better", DomainResult::goodOrBetter);
		share(columns, "Inadequate", null, "% inadequate", DomainResult::inadequate);
		columns.add(Column.of("Small sample", FIGURE_WIDTH, TEXT, (d) -> small(d.goodOrBetter())));
		return columns;
	}

	private static List<Column<Measure>> measureColumns() {
		List<Column<Measure>> columns = new ArrayList<>();
		columns.add(Column.of("Measure", LABEL_WIDTH, TEXT, Measure::label));
		share(columns, "Audits", "Out of", "Percent", Measure::share);
		columns.add(Column.of("Small sample", FIGURE_WIDTH, TEXT, (m) -> small(m.share())));
		return columns;
	}

	/**
	 * A share's columns: its count, what it is out of (when that is not the audits column
	 * beside it) and its percentage; all empty when there is nothing to take a share of.
	 */
	private static <T> void share(List<Column<T>> columns, String name, String of, String percent,
			Function<T, Share> share) {
		columns.add(Column.of(name, FIGURE_WIDTH, NUMBER, (t) -> counted(share.apply(t), Share::count)));
		if (of != null) {
			columns.add(Column.of(of, FIGURE_WIDTH, NUMBER, (t) -> counted(share.apply(t), Share::of)));
		}
		columns.add(Column.of(percent, FIGURE_WIDTH, PERCENT, (t) -> counted(share.apply(t), Share::percent)));
	}

	private static Integer counted(Share share, Function<Share, Integer> figure) {
		return share.empty() ? null : figure.apply(share);
	}

	private static String small(Share share) {
		return (!share.empty() && share.small()) ? "Yes" : null;
	}

}
