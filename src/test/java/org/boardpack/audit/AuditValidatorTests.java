package org.boardpack.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.boardpack.input.Header;
import org.boardpack.input.InputRow;
import org.boardpack.input.RowRejectedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.infrastructure.item.ExecutionContext;

class AuditValidatorTests {

	private static final Header<AuditColumn> HEADER = Header.match(1, new String[] { "audit_id", "case_ref",
			"audit_date", "team", "overall_grade", "moderated_grade", "management_oversight", "drift_delay" },
			AuditColumn.class, Map.of(), List.of());

	private final AuditValidator validator = new AuditValidator();

	@BeforeEach
	void open() {
		this.validator.open(new ExecutionContext());
	}

	@Test
	void theModeratedGradeCountsWhenPresent() {
		AuditResult a = this.validator
			.process(row(2, "A1", "NMB-1", "2021-01-06", "", "RI", "good", "Inadequate", "Y"));
		assertThat(a.overallGrade()).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
		assertThat(a.grade()).isEqualTo(Grade.GOOD);
		assertThat(a.moderation()).isEqualTo(Moderation.UP);
		assertThat(a.team()).isEqualTo(AuditResult.NOT_RECORDED);
		assertThat(a.driftDelay()).isEqualTo(DriftDelay.YES);
		assertThat(a.domainGrades()).containsExactlyEntriesOf(Map.of(Domain.MANAGEMENT_OVERSIGHT, Grade.INADEQUATE));
	}

	@Test
	void aCaseReferenceIsNeverQuotedInAReasonOrShownByToString() {
		String caseRef = "NMB-418273-" + "9".repeat(100);
		assertThatThrownBy(
				() -> this.validator.process(row(5, "A2", caseRef, "2021-01-06", "Duty", "Good", "", "", "maybe")))
			.isInstanceOfSatisfying(RowRejectedException.class, (ex) -> {
				assertThat(ex.getMessage()).doesNotContain("NMB-418273");
				assertThat(ex.problems()).extracting((p) -> p.reason())
					.containsExactly("a case reference of more than 100 characters",
							"'maybe' is unclear (it asks or doubts); give one of yes or no (Y/N)");
				assertThat(ex.recordId()).isEqualTo("A2");
			});
		AuditResult a = this.validator.process(row(6, "A3", "NMB-552910", "2021-01-06", "Duty", "Good", "", "", "n"));
		assertThat(a.toString()).doesNotContain("NMB-552910");
	}

	private static InputRow<AuditColumn> row(long line, String... cells) {
		return new InputRow<>("audits.csv", line, cells, HEADER);
	}

}
