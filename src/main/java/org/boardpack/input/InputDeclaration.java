package org.boardpack.input;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * One input of the job, declared once by its domain package as a bean: the job builds its
 * option (--NAME=FILE, --NAME-sheet=SHEET), its load step, its reconciliation and its
 * line in the manifest from this alone.
 *
 * @param name the option and the input's role in the rejects, the manifest and the
 * template's {@code columns:} (e.g. {@code actions})
 * @param description what the file is, in the words of the run's output (e.g. "the action
 * plan")
 * @param columns the file's columns
 * @param required whether a run needs it: a run that names other inputs but not this one
 * is refused, where an input not required is left out of the pack
 * @param seed the sample file read when a run names no input at all
 * @param chunkSize rows per transaction
 * @param recomputedHeaders headers of columns boardpack works out itself, set aside when
 * a file comes back with them (a tracker sent back)
 * @param validator a new validator for each load: turns a row into a record or rejects it
 * with every problem found
 * @param rows where a load's valid rows go: a new writer for each load, which clears the
 * period's earlier rows when it opens
 * @param <C> the columns
 * @param <T> the record a valid row becomes
 */
public record InputDeclaration<C extends Enum<C> & ColumnSpec, T>(String name, String description, Class<C> columns,
		boolean required, Path seed, int chunkSize, List<String> recomputedHeaders,
		Supplier<? extends ItemProcessor<InputRow<C>, T>> validator, Function<LoadRun, ? extends ItemWriter<T>> rows) {

	/**
	 * Execution-context key a writer may set: rows valid but dated after the as-at date,
	 * so loaded but not counted in the period's figures.
	 */
	public static final String AFTER_AS_AT = "input.afterAsAt";

	public InputDeclaration {
		recomputedHeaders = List.copyOf(recomputedHeaders);
	}

	/** The option naming the sheet to read when the file is a workbook. */
	public String sheetOption() {
		return this.name + "-sheet";
	}

	/** Whether any column holds personal data (a child's case reference). */
	public boolean holdsPersonalData() {
		return Arrays.stream(this.columns.getEnumConstants()).anyMatch(ColumnSpec::personal);
	}

}
