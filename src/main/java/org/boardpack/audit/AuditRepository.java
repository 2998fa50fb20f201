package org.boardpack.audit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes a period's audits: the period's own rows and the cube counted from the whole
 * file.
 */
@Repository
public class AuditRepository {

	private static final String INSERT_RESULT = """
			INSERT INTO audit_result (period, audit_id, line, case_ref, audit_date, audit_type, team, auditor,
				overall_grade, moderated_grade, management_oversight, voice_of_child, planning, timeliness,
				drift_delay, action_refs)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String INSERT_COUNT = """
			INSERT INTO audit_cube (period, audit_month, team, audit_type, grade, moderation, drift_delay, audits)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String INSERT_DOMAIN_COUNT = """
			INSERT INTO audit_domain_cube (period, audit_month, practice_domain, grade, audits) VALUES (?, ?, ?, ?, ?)""";

	private final JdbcTemplate jdbc;

	public AuditRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void deletePeriod(String period) {
		this.jdbc.update("DELETE FROM audit_result WHERE period = ?", period);
		this.jdbc.update("DELETE FROM audit_cube WHERE period = ?", period);
		this.jdbc.update("DELETE FROM audit_domain_cube WHERE period = ?", period);
	}

	public void insertResults(String period, List<AuditResult> audits) {
		if (audits.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>(audits.size());
		for (AuditResult a : audits) {
			rows.add(new Object[] { period, a.auditId(), a.line(), a.caseRef(), a.auditDate(), a.auditType(), a.team(),
					a.auditor(), a.overallGrade().name(), name(a.moderatedGrade()),
					name(a.domainGrades().get(Domain.MANAGEMENT_OVERSIGHT)),
					name(a.domainGrades().get(Domain.VOICE_OF_CHILD)), name(a.domainGrades().get(Domain.PLANNING)),
					name(a.domainGrades().get(Domain.TIMELINESS)), a.driftDelay().name(), a.actionRefs() });
		}
		this.jdbc.batchUpdate(INSERT_RESULT, rows);
	}

	public void insertCube(String period, AuditCube cube) {
		List<Object[]> counts = new ArrayList<>();
		for (AuditCube.Count count : cube.counts()) {
			AuditCube.Cell cell = count.cell();
			counts.add(new Object[] { period, cell.month().toString(), cell.team(), cell.auditType(),
					cell.grade().name(), cell.moderation().name(), cell.driftDelay().name(), count.audits() });
		}
		this.jdbc.batchUpdate(INSERT_COUNT, counts);
		List<Object[]> domainCounts = new ArrayList<>();
		for (AuditCube.DomainCount count : cube.domainCounts()) {
			domainCounts.add(new Object[] { period, count.month().toString(), count.domain().name(),
					count.grade().name(), count.audits() });
		}
		this.jdbc.batchUpdate(INSERT_DOMAIN_COUNT, domainCounts);
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	/**
	 * The counted audits for a run's trend window. Each month comes from the latest run
	 * up to this period whose file had audits for it: this period's file when it covers
	 * the month, else an earlier month's, so a council that sends only each month's
	 * audits still gets a trend.
	 */
	public List<AuditCube.Count> counts(String period, YearMonth from, YearMonth to) {
		return this.jdbc.query("""
				SELECT c.audit_month, c.team, c.audit_type, c.grade, c.moderation, c.drift_delay, c.audits
				FROM audit_cube c JOIN (SELECT audit_month, MAX(period) AS source FROM audit_cube
					WHERE period <= ? AND audit_month BETWEEN ? AND ? GROUP BY audit_month) s
				ON c.audit_month = s.audit_month AND c.period = s.source""",
				(rs, row) -> new AuditCube.Count(new AuditCube.Cell(YearMonth.parse(rs.getString("audit_month")),
						rs.getString("team"), rs.getString("audit_type"), Grade.valueOf(rs.getString("grade")),
						Moderation.valueOf(rs.getString("moderation")),
						DriftDelay.valueOf(rs.getString("drift_delay"))), rs.getInt("audits")),
				period, from.toString(), to.toString());
	}

	/**
	 * The counted domain grades for a run's trend window, sourced month by month as
	 * {@link #counts}.
	 */
	public List<AuditCube.DomainCount> domainCounts(String period, YearMonth from, YearMonth to) {
		return this.jdbc.query("""
				SELECT c.audit_month, c.practice_domain, c.grade, c.audits
				FROM audit_domain_cube c JOIN (SELECT audit_month, MAX(period) AS source FROM audit_cube
					WHERE period <= ? AND audit_month BETWEEN ? AND ? GROUP BY audit_month) s
				ON c.audit_month = s.audit_month AND c.period = s.source""",
				(rs, row) -> new AuditCube.DomainCount(YearMonth.parse(rs.getString("audit_month")),
						Domain.valueOf(rs.getString("practice_domain")), Grade.valueOf(rs.getString("grade")),
						rs.getInt("audits")),
				period, from.toString(), to.toString());
	}

	/**
	 * The period's own audits, in file order, case references included: the tracker
	 * decides what to show.
	 */
	public List<AuditResult> findByPeriod(String period) {
		return this.jdbc.query("SELECT * FROM audit_result WHERE period = ? ORDER BY line", (rs, row) -> {
			Map<Domain, Grade> domains = new EnumMap<>(Domain.class);
			for (Domain domain : Domain.values()) {
				String grade = rs.getString(domain.name());
				if (grade != null) {
					domains.put(domain, Grade.valueOf(grade));
				}
			}
			String moderated = rs.getString("moderated_grade");
			return new AuditResult(rs.getString("audit_id"), rs.getString("case_ref"),
					rs.getObject("audit_date", LocalDate.class), rs.getString("audit_type"), rs.getString("team"),
					rs.getString("auditor"), Grade.valueOf(rs.getString("overall_grade")),
					(moderated != null) ? Grade.valueOf(moderated) : null, domains,
					DriftDelay.valueOf(rs.getString("drift_delay")), rs.getString("action_refs"), rs.getLong("line"));
		}, period);
	}

}
