package org.boardpack.report.pdf;

import java.util.List;
import java.util.Optional;

import org.boardpack.audit.AuditFindings;
import org.boardpack.audit.AuditInput;
import org.boardpack.audit.Share;
import org.boardpack.pack.BoardPack;
import org.boardpack.pack.Phrases;
import org.boardpack.rejects.FileLoad;

/**
 * What the case audits say about practice: the trend up to this month, and this month by
 * team, audit type and practice domain, with drift or delay and what moderation changed.
 * Every percentage carries its count and a small sample says so; no audit is shown case
 * by case.
 */
final class AuditFindingsPart implements Part {

	@Override
	public String title() {
		return "Audit findings";
	}

	@Override
	public void write(BoardPack pack, Pages pages) {
		Style style = pages.style();
		float width = pages.width();
		AuditFindings findings = pack.audits();
		AuditFindings.Month now = findings.current();
		pages.part(title());
		pages.note(Phrases.auditNote(findings.smallSampleBelow()));
		List<AuditFindings.Month> trend = findings.trendFromFirstAudits();
		pages.subheading("Trend, " + Style.month(trend.get(0).month()) + " to " + Style.month(now.month()));
		pages.add(AuditTrend.chart(pages.writer(), style, findings, width));
		pages.add(AuditTrend.table(style, findings, width));

		Optional<FileLoad> leftOut = pack.dataQuality().leftOut(AuditInput.NAME);
		if (leftOut.isPresent()) {
			pages.paragraph(Phrases.leftOut(leftOut.get()));
			return;
		}
		if (now.empty()) {
			pages.paragraph("No case audits are recorded for " + Style.month(now.month()) + ", so there is nothing to "
					+ "show by team, audit type or domain.");
			return;
		}
		String month = Style.month(now.month());
		pages.subheading("By team, " + month);
		pages.add(groups(style, width, "Team", findings.byTeam()));
		pages.subheading("By audit type, " + month);
		pages.add(groups(style, width, "Audit type", findings.byType()));
		pages.subheading("By practice domain, " + month);
		Grid domains = new Grid(style, Style.TABLE, 160, 60, (width - 220) / 2, (width - 220) / 2).header("Domain",
				"Audits grading it", "Good or better", "Inadequate");
		findings.byDomain()
			.forEach((d) -> domains.text(d.domain().label())
				.figure(d.graded())
				.figure(d.goodOrBetter().marked())
				.figure(d.inadequate().marked()));
		pages.add(domains);
		pages.subheading("Moderation, " + month);
		AuditFindings.ModerationSummary m = findings.moderation();
		float quarter = width / 4;
		Grid moderation = new Grid(style, Style.TABLE, quarter, quarter, quarter, quarter).header("Audits moderated",
				"Grade changed", "Moderated up", "Moderated down");
		for (Share share : List.of(m.moderated(), m.changed(), m.up(), m.down())) {
			moderation.figure(share.marked());
		}
		pages.add(moderation);
	}

	private static Grid groups(Style style, float width, String name, List<AuditFindings.Group> groups) {
		float share = (width - 160 - 44) / 3;
		Grid grid = new Grid(style, Style.TABLE, 160, 44, share, share, share).header(name, "Audits", "Good or better",
				"Inadequate", "Drift or delay found");
		for (AuditFindings.Group g : groups) {
			AuditFindings.Month m = g.audits();
			grid.text((g.name() != null) ? g.name() : "Not recorded")
				.figure(m.audited())
				.figure(m.goodOrBetter().marked())
				.figure(m.inadequate().marked())
				.figure(m.driftFound().marked());
		}
		return grid;
	}

}
