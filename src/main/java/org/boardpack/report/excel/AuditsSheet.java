package org.boardpack.report.excel;

import static org.boardpack.report.excel.Column.Kind.DATE;
import static org.boardpack.report.excel.Column.Kind.TEXT;

import java.util.ArrayList;
import java.util.List;

import org.boardpack.audit.AuditResult;
import org.boardpack.audit.Domain;
import org.boardpack.audit.DriftDelay;
import org.boardpack.audit.Grade;
import org.boardpack.audit.Moderation;
import org.boardpack.pack.BoardPack;

/**
 * The period's audits, one row each. Case references and auditors have columns only where
 * the template lets the tracker show them (the pack leaves them out otherwise), so a
 * tracker that travels never names a child's case.
 */
final class AuditsSheet {

	static final String NAME = "Audits";

	private static final int GRADE_WIDTH = 14;

	private AuditsSheet() {
	}

	static void write(SheetWriter writer, BoardPack pack, Layout layout) {
		layout.listing(writer, "Case audits in " + layout.period(), null, "Audits", columns(pack), pack.periodAudits(),
				1);
	}

	private static List<Column<AuditResult>> columns(BoardPack pack) {
		boolean personal = pack.template().audits().caseRefsInTracker();
		List<Column<AuditResult>> columns = new ArrayList<>();
		columns.add(Column.of("Audit id", 16, TEXT, AuditResult::auditId));
		if (personal) {
			columns.add(Column.of("Case ref", 14, TEXT, AuditResult::caseRef));
		}
		columns.add(Column.of("Audit date", 11, DATE, AuditResult::auditDate));
		columns.add(Column.of("Audit type", 28, TEXT, AuditResult::auditType));
		columns.add(Column.of("Team", 18, TEXT, AuditResult::team));
		if (personal) {
			columns.add(Column.of("Auditor", 20, TEXT, AuditResult::auditor));
		}
		columns.add(Column.of("Overall grade", GRADE_WIDTH, TEXT, (a) -> label(a.overallGrade())));
		columns.add(Column.of("Moderated grade", GRADE_WIDTH, TEXT, (a) -> label(a.moderatedGrade())));
		columns.add(Column.of("Grade that counts", GRADE_WIDTH, TEXT, (a) -> label(a.grade())));
		columns.add(Column.of("Moderation", 13, TEXT, (a) -> label(a.moderation())));
		for (Domain domain : Domain.values()) {
			columns.add(Column.of(domain.label(), GRADE_WIDTH, TEXT, (a) -> label(a.domainGrades().get(domain))));
		}
		columns.add(Column.of("Drift or delay", 10, TEXT, (a) -> label(a.driftDelay())));
		columns.add(Column.of("Action refs", 14, TEXT, AuditResult::actionRefs));
		return columns;
	}

	private static String label(Grade grade) {
		return (grade != null) ? grade.label() : null;
	}

	private static String label(Moderation moderation) {
		return switch (moderation) {
			case NONE -> "Not moderated";
			case SAME -> "Confirmed";
			case UP -> "Up";
			case DOWN -> "Down";
		};
	}

	private static String label(DriftDelay drift) {
		return switch (drift) {
			case YES -> "Yes";
			case NO -> "No";
			case NOT_RECORDED -> "Not recorded";
		};
	}

}
