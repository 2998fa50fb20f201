package org.boardpack.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.boardpack.transfer.Route;
import org.boardpack.transfer.TransferRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The template's transfer standards and bank holidays: Northmoor's as written, and the
 * defaults of a template written before they existed.
 */
class TransferSettingsTests {

	@TempDir
	Path dir;

	@Test
	void northmoorGivesAStandardPerRouteAndEnglandAndWalesBankHolidays() {
		Template t = TemplateLoader.load(Path.of("templates/northmoor.yml"));
		TransferRules rules = t.transfers();
		assertThat(rules.standard(new Route("Duty", "Assessment"))).isEqualTo(5);
		assertThat(rules.standard(new Route("children in care", "PERMANENCE"))).isEqualTo(15);
		assertThat(rules.standard(new Route("Assessment", "Child Protection"))).isEqualTo(10);
		assertThat(rules.trendMonths()).isEqualTo(6);
		// the one-off days: VE Day, the Platinum Jubilee, the Queen's funeral, the
		// coronation
		assertThat(t.bankHolidays())
			.contains(LocalDate.of(2020, 5, 8), LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3),
					LocalDate.of(2022, 9, 19), LocalDate.of(2023, 5, 8))
			.doesNotContain(LocalDate.of(2020, 5, 4), LocalDate.of(2022, 5, 30))
			.allMatch((d) -> d.getDayOfWeek().getValue() <= 5)
			.hasSize(83);
		// the template lists the same days a template without the list gets
		assertThat(t.bankHolidays()).containsExactlyElementsOf(BankHolidays.ENGLAND_AND_WALES);
	}

	@Test
	void aTemplateWithoutTheSectionsLoadsWithTheDefaults() throws IOException {
		String northmoor = Files.readString(Path.of("templates/northmoor.yml"), StandardCharsets.UTF_8);
		String older = northmoor.substring(0, northmoor.indexOf("# How case transfers"))
				+ northmoor.substring(northmoor.indexOf("# The most items listed"));
		assertThat(older).doesNotContain("\ntransfers:").doesNotContain("\nbank-holidays:");
		Template t = TemplateLoader.load(Files.writeString(this.dir.resolve("older.yml"), older));
		assertThat(t.transfers()).isEqualTo(TransferRules.DEFAULT);
		assertThat(t.transfers().standard(new Route("Duty", "Assessment"))).isEqualTo(10);
		assertThat(t.bankHolidays()).containsExactlyElementsOf(BankHolidays.ENGLAND_AND_WALES)
			.contains(LocalDate.of(2027, 12, 28));
	}

	@Test
	void anAuthorityExtendsTheBankHolidaysAndABadStandardIsNamed() throws IOException {
		String northmoor = Files.readString(Path.of("templates/northmoor.yml"), StandardCharsets.UTF_8);
		String extended = northmoor.replace("bank-holidays:\n", "bank-holidays:\n  - 2028-01-03\n");
		assertThat(TemplateLoader.load(Files.writeString(this.dir.resolve("extended.yml"), extended)).bankHolidays())
			.contains(LocalDate.of(2028, 1, 3))
			.hasSize(84);
		String bad = northmoor.replace("standard-working-days: 10 ", "standard-working-days: 0 ");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> TemplateLoader.load(Files.writeString(this.dir.resolve("bad.yml"), bad)))
			.hasMessageContaining("transfers.standard-working-days (1 or more, for every route too)");
	}

}
