package org.boardpack.audit;

import static org.boardpack.audit.AuditColumn.ACTION_REFS;
import static org.boardpack.audit.AuditColumn.AUDITOR;
import static org.boardpack.audit.AuditColumn.AUDIT_DATE;
import static org.boardpack.audit.AuditColumn.AUDIT_ID;
import static org.boardpack.audit.AuditColumn.AUDIT_TYPE;
import static org.boardpack.audit.AuditColumn.CASE_REF;
import static org.boardpack.audit.AuditColumn.DRIFT_DELAY;
import static org.boardpack.audit.AuditColumn.MANAGEMENT_OVERSIGHT;
import static org.boardpack.audit.AuditColumn.MODERATED_GRADE;
import static org.boardpack.audit.AuditColumn.OVERALL_GRADE;
import static org.boardpack.audit.AuditColumn.PLANNING;
import static org.boardpack.audit.AuditColumn.TEAM;
import static org.boardpack.audit.AuditColumn.TIMELINESS;
import static org.boardpack.audit.AuditColumn.VOICE_OF_CHILD;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.boardpack.input.Canonical;
import org.boardpack.input.InputRow;
import org.boardpack.input.RejectKind;
import org.boardpack.input.RowCheck;
import org.boardpack.input.SeenIds;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStream;

/**
 * Turns a row of the audit file into an {@link AuditResult}, or rejects it with every
 * problem found.
 */
public class AuditValidator implements ItemProcessor<InputRow<AuditColumn>, AuditResult>, ItemStream {

	/** Longest audit id or case reference stored. */
	static final int MAX_ID = 100;

	private static final Map<Domain, AuditColumn> DOMAIN_COLUMNS = Map.of(Domain.MANAGEMENT_OVERSIGHT,
			MANAGEMENT_OVERSIGHT, Domain.VOICE_OF_CHILD, VOICE_OF_CHILD, Domain.PLANNING, PLANNING, Domain.TIMELINESS,
			TIMELINESS);

	private final SeenIds lineByAuditId = new SeenIds();

	private final Canonical names = new Canonical();

	@Override
	public void open(ExecutionContext executionContext) {
		this.lineByAuditId.clear();
	}

	@Override
	public AuditResult process(InputRow<AuditColumn> row) {
		RowCheck<AuditColumn> check = new RowCheck<>(row);
		String auditId = check.requiredText(AUDIT_ID);
		if (auditId != null && auditId.length() > MAX_ID) {
			check.problem(AUDIT_ID, RejectKind.TOO_LONG, "an audit id of more than " + MAX_ID + " characters");
			auditId = null;
		}
		String caseRef = check.requiredText(CASE_REF);
		if (caseRef != null && caseRef.length() > MAX_ID) {
			check.problem(CASE_REF, RejectKind.TOO_LONG, "a case reference of more than " + MAX_ID + " characters");
		}
		LocalDate auditDate = check.requiredDate(AUDIT_DATE);
		String auditType = this.names.of(check.text(AUDIT_TYPE));
		String team = this.names.of(check.text(TEAM));
		String auditor = check.text(AUDITOR);
		Grade overall = check.requiredChoice(OVERALL_GRADE, Grade::parse, Grade.ALLOWED);
		Grade moderated = check.choice(MODERATED_GRADE, Grade::parse, Grade.ALLOWED);
		Map<Domain, Grade> domains = new EnumMap<>(Domain.class);
		DOMAIN_COLUMNS.forEach((domain, column) -> {
			Grade grade = check.choice(column, Grade::parse, Grade.ALLOWED);
			if (grade != null) {
				domains.put(domain, grade);
			}
		});
		DriftDelay drift = check.choice(DRIFT_DELAY, DriftDelay::parse, DriftDelay.ALLOWED);
		String actionRefs = check.text(ACTION_REFS);
		if (check.ok()) {
			long first = this.lineByAuditId.firstSeen(auditId, row.line());
			if (first >= 0) {
				check.problem(AUDIT_ID, RejectKind.DUPLICATE,
						"audit id " + auditId + " is already used on line " + first);
			}
		}
		check.throwIfRejected(auditId);
		return new AuditResult(auditId, caseRef, auditDate, orNotRecorded(auditType), orNotRecorded(team), auditor,
				overall, moderated, domains, (drift != null) ? drift : DriftDelay.NOT_RECORDED, actionRefs, row.line());
	}

	private static String orNotRecorded(String text) {
		return (text != null) ? text : AuditResult.NOT_RECORDED;
	}

}
