package org.boardpack.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.boardpack.BoardPackException;
import org.boardpack.workforce.CaseloadCap;
import org.boardpack.workforce.CaseloadCaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template's caseload caps, and a template of an earlier release without them. */
class TemplateWorkforceTests {

	private static final Path NORTHMOOR = Path.of("templates/northmoor.yml");

	@TempDir
	Path dir;

	@Test
	void theSampleTemplateCapsPermanenceAndChildrenInCareAt15AndEveryOtherTeamAt18() {
		CaseloadCaps caps = TemplateLoader.load(NORTHMOOR).workforce();
		assertThat(caps.of("Permanence")).isEqualTo(cap(15, 16));
		assertThat(caps.of("children in care")).isEqualTo(cap(15, 16));
		assertThat(caps.of("Assessment")).isEqualTo(cap(18, 20));
		assertThat(caps.overall()).isEqualTo(cap(18, 20));
		assertThat(caps.trendMonths()).isEqualTo(12);
	}

	@Test
	void aTemplateWithoutAWorkforceSectionLoadsWithTheDefaultCap() throws IOException {
		String yaml = Files.readString(NORTHMOOR, StandardCharsets.UTF_8);
		int from = yaml.indexOf("workforce:");
		int to = yaml.indexOf("# The most items listed");
		assertThat(from).isPositive();
		Path older = Files.writeString(this.dir.resolve("older.yml"), yaml.substring(0, from) + yaml.substring(to),
				StandardCharsets.UTF_8);
		CaseloadCaps caps = TemplateLoader.load(older).workforce();
		assertThat(caps.of("Permanence")).isEqualTo(CaseloadCaps.DEFAULT);
		assertThat(caps.teams()).isEmpty();
		assertThat(caps.trendMonths()).isEqualTo(CaseloadCaps.DEFAULT_TREND_MONTHS);
	}

	@Test
	void anAmberLimitBelowTheCapIsABadTemplate() throws IOException {
		String yaml = Files.readString(NORTHMOOR, StandardCharsets.UTF_8)
			.replace("    green: 18\n    amber: 20", "    green: 18\n    amber: 16");
		Path bad = Files.writeString(this.dir.resolve("bad.yml"), yaml, StandardCharsets.UTF_8);
		assertThatThrownBy(() -> TemplateLoader.load(bad)).isInstanceOf(BoardPackException.class)
			.hasMessageContaining("workforce")
			.hasMessageContaining("amber at or above green");
	}

	private static CaseloadCap cap(int green, int amber) {
		return new CaseloadCap(BigDecimal.valueOf(green), BigDecimal.valueOf(amber));
	}

}
