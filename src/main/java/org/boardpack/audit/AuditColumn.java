package org.boardpack.audit;

import org.boardpack.input.Column;
import org.boardpack.input.ColumnSpec;
import org.boardpack.input.ValueKind;

/** The case audit columns of the brief. */
public enum AuditColumn implements ColumnSpec {

	AUDIT_ID(Column.required("audit_id", ValueKind.ID, "audit id", "audit ref", "audit no")),
	CASE_REF(Column.required("case_ref", ValueKind.ID, "case reference", "case id", "child id", "lcs id", "case no")
		.personalData()),
	AUDIT_DATE(Column.required("audit_date", ValueKind.DATE, "date of audit", "audited on", "date audited")),
	AUDIT_TYPE(Column.optional("audit_type", ValueKind.TEXT, "type", "audit")),
	TEAM(Column.optional("team", ValueKind.TEXT, "service", "team name")),
	AUDITOR(Column.optional("auditor", ValueKind.TEXT, "audited by", "auditor name")),
	OVERALL_GRADE(
			Column.required("overall_grade", ValueKind.CHOICE, "grade", "overall", "overall judgement", "judgement")),
	MODERATED_GRADE(Column.optional("moderated_grade", ValueKind.CHOICE, "moderated", "moderation grade",
			"grade after moderation")),
	MANAGEMENT_OVERSIGHT(Column.optional("management_oversight", ValueKind.CHOICE, "oversight")),
	VOICE_OF_CHILD(Column.optional("voice_of_child", ValueKind.CHOICE, "voice of the child", "childs voice")),
	PLANNING(Column.optional("planning", ValueKind.CHOICE, "care planning")),
	TIMELINESS(Column.optional("timeliness", ValueKind.CHOICE)),
	DRIFT_DELAY(Column.optional("drift_delay", ValueKind.CHOICE, "drift", "drift and delay", "drift or delay",
			"drift delay found")),
	ACTION_REFS(Column.optional("action_refs", ValueKind.REFERENCES, "actions", "plan actions", "action ref"));

	private final Column column;

	AuditColumn(Column column) {
		this.column = column;
	}

	@Override
	public Column column() {
		return this.column;
	}

}
