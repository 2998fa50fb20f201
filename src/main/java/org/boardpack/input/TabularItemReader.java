package org.boardpack.input;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Streams the data rows of a CSV file or XLSX sheet as {@link InputRow}s. The header is
 * the first of the first rows that has every required column, so title rows above a
 * header are passed over. Blank rows are counted and skipped. The reader does not resume
 * part way: a load step that restarts reads its file again from the top after clearing
 * what it had loaded, which keeps duplicate checks and totals exact. One reader serves
 * every run of the job: each run binds its file before the step opens the reader.
 */
public class TabularItemReader<C extends Enum<C> & ColumnSpec> implements ItemStreamReader<InputRow<C>> {

	private static final Logger log = LoggerFactory.getLogger(TabularItemReader.class);

	private static final int HEADER_SEARCH_ROWS = 20;

	private final Class<C> columns;

	private final Map<String, List<String>> extraAliases;

	private final Collection<String> recomputedHeaders;

	private InputFile file;

	private TabularSource source;

	private Header<C> header;

	private long rowsRead;

	private long blankRows;

	private boolean exhausted;

	private String sha256;

	/**
	 * @param columns the columns a file of this kind has
	 * @param extraAliases more header names by canonical column, from the authority's
	 * template
	 * @param recomputedHeaders headers of columns the product derives itself (a tracker
	 * sent back)
	 */
	public TabularItemReader(Class<C> columns, Map<String, List<String>> extraAliases,
			Collection<String> recomputedHeaders) {
		this.columns = columns;
		this.extraAliases = extraAliases;
		this.recomputedHeaders = recomputedHeaders;
	}

	/** A reader already bound to a file, for reading one outside a job. */
	public static <C extends Enum<C> & ColumnSpec> TabularItemReader<C> of(InputFile file, Class<C> columns,
			Map<String, List<String>> extraAliases, Collection<String> recomputedHeaders) {
		TabularItemReader<C> reader = new TabularItemReader<>(columns, extraAliases, recomputedHeaders);
		reader.bind(file);
		return reader;
	}

	/** The file this run reads. */
	public void bind(InputFile file) {
		this.file = file;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.rowsRead = 0;
		this.blankRows = 0;
		this.exhausted = false;
		this.sha256 = null;
		TabularSource opened = this.file.open();
		this.source = opened;
		this.header = findHeader();
		// The header was found on this thread, so a file that cannot be used fails here;
		// the rows read ahead.
		this.source = new ReadAhead(opened);
		if (!this.header.unknown().isEmpty()) {
			log.info("{}: column(s) {} not used by boardpack; kept out of the way", this.file.name(),
					this.header.unknown().stream().map((h) -> "'" + h + "'").collect(Collectors.joining(", ")));
		}
	}

	private Header<C> findHeader() {
		Header<C> best = null;
		for (int seen = 0; seen < HEADER_SEARCH_ROWS;) {
			TabularSource.Record record = this.source.next();
			if (record == null) {
				break;
			}
			if (record.blank()) {
				continue;
			}
			seen++;
			Header<C> candidate = Header.match(record.line(), record.cells(), this.columns, this.extraAliases,
					this.recomputedHeaders);
			if (candidate.complete()) {
				return candidate;
			}
			if (best == null || candidate.matchedCount() > best.matchedCount()) {
				best = candidate;
			}
		}
		closeQuietly();
		if (best == null) {
			throw new InputFileException(this.source.describe(), "has no rows");
		}
		throw new InputFileException(this.source.describe(), "has no header row with the columns it needs: missing "
				+ best.missingRequired().stream().map(TabularItemReader::withAliases).collect(Collectors.joining("; "))
				+ " (line " + best.line() + " reads: " + String.join(", ", best.texts()) + ")");
	}

	private static String withAliases(ColumnSpec column) {
		return column.aliases().isEmpty() ? column.canonical()
				: column.canonical() + " (or " + String.join(", ", column.aliases()) + ")";
	}

	@Override
	public InputRow<C> read() {
		TabularSource.Record record;
		while ((record = this.source.next()) != null) {
			if (record.blank()) {
				this.blankRows++;
				continue;
			}
			this.rowsRead++;
			return new InputRow<>(this.file.name(), record.line(), record.cells(), this.header);
		}
		this.exhausted = true;
		this.sha256 = this.source.sha256();
		return null;
	}

	/** Whether the last row has been read. */
	public boolean exhausted() {
		return this.exhausted;
	}

	/**
	 * Keeps what reading found in the step's context, where the reconciliation reads it.
	 */
	@Override
	public void update(ExecutionContext executionContext) {
		summary().saveTo(executionContext);
	}

	@Override
	public void close() {
		closeQuietly();
	}

	private void closeQuietly() {
		if (this.source != null) {
			try {
				this.source.close();
			}
			catch (IOException ex) {
				log.debug("Closing {}: {}", this.file.name(), ex.getMessage());
			}
		}
	}

	/**
	 * What reading found, for the data quality report: valid once the step has read to
	 * the end.
	 */
	public ReadSummary summary() {
		return new ReadSummary(this.source.describe(), this.sha256, this.header.line(), this.rowsRead, this.blankRows,
				this.header.unknown(), this.header.recomputed());
	}

	/**
	 * @param source the file (and sheet) as described to users
	 * @param sha256 the file's SHA-256, worked out as it was read; null until the last
	 * row has been read
	 * @param headerLine the line the header was found on
	 * @param rowsRead data rows read (blank rows excluded)
	 * @param blankRows blank rows passed over
	 * @param unknownColumns headers boardpack does not know, kept out of the way
	 * @param recomputedColumns derived columns (from a tracker sent back) that are
	 * recomputed, not read
	 */
	public record ReadSummary(String source, String sha256, long headerLine, long rowsRead, long blankRows,
			List<String> unknownColumns, List<String> recomputedColumns) {

		private static final String PREFIX = "input.";

		private static final String SEPARATOR = "\n";

		void saveTo(ExecutionContext context) {
			context.putString(PREFIX + "source", this.source);
			if (this.sha256 != null) {
				context.putString(PREFIX + "sha256", this.sha256);
			}
			context.putLong(PREFIX + "headerLine", this.headerLine);
			context.putLong(PREFIX + "rowsRead", this.rowsRead);
			context.putLong(PREFIX + "blankRows", this.blankRows);
			context.putString(PREFIX + "unknownColumns", String.join(SEPARATOR, this.unknownColumns));
			context.putString(PREFIX + "recomputedColumns", String.join(SEPARATOR, this.recomputedColumns));
		}

		/** What a load step's reader left in its context. */
		public static ReadSummary from(ExecutionContext context) {
			return new ReadSummary(context.getString(PREFIX + "source"), context.getString(PREFIX + "sha256", null),
					context.getLong(PREFIX + "headerLine"), context.getLong(PREFIX + "rowsRead"),
					context.getLong(PREFIX + "blankRows"), split(context.getString(PREFIX + "unknownColumns")),
					split(context.getString(PREFIX + "recomputedColumns")));
		}

		private static List<String> split(String joined) {
			return joined.isEmpty() ? List.of() : List.of(joined.split(SEPARATOR));
		}

	}

}
