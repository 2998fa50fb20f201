package org.boardpack.audit;

import java.time.LocalDate;
import java.util.Map;

/**
 * One audited case.
 *
 * @param auditId unique id of the audit
 * @param caseRef the child's case reference: personal data, never printed in the pack or
 * logged
 * @param auditDate when audited
 * @param auditType e.g. Monthly practice audit; "Not recorded" when blank
 * @param team the team holding the case; "Not recorded" when blank
 * @param auditor who audited: kept out of the pack and the logs
 * @param overallGrade the auditor's grade
 * @param moderatedGrade the grade after moderation, the one that counts when present; may
 * be null
 * @param domainGrades grades of the practice domains that were graded; not copied, so not
 * to be changed after
 * @param driftDelay whether drift or delay was found
 * @param actionRefs refs of plan actions this audit gives evidence for, as given
 * @param line the line of the input file
 */
public record AuditResult(String auditId, String caseRef, LocalDate auditDate, String auditType, String team,
		String auditor, Grade overallGrade, Grade moderatedGrade, Map<Domain, Grade> domainGrades,
		DriftDelay driftDelay, String actionRefs, long line) {

	/** Label for a blank team or audit type, so the counts still add up. */
	public static final String NOT_RECORDED = "Not recorded";

	/** The grade that counts: moderated when present, else overall. */
	public Grade grade() {
		return (this.moderatedGrade != null) ? this.moderatedGrade : this.overallGrade;
	}

	public Moderation moderation() {
		return Moderation.of(this.overallGrade, this.moderatedGrade);
	}

	@Override
	public String toString() {
		// Case reference and auditor left out: this may reach a log.
		return "AuditResult[" + this.auditId + ", line " + this.line + "]";
	}

}
