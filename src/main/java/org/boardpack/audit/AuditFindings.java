package org.boardpack.audit;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the audits say, for the period and as a trend. Every percentage is a {@link Share}
 * with its count.
 *
 * @param period the period's month
 * @param trend one entry per month of the trend window, oldest first; a month without
 * audits is there, empty
 * @param current the period's month (the last of the trend)
 * @param previous the month before it
 * @param byTeam the period's audits by team, most audits first
 * @param byType the period's audits by audit type, most audits first
 * @param byDomain the period's domain grades
 * @param moderation what moderation did to the period's audits
 * @param smallSampleBelow the small-sample threshold in force
 */
public record AuditFindings(YearMonth period, List<Month> trend, Month current, Month previous, List<Group> byTeam,
		List<Group> byType, List<DomainResult> byDomain, ModerationSummary moderation, int smallSampleBelow) {

	public AuditFindings {
		trend = List.copyOf(trend);
		byTeam = List.copyOf(byTeam);
		byType = List.copyOf(byType);
		byDomain = List.copyOf(byDomain);
	}

	/**
	 * The trend from the first month with audits: months before any audit was held say
	 * nothing. Just this month when no month has audits.
	 */
	public List<Month> trendFromFirstAudits() {
		for (int i = 0; i < this.trend.size(); i++) {
			if (!this.trend.get(i).empty()) {
				return this.trend.subList(i, this.trend.size());
			}
		}
		return List.of(this.current);
	}

	/**
	 * Works the findings out from counted audits.
	 * @param counts the cube's rows for the trend window
	 * @param domainCounts the domain cube's rows for the trend window
	 */
	public static AuditFindings of(YearMonth period, int trendMonths, int smallSampleBelow,
			List<AuditCube.Count> counts, List<AuditCube.DomainCount> domainCounts) {
		YearMonth first = period.minusMonths(trendMonths - 1L);
		Map<YearMonth, Counter> byMonth = new TreeMap<>();
		for (YearMonth m = first; !m.isAfter(period); m = m.plusMonths(1)) {
			byMonth.put(m, new Counter());
		}
		Map<String, Counter> byTeam = new TreeMap<>();
		Map<String, Counter> byType = new TreeMap<>();
		int[] moderation = new int[Moderation.values().length];
		for (AuditCube.Count count : counts) {
			AuditCube.Cell cell = count.cell();
			Counter month = byMonth.get(cell.month());
			if (month == null) {
				continue;
			}
			month.add(cell, count.audits());
			if (cell.month().equals(period)) {
				byTeam.computeIfAbsent(cell.team(), (t) -> new Counter()).add(cell, count.audits());
				byType.computeIfAbsent(cell.auditType(), (t) -> new Counter()).add(cell, count.audits());
				moderation[cell.moderation().ordinal()] += count.audits();
			}
		}
		List<Month> trend = new ArrayList<>();
		byMonth.forEach((m, counter) -> trend.add(counter.month(m, smallSampleBelow)));
		Month current = trend.get(trend.size() - 1);
		Month previous = (trend.size() > 1) ? trend.get(trend.size() - 2)
				: new Counter().month(period.minusMonths(1), smallSampleBelow);
		return new AuditFindings(period, trend, current, previous, groups(byTeam, smallSampleBelow),
				groups(byType, smallSampleBelow), domains(period, domainCounts, smallSampleBelow),
				ModerationSummary.of(current.audited(), moderation, smallSampleBelow), smallSampleBelow);
	}

	private static List<Group> groups(Map<String, Counter> counters, int smallSampleBelow) {
		List<Group> groups = new ArrayList<>();
		counters.forEach((name, counter) -> groups.add(new Group(name, counter.month(null, smallSampleBelow))));
		groups.sort(Comparator.comparingInt((Group g) -> -g.audits().audited()).thenComparing(Group::name));
		return groups;
	}

	private static List<DomainResult> domains(YearMonth period, List<AuditCube.DomainCount> domainCounts,
			int smallSampleBelow) {
		Map<Domain, int[]> grades = new EnumMap<>(Domain.class);
		for (Domain domain : Domain.values()) {
			grades.put(domain, new int[Grade.values().length]);
		}
		for (AuditCube.DomainCount count : domainCounts) {
			if (count.month().equals(period)) {
				grades.get(count.domain())[count.grade().ordinal()] += count.audits();
			}
		}
		List<DomainResult> results = new ArrayList<>();
		grades.forEach((domain, byGrade) -> results.add(DomainResult.of(domain, byGrade, smallSampleBelow)));
		return results;
	}

	/** Counts one month's (or one group's) audits while the cube is read. */
	private static final class Counter {

		private final int[] grades = new int[Grade.values().length];

		private int driftYes;

		private int driftNo;

		void add(AuditCube.Cell cell, int audits) {
			this.grades[cell.grade().ordinal()] += audits;
			if (cell.driftDelay() == DriftDelay.YES) {
				this.driftYes += audits;
			}
			else if (cell.driftDelay() == DriftDelay.NO) {
				this.driftNo += audits;
			}
		}

		Month month(YearMonth month, int smallSampleBelow) {
			int audited = 0;
			for (int n : this.grades) {
				audited += n;
			}
			int good = this.grades[Grade.OUTSTANDING.ordinal()] + this.grades[Grade.GOOD.ordinal()];
			Map<Grade, Share> distribution = new EnumMap<>(Grade.class);
			for (Grade grade : Grade.values()) {
				distribution.put(grade, Share.of(this.grades[grade.ordinal()], audited, smallSampleBelow));
			}
			return new Month(month, audited, Share.of(good, audited, smallSampleBelow),
					Share.of(this.grades[Grade.INADEQUATE.ordinal()], audited, smallSampleBelow), distribution,
					Share.of(this.driftYes, this.driftYes + this.driftNo, smallSampleBelow),
					audited - this.driftYes - this.driftNo);
		}

	}

	/**
	 * One month's audits (or one group's, with no month).
	 *
	 * @param month the month; null for a group
	 * @param audited how many audits
	 * @param goodOrBetter graded Good or Outstanding (the moderated grade when there is
	 * one)
	 * @param inadequate graded Inadequate
	 * @param grades the distribution across the four grades
	 * @param driftFound drift or delay found, out of the audits that recorded it
	 * @param driftNotRecorded audits that did not record drift or delay
	 */
	public record Month(YearMonth month, int audited, Share goodOrBetter, Share inadequate, Map<Grade, Share> grades,
			Share driftFound, int driftNotRecorded) {

		public Month {
			grades = Map.copyOf(grades);
		}

		public boolean empty() {
			return this.audited == 0;
		}

	}

	/** The period's audits of one team or one audit type. */
	public record Group(String name, Month audits) {
	}

	/**
	 * The period's grades for one practice domain.
	 *
	 * @param graded audits that graded the domain
	 */
	public record DomainResult(Domain domain, int graded, Share goodOrBetter, Share inadequate) {

		static DomainResult of(Domain domain, int[] byGrade, int smallSampleBelow) {
			int graded = 0;
			for (int n : byGrade) {
				graded += n;
			}
			return new DomainResult(
					domain, graded, Share.of(byGrade[Grade.OUTSTANDING.ordinal()] + byGrade[Grade.GOOD.ordinal()],
							graded, smallSampleBelow),
					Share.of(byGrade[Grade.INADEQUATE.ordinal()], graded, smallSampleBelow));
		}

	}

	/**
	 * What moderation did to the period's audits.
	 *
	 * @param moderated audits moderated, of all audited
	 * @param changed moderated audits whose grade changed, of those moderated
	 * @param up moderated to a better grade, of those moderated
	 * @param down moderated to a worse grade, of those moderated
	 */
	public record ModerationSummary(Share moderated, Share changed, Share up, Share down) {

		static ModerationSummary of(int audited, int[] byModeration, int smallSampleBelow) {
			int up = byModeration[Moderation.UP.ordinal()];
			int down = byModeration[Moderation.DOWN.ordinal()];
			int moderated = up + down + byModeration[Moderation.SAME.ordinal()];
			return new ModerationSummary(Share.of(moderated, audited, smallSampleBelow),
					Share.of(up + down, moderated, smallSampleBelow), Share.of(up, moderated, smallSampleBelow),
					Share.of(down, moderated, smallSampleBelow));
		}

	}

}
