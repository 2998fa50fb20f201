package org.boardpack.audit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
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
			VALUES (:period, :auditId, :line, :caseRef, :auditDate, :auditType, :team, :auditor, :overallGrade,
				:moderatedGrade, :managementOversight, :voiceOfChild, :planning, :timeliness, :driftDelay,
				:actionRefs)""";

	private static final String INSERT_COUNT = """
			INSERT INTO audit_cube (period, audit_month, team, audit_type, grade, moderation, drift_delay, audits)
			VALUES (:period, :month, :team, :auditType, :grade, :moderation, :driftDelay, :audits)""";

	private static final String INSERT_DOMAIN_COUNT = """
			INSERT INTO audit_domain_cube (period, audit_month, practice_domain, grade, audits)
			VALUES (:period, :month, :domain, :grade, :audits)""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcOperations batch;

	public AuditRepository(JdbcClient jdbc, NamedParameterJdbcOperations batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	public void deletePeriod(String period) {
		for (String table : List.of("audit_result", "audit_cube", "audit_domain_cube")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE period = :period").param("period", period).update();
		}
	}

	public void insertResults(String period, List<AuditResult> audits) {
		if (audits.isEmpty()) {
			return;
		}
		SqlParameterSource[] rows = new SqlParameterSource[audits.size()];
		for (int i = 0; i < rows.length; i++) {
			AuditResult a = audits.get(i);
			rows[i] = new MapSqlParameterSource().addValue("period", period)
				.addValue("auditId", a.auditId())
				.addValue("line", a.line())
				.addValue("caseRef", a.caseRef())
				.addValue("auditDate", a.auditDate())
				.addValue("auditType", a.auditType())
				.addValue("team", a.team())
				.addValue("auditor", a.auditor())
				.addValue("overallGrade", a.overallGrade().name())
				.addValue("moderatedGrade", name(a.moderatedGrade()))
				.addValue("managementOversight", name(a.domainGrades().get(Domain.MANAGEMENT_OVERSIGHT)))
				.addValue("voiceOfChild", name(a.domainGrades().get(Domain.VOICE_OF_CHILD)))
				.addValue("planning", name(a.domainGrades().get(Domain.PLANNING)))
				.addValue("timeliness", name(a.domainGrades().get(Domain.TIMELINESS)))
				.addValue("driftDelay", a.driftDelay().name())
				.addValue("actionRefs", a.actionRefs());
		}
		this.batch.batchUpdate(INSERT_RESULT, rows);
	}

	public void insertCube(String period, AuditCube cube) {
		List<SqlParameterSource> counts = new ArrayList<>();
		for (AuditCube.Count count : cube.counts()) {
			AuditCube.Cell cell = count.cell();
			counts.add(new MapSqlParameterSource().addValue("period", period)
				.addValue("month", cell.month().toString())
				.addValue("team", cell.team())
				.addValue("auditType", cell.auditType())
				.addValue("grade", cell.grade().name())
				.addValue("moderation", cell.moderation().name())
				.addValue("driftDelay", cell.driftDelay().name())
				.addValue("audits", count.audits()));
		}
		this.batch.batchUpdate(INSERT_COUNT, counts.toArray(SqlParameterSource[]::new));
		List<SqlParameterSource> domainCounts = new ArrayList<>();
		for (AuditCube.DomainCount count : cube.domainCounts()) {
			domainCounts.add(new MapSqlParameterSource().addValue("period", period)
				.addValue("month", count.month().toString())
				.addValue("domain", count.domain().name())
				.addValue("grade", count.grade().name())
				.addValue("audits", count.audits()));
		}
		this.batch.batchUpdate(INSERT_DOMAIN_COUNT, domainCounts.toArray(SqlParameterSource[]::new));
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
		return window("""
				SELECT c.audit_month, c.team, c.audit_type, c.grade, c.moderation, c.drift_delay, c.audits
				FROM audit_cube c JOIN (SELECT audit_month, MAX(period) AS source FROM audit_cube
					WHERE period <= :period AND audit_month BETWEEN :from AND :to GROUP BY audit_month) s
				ON c.audit_month = s.audit_month AND c.period = s.source""", period, from, to)
			.query((rs, row) -> new AuditCube.Count(new AuditCube.Cell(YearMonth.parse(rs.getString("audit_month")),
					rs.getString("team"), rs.getString("audit_type"), Grade.valueOf(rs.getString("grade")),
					Moderation.valueOf(rs.getString("moderation")), DriftDelay.valueOf(rs.getString("drift_delay"))),
					rs.getInt("audits")))
			.list();
	}

	/**
	 * The counted domain grades for a run's trend window, sourced month by month as
	 * {@link #counts}.
	 */
	public List<AuditCube.DomainCount> domainCounts(String period, YearMonth from, YearMonth to) {
		return window("""
				SELECT c.audit_month, c.practice_domain, c.grade, c.audits
				FROM audit_domain_cube c JOIN (SELECT audit_month, MAX(period) AS source FROM audit_cube
					WHERE period <= :period AND audit_month BETWEEN :from AND :to GROUP BY audit_month) s
				ON c.audit_month = s.audit_month AND c.period = s.source""", period, from, to)
			.query((rs, row) -> new AuditCube.DomainCount(YearMonth.parse(rs.getString("audit_month")),
					Domain.valueOf(rs.getString("practice_domain")), Grade.valueOf(rs.getString("grade")),
					rs.getInt("audits")))
			.list();
	}

	private JdbcClient.StatementSpec window(String sql, String period, YearMonth from, YearMonth to) {
		return this.jdbc.sql(sql).param("period", period).param("from", from.toString()).param("to", to.toString());
	}

	/**
	 * The period's own audits, in file order, case references included: the tracker
	 * decides what to show.
	 */
	public List<AuditResult> findByPeriod(String period) {
		return this.jdbc.sql("SELECT * FROM audit_result WHERE period = :period ORDER BY line")
			.param("period", period)
			.query((rs, row) -> {
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
						DriftDelay.valueOf(rs.getString("drift_delay")), rs.getString("action_refs"),
						rs.getLong("line"));
			})
			.list();
	}

}
