package org.boardpack.pack;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.boardpack.actionplan.PlanProgress;
import org.boardpack.actionplan.Rag;
import org.boardpack.actionplan.Tally;
import org.boardpack.audit.AuditFindings;
import org.boardpack.audit.Share;

/**
 * Key messages that say what the numbers mean rather than repeat them: the section
 * furthest behind, the team with most inadequate audits and the sample behind it, what
 * moderation did, and where the audit trend turned. Each share keeps its count.
 */
final class Insights {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.UK);

	private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	/** A trend says it turned or held only over this many months with audits. */
	private static final int TREND_MONTHS = 3;

	private Insights() {
	}

	/**
	 * "Permanence planning for children in care is furthest behind: 2 of its 8 actions
	 * are off track (Red) and 2 at risk (Amber)." The section with most Red actions, then
	 * most Amber; none when no section has either.
	 */
	static Optional<String> sectionFurthestBehind(PlanProgress progress) {
		return progress.sections()
			.stream()
			.filter((s) -> s.tally().count(Rag.RED) + s.tally().count(Rag.AMBER) > 0)
			.max(Comparator.comparingInt((PlanProgress.Part s) -> s.tally().count(Rag.RED))
				.thenComparingInt((s) -> s.tally().count(Rag.AMBER)))
			.map((s) -> {
				Tally t = s.tally();
				return s.title() + " is the section furthest behind: " + t.count(Rag.RED) + " of its "
						+ Phrases.plural(t.actions(), "action") + ((t.count(Rag.RED) == 1) ? " is" : " are")
						+ " off track (Red) and " + t.count(Rag.AMBER) + " at risk (Amber).";
			});
	}

	/**
	 * The team with the highest share of inadequate audits among those with a full
	 * sample, with that sample; when no team has one, says so. None when no team had an
	 * inadequate audit.
	 */
	static Optional<String> weakestTeam(AuditFindings findings, YearMonth period) {
		List<AuditFindings.Group> teams = findings.byTeam().stream().filter((g) -> !g.audits().empty()).toList();
		if (teams.stream().noneMatch((g) -> g.audits().inadequate().count() > 0)) {
			return Optional.empty();
		}
		Comparator<AuditFindings.Group> worst = Comparator
			.comparingInt((AuditFindings.Group g) -> g.audits().inadequate().percent())
			.thenComparingInt((g) -> -g.audits().goodOrBetter().percent());
		List<AuditFindings.Group> full = teams.stream().filter((g) -> !g.audits().inadequate().small()).toList();
		String month = period.format(MONTH);
		int threshold = findings.smallSampleBelow();
		if (full.isEmpty()) {
			AuditFindings.Group g = teams.stream().max(worst).orElseThrow();
			return Optional.of("No team had " + threshold + " or more audits in " + month + ", so no team's figures "
					+ "are firm; the most inadequate were in " + g.name() + ": " + g.audits().inadequate().label()
					+ ".");
		}
		AuditFindings.Group g = full.stream().max(worst).orElseThrow();
		if (g.audits().inadequate().count() == 0) {
			return Optional.of("No team with " + threshold + " or more audits in " + month + " had an inadequate one.");
		}
		String which = (full.size() == 1)
				? g.name() + ", the only team with " + threshold + " or more audits in " + month + ","
				: g.name() + " had the most inadequate audits of the " + full.size() + " teams with " + threshold
						+ " or more in " + month + ":";
		String figures = g.audits().inadequate().label() + " inadequate and " + g.audits().goodOrBetter().label()
				+ " good or better.";
		return Optional.of((full.size() == 1) ? which + " had " + figures : which + " " + figures);
	}

	/**
	 * "Moderation checked 19% (9 of 48) of January's audits and moved 3 of the 9 down a
	 * grade (33%) and 2 up, so grades not moderated may flatter practice." None when no
	 * audit was moderated or none moved.
	 */
	static Optional<String> moderation(AuditFindings findings, YearMonth period) {
		AuditFindings.ModerationSummary m = findings.moderation();
		if (m == null || m.moderated().count() == 0 || m.changed().count() == 0) {
			return Optional.empty();
		}
		int checked = m.moderated().count();
		return Optional.of("Moderation checked " + m.moderated().label() + " of " + period.format(MONTH)
				+ "'s audits and moved " + m.down().count() + " of the " + checked + " down a grade ("
				+ m.down().percent() + "%) and " + m.up().count() + " up"
				+ ((m.down().count() > m.up().count()) ? ", so grades not moderated may flatter practice." : "."));
	}

	/**
	 * Where the audit trend turned, or that it held every month: good or better, then
	 * inadequate, over the months with audits.
	 */
	static List<String> trend(AuditFindings findings) {
		List<AuditFindings.Month> months = findings.trendFromFirstAudits().stream().filter((m) -> !m.empty()).toList();
		List<String> messages = new ArrayList<>();
		turn("Good or better", months, AuditFindings.Month::goodOrBetter).ifPresent(messages::add);
		turn("Inadequate", months, AuditFindings.Month::inadequate).ifPresent(messages::add);
		return messages;
	}

	/**
	 * "Good or better has risen every month since July 2020, from 35% (16 of 46) to 60%
	 * (29 of 48)." or "Inadequate turned up in January, to 13% (6 of 48), after falling
	 * for 4 months from 26% (12 of 46) in August 2020."
	 */
	static Optional<String> turn(String measure, List<AuditFindings.Month> months,
			Function<AuditFindings.Month, Share> share) {
		if (months.size() < TREND_MONTHS) {
			return Optional.empty();
		}
		int last = months.size() - 1;
		int now = direction(months, last, share);
		int before = direction(months, last - 1, share);
		if (now == 0) {
			return Optional.empty();
		}
		int start = last - 1;
		while (start > 0 && direction(months, start, share) == before) {
			start--;
		}
		AuditFindings.Month from = months.get(start);
		AuditFindings.Month latest = months.get(last);
		if (before == now && start == 0) {
			return Optional.of(measure + " has " + ((now > 0) ? "risen" : "fallen") + " every month since "
					+ from.month().format(MONTH_YEAR) + ", from " + share.apply(from).label() + " to "
					+ share.apply(latest).label() + ".");
		}
		int run = last - 1 - start;
		if (before == 0 || before == now || run < TREND_MONTHS - 1) {
			return Optional.empty();
		}
		return Optional.of(measure + " turned " + ((now > 0) ? "up" : "down") + " in " + latest.month().format(MONTH)
				+ ", to " + share.apply(latest).label() + ", after " + ((before > 0) ? "rising" : "falling") + " for "
				+ run + " months from " + share.apply(from).label() + " in " + from.month().format(MONTH_YEAR) + ".");
	}

	/** -1, 0 or 1: how the share moved into month i from the month before it. */
	private static int direction(List<AuditFindings.Month> months, int i, Function<AuditFindings.Month, Share> share) {
		return Integer.signum(share.apply(months.get(i)).percent() - share.apply(months.get(i - 1)).percent());
	}

}
