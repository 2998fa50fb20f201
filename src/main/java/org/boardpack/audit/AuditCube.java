package org.boardpack.audit;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Audits counted by month and by what the board reads (team, audit type, grade,
 * moderation, drift), and domain grades counted by month. Small whatever the file's size:
 * it holds counts, never cases.
 */
public final class AuditCube {

	private final Map<Cell, int[]> counts = new HashMap<>();

	private final Map<YearMonth, int[][]> domainCounts = new TreeMap<>();

	public void add(AuditResult audit) {
		YearMonth month = YearMonth.from(audit.auditDate());
		Cell cell = new Cell(month, audit.team(), audit.auditType(), audit.grade(), audit.moderation(),
				audit.driftDelay());
		this.counts.computeIfAbsent(cell, (c) -> new int[1])[0]++;
		if (!audit.domainGrades().isEmpty()) {
			int[][] byDomain = this.domainCounts.computeIfAbsent(month,
					(m) -> new int[Domain.values().length][Grade.values().length]);
			audit.domainGrades().forEach((domain, grade) -> byDomain[domain.ordinal()][grade.ordinal()]++);
		}
	}

	public void clear() {
		this.counts.clear();
		this.domainCounts.clear();
	}

	public List<Count> counts() {
		List<Count> rows = new ArrayList<>(this.counts.size());
		this.counts.forEach((cell, n) -> rows.add(new Count(cell, n[0])));
		return rows;
	}

	public List<DomainCount> domainCounts() {
		List<DomainCount> rows = new ArrayList<>();
		this.domainCounts.forEach((month, byDomain) -> {
			for (Domain domain : Domain.values()) {
				for (Grade grade : Grade.values()) {
					int n = byDomain[domain.ordinal()][grade.ordinal()];
					if (n > 0) {
						rows.add(new DomainCount(month, domain, grade, n));
					}
				}
			}
		});
		return rows;
	}

	/** One combination of the board's dimensions. */
	public record Cell(YearMonth month, String team, String auditType, Grade grade, Moderation moderation,
			DriftDelay driftDelay) {
	}

	/** How many audits fell in a cell. */
	public record Count(Cell cell, int audits) {
	}

	/** How many audits graded a domain so in a month. */
	public record DomainCount(YearMonth month, Domain domain, Grade grade, int audits) {
	}

}
