package org.boardpack.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.boardpack.actionplan.ActionColumn;
import org.junit.jupiter.api.Test;

class HeaderTests {

	@Test
	void matchesIgnoringCaseSpacesUnderscoresAndPunctuationInAnyOrder() {
		Header<ActionColumn> header = Header.match(1,
				new String[] { "STATUS", "Due-Date", " action ", "Ref.", "section_no", "Lead Officer", "% Complete" },
				ActionColumn.class, Map.of(), List.of());
		assertThat(header.complete()).isTrue();
		assertThat(header.indexOf(ActionColumn.STATUS)).isEqualTo(0);
		assertThat(header.indexOf(ActionColumn.DUE_DATE)).isEqualTo(1);
		assertThat(header.indexOf(ActionColumn.REF)).isEqualTo(3);
		assertThat(header.indexOf(ActionColumn.SECTION)).isEqualTo(4);
		assertThat(header.indexOf(ActionColumn.OWNER)).isEqualTo(5);
		assertThat(header.indexOf(ActionColumn.PERCENT_COMPLETE)).isEqualTo(6);
		assertThat(header.textOf(ActionColumn.OWNER)).isEqualTo("Lead Officer");
		assertThat(header.has(ActionColumn.EVIDENCE)).isFalse();
	}

	@Test
	void acceptsTheAuthoritysOwnAliasesFromItsTemplate() {
		Header<ActionColumn> header = Header.match(1,
				new String[] { "Ref", "Section", "Action", "Accountable officer", "Deadline", "Status" },
				ActionColumn.class, Map.of("owner", List.of("accountable officer")), List.of());
		assertThat(header.complete()).isTrue();
		assertThat(header.indexOf(ActionColumn.OWNER)).isEqualTo(3);
	}

	@Test
	void setsUnknownColumnsAsideAndNamesThemAndRecognisesRecomputedOnes() {
		Header<ActionColumn> header = Header.match(1, new String[] { "Ref", "Section", "Action", "Owner", "Due date",
				"Status", "Notes", "Derived RAG", "Owner" }, ActionColumn.class, Map.of(), List.of("Derived RAG"));
		assertThat(header.unknown()).containsExactly("Notes", "Owner (a second owner column)");
		assertThat(header.recomputed()).containsExactly("Derived RAG");
		assertThat(header.indexOf(ActionColumn.OWNER)).isEqualTo(3);
	}

	@Test
	void saysWhichRequiredColumnsAreMissing() {
		Header<ActionColumn> header = Header.match(4, new String[] { "Ref", "Action", "" }, ActionColumn.class,
				Map.of(), List.of());
		assertThat(header.complete()).isFalse();
		assertThat(header.missingRequired()).containsExactly(ActionColumn.SECTION, ActionColumn.OWNER,
				ActionColumn.DUE_DATE, ActionColumn.STATUS);
		assertThat(header.texts()).containsExactly("Ref", "Action");
	}

	@Test
	void aByteOrderMarkIsNotPartOfTheName() {
		assertThat(Header.normalise("\uFEFFRef")).isEqualTo("ref");
	}

}
