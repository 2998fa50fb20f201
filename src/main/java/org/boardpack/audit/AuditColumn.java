package org.boardpack.audit;

import java.util.List;

import org.boardpack.input.ColumnSpec;

/** The case audit columns of the brief. */
public enum AuditColumn implements ColumnSpec {

	AUDIT_ID("audit_id", true, "audit id", "audit ref", "audit no"),
	CASE_REF("case_ref", true, "case reference", "case id", "child id", "lcs id", "case no"),
	AUDIT_DATE("audit_date", true, "date of audit", "audited on", "date audited"),
	AUDIT_TYPE("audit_type", false, "type", "audit"), TEAM("team", false, "service", "team name"),
	AUDITOR("auditor", false, "audited by", "auditor name"),
	OVERALL_GRADE("overall_grade", true, "grade", "overall", "overall judgement", "judgement"),
	MODERATED_GRADE("moderated_grade", false, "moderated", "moderation grade", "grade after moderation"),
	MANAGEMENT_OVERSIGHT("management_oversight", false, "oversight"),
	VOICE_OF_CHILD("voice_of_child", false, "voice of the child", "childs voice"),
	PLANNING("planning", false, "care planning"), TIMELINESS("timeliness", false),
	DRIFT_DELAY("drift_delay", false, "drift", "drift and delay", "drift or delay", "drift delay found"),
	ACTION_REFS("action_refs", false, "actions", "plan actions", "action ref");

	private final String canonical;

	private final boolean required;

	private final List<String> aliases;

	AuditColumn(String canonical, boolean required, String... aliases) {
		this.canonical = canonical;
		this.required = required;
		this.aliases = List.of(aliases);
	}

	@Override
	public String canonical() {
		return this.canonical;
	}

	@Override
	public boolean required() {
		return this.required;
	}

	@Override
	public List<String> aliases() {
		return this.aliases;
	}

	@Override
	public boolean personal() {
		return this == CASE_REF;
	}

}
