package org.boardpack.rejects;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.boardpack.actionplan.ActionColumn;
import org.boardpack.actionplan.ActionValidator;
import org.boardpack.audit.AuditColumn;
import org.boardpack.audit.AuditValidator;
import org.boardpack.input.ColumnSpec;
import org.boardpack.input.InputFile;
import org.boardpack.input.InputRow;
import org.boardpack.input.RowRejectedException;
import org.boardpack.input.TabularItemReader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStream;

/**
 * Property: whatever the rows hold, every row written is read back, and is then either
 * loaded or rejected with at least one reason; nothing else is thrown, and no reason
 * quotes a case reference.
 */
class MutatedRowsTests {

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void everyMutatedActionRowIsLoadedOrRejectedWithAReason(long seed) throws Exception {
		Outcome outcome = run(Path.of("seeds/actions.csv"), seed, ActionColumn.class, new ActionValidator(),
				(String[] row) -> null);
		assertThat(outcome.loaded()).isPositive();
		assertThat(outcome.rejected()).isPositive();
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void everyMutatedAuditRowIsLoadedOrRejectedWithAReasonThatNeverQuotesTheCaseReference(long seed) throws Exception {
		Outcome outcome = run(Path.of("seeds/audits.csv"), seed, AuditColumn.class, new AuditValidator(),
				(String[] row) -> row[1]);
		assertThat(outcome.loaded()).isPositive();
		assertThat(outcome.rejected()).isPositive();
	}

	private <C extends Enum<C> & ColumnSpec, T> Outcome run(Path seedFile, long seed, Class<C> columns,
			ItemProcessor<InputRow<C>, T> validator, Function<String[], String> personal) throws Exception {
		List<String[]> seedRows = MutatedRows.read(seedFile);
		String[] header = seedRows.get(0);
		List<String[]> rows = new MutatedRows(seed).mutate(seedRows.subList(1, seedRows.size()), 2_000, 0.08);
		Path csv = this.dir.resolve("mutated-" + seed + ".csv");
		MutatedRows.write(csv, header, rows);
		List<String> secrets = new ArrayList<>();
		rows.forEach((row) -> {
			String secret = personal.apply(row);
			if (secret != null && secret.startsWith("NMB-")) {
				secrets.add(secret);
			}
		});
		TabularItemReader<C> reader = new TabularItemReader<>(new InputFile(csv, null), columns, Map.of(), List.of());
		reader.open(new ExecutionContext());
		((ItemStream) validator).open(new ExecutionContext());
		int read = 0;
		int loaded = 0;
		int rejected = 0;
		try {
			for (InputRow<C> row; (row = reader.read()) != null;) {
				read++;
				try {
					assertThat(validator.process(row)).isNotNull();
					loaded++;
				}
				catch (RowRejectedException ex) {
					rejected++;
					assertThat(ex.problems()).isNotEmpty();
					assertThat(ex.problems()).allSatisfy((p) -> assertThat(p.reason()).isNotBlank());
					String message = ex.getMessage();
					assertThat(secrets).noneMatch(message::contains);
				}
			}
		}
		finally {
			reader.close();
		}
		assertThat(read).as("rows read back").isEqualTo(rows.size() - blankRows(rows));
		assertThat(loaded + rejected).isEqualTo(read);
		return new Outcome(loaded, rejected);
	}

	private static long blankRows(List<String[]> rows) {
		return rows.stream().filter((row) -> java.util.Arrays.stream(row).allMatch(String::isBlank)).count();
	}

	private record Outcome(int loaded, int rejected) {
	}

}
