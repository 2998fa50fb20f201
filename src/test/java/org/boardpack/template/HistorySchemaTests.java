package org.boardpack.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.boardpack.BoardPackException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema an authority's history is kept in on a shared PostgreSQL database: the
 * template's, else the authority's name made into one; a name PostgreSQL would not take
 * as written is refused in one line.
 */
class HistorySchemaTests {

	@TempDir
	Path dir;

	@Test
	void northmoorNamesItsSchema() {
		assertThat(TemplateLoader.load(Path.of("templates/northmoor.yml")).historySchema()).isEqualTo("northmoor");
	}

	@Test
	void withoutOneTheSchemaIsTheAuthoritysName() throws IOException {
		assertThat(load("authority: Northmoor Metropolitan Borough Council", "").historySchema())
			.isEqualTo("northmoor_metropolitan_borough_council");
		assertThat(load("authority: \" Ynys Môn / Isle of Anglesey County Council (pilot) \"", "").historySchema())
			.isEqualTo("ynys_mon_isle_of_anglesey_county_council_pilot");
	}

	@Test
	void aLongNameIsCutToSixtyThreeCharacters() {
		String schema = Template.schemaName("The Royal Borough of Kensington and Chelsea and Westminster City Council");
		assertThat(schema).isEqualTo("the_royal_borough_of_kensington_and_chelsea_and_westminster_cit").hasSize(63);
		assertThat(Template.schemaName("Bath and North East Somerset Council, Children's Services Directorate"))
			.hasSizeLessThanOrEqualTo(63)
			.doesNotEndWith("_");
	}

	@Test
	void aNamePostgreSqlWouldNotTakeIsRefusedInOneLine() throws IOException {
		for (String bad : new String[] { "history-schema: North-moor", "history-schema: Northmoor",
				"history-schema: pg_northmoor", "history-schema: \"1northmoor\"" }) {
			assertThatThrownBy(() -> load("authority: Northmoor Metropolitan Borough Council", bad))
				.isInstanceOf(BoardPackException.class)
				.hasMessageContaining(
						": 'history-schema' '" + bad.substring("history-schema: ".length()).replace("\"", "")
								+ "' (the schema of the authority's history in a shared PostgreSQL database")
				.extracting((ex) -> ((BoardPackException) ex).exitCode())
				.isEqualTo(BoardPackException.ExitCode.USAGE);
		}
		assertThatThrownBy(() -> load("authority: 3 Rivers Council", ""))
			.hasMessageEndingWith("template " + this.dir.resolve("t.yml") + ": 'history-schema' '3_rivers_council' "
					+ "(the schema of the authority's history in a shared PostgreSQL database; when not given, its "
					+ "name made lower case) must be 1 to 63 lower-case letters, digits and _, not starting with a "
					+ "digit or pg_: set history-schema: in the template");
	}

	/** Northmoor's template with another authority line and history-schema line. */
	private Template load(String authority, String historySchema) throws IOException {
		String northmoor = Files.readString(Path.of("templates/northmoor.yml"), StandardCharsets.UTF_8);
		String changed = northmoor.replace("authority: Northmoor Metropolitan Borough Council", authority)
			.replace("history-schema: northmoor", historySchema);
		return TemplateLoader.load(Files.writeString(this.dir.resolve("t.yml"), changed));
	}

}
