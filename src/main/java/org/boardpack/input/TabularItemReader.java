package org.boardpack.input;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Streams the data rows of a CSV file or XLSX sheet as {@link InputRow}s. The header is
 * the first of the first rows that has every required column; a CSV file's separator is
 * the one (comma, semicolon or tab) that makes that row a header, never a guess from the
 * data. Title rows above the header are passed over and named; rows above it filled like
 * records are read, to be rejected. Blank rows are counted and skipped. A file that
 * changes while it is read stops the run. The reader does not resume part way: a load
 * step that restarts reads its file again from the top after clearing what it had loaded,
 * which keeps duplicate checks and totals exact. Each load makes its own reader for its
 * file.
 */
public class TabularItemReader<C extends Enum<C> & ColumnSpec> implements ItemStreamReader<InputRow<C>> {

	private static final Logger log = LoggerFactory.getLogger(TabularItemReader.class);

	private static final int HEADER_SEARCH_ROWS = 20;

	/** The separators a CSV file may use, tried on the header line in this order. */
	private static final char[] SEPARATORS = { ',', ';', '\t' };

	private final Class<C> columns;

	private final Map<String, List<String>> extraAliases;

	private final Collection<String> recomputedHeaders;

	private final InputFile file;

	private TabularSource source;

	private Header<C> header;

	private long rowsRead;

	private long blankRows;

	private String sha256;

	private String fingerprint;

	private Queue<TabularSource.Record> aboveHeader;

	private List<Long> titleRows;

	private int[] unnamed;

	private CellKind[] unnamedKinds;

	private long[] unnamedRows;

	private MonthFirstDates monthFirst;

	private List<String> notices;

	/**
	 * @param file the file to read
	 * @param columns the columns a file of this kind has
	 * @param extraAliases more header names by canonical column, from the authority's
	 * template
	 * @param recomputedHeaders headers of columns the product derives itself (a tracker
	 * sent back)
	 */
	public TabularItemReader(InputFile file, Class<C> columns, Map<String, List<String>> extraAliases,
			Collection<String> recomputedHeaders) {
		this.file = file;
		this.columns = columns;
		this.extraAliases = extraAliases;
		this.recomputedHeaders = recomputedHeaders;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.rowsRead = 0;
		this.blankRows = 0;
		this.sha256 = null;
		this.notices = List.of();
		this.fingerprint = this.file.fingerprint();
		Attempt<C> best = null;
		for (char separator : SEPARATORS) {
			TabularSource opened = this.file.open(separator);
			Attempt<C> attempt = findHeader(opened);
			if (attempt.header() != null && attempt.header().complete()) {
				start(opened, attempt);
				return;
			}
			close(opened);
			if (best == null || attempt.matched() > best.matched()) {
				best = attempt;
			}
			if (!opened.delimited()) {
				break;
			}
		}
		throw noHeader(best);
	}

	/**
	 * Reads from the header on. Rows above it that are filled like a record are data
	 * pasted in the wrong place: they are read, to be rejected with their line. Sparser
	 * ones are titles, passed over and named in a notice.
	 */
	private void start(TabularSource opened, Attempt<C> attempt) {
		this.header = attempt.header();
		int record = (int) Arrays.stream(this.columns.getEnumConstants()).filter(ColumnSpec::required).count();
		this.aboveHeader = new ArrayDeque<>();
		List<Long> titleLines = new ArrayList<>();
		for (TabularSource.Record above : attempt.above()) {
			if (filled(above.cells()) >= record) {
				this.aboveHeader.add(above);
			}
			else {
				titleLines.add(above.line());
			}
		}
		this.titleRows = titleLines;
		this.unnamed = this.header.unnamedPositions().stream().mapToInt(Integer::intValue).toArray();
		this.unnamedKinds = new CellKind[this.unnamed.length];
		this.unnamedRows = new long[this.unnamed.length];
		this.monthFirst = new MonthFirstDates(this.header, this.columns);
		// The header was found on this thread, so a file that cannot be used fails here;
		// the rows read ahead.
		this.source = new ReadAhead(opened);
		if (!this.header.unknown().isEmpty()) {
			log.info("{}: column(s) {} not used by boardpack; kept out of the way", this.file.shown(),
					this.header.unknown().stream().map((h) -> "'" + h + "'").collect(Collectors.joining(", ")));
		}
	}

	private static int filled(String[] cells) {
		int filled = 0;
		for (String cell : cells) {
			if (cell != null && !cell.isBlank()) {
				filled++;
			}
		}
		return filled;
	}

	/** The first rows, up to the first with every required column. */
	private Attempt<C> findHeader(TabularSource opened) {
		Header<C> best = null;
		List<TabularSource.Record> above = new ArrayList<>();
		for (int seen = 0; seen < HEADER_SEARCH_ROWS;) {
			TabularSource.Record record = opened.next();
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
				return new Attempt<>(opened.describe(), candidate, above, record.cells());
			}
			if (best == null || candidate.matchedCount() > best.matchedCount()) {
				best = candidate;
			}
			above.add(record);
		}
		String[] bestCells = null;
		for (TabularSource.Record record : above) {
			if (best != null && record.line() == best.line()) {
				bestCells = record.cells();
			}
		}
		return new Attempt<>(opened.describe(), best, above, bestCells);
	}

	/**
	 * Why no header was found. A file whose columns hold personal data never has a row
	 * quoted: its first line is described instead (a header-less audit file would
	 * otherwise print a child's case reference).
	 */
	private InputFileException noHeader(Attempt<C> best) {
		if (best.header() == null) {
			return new InputFileException(best.source(), "has no rows");
		}
		Header<C> header = best.header();
		String missing = header.missingRequired()
			.stream()
			.map(TabularItemReader::withAliases)
			.collect(Collectors.joining("; "));
		boolean personal = Arrays.stream(this.columns.getEnumConstants()).anyMatch(ColumnSpec::personal);
		String line = personal ? describe(header.line(), best.cells(), header.matchedCount())
				: "line " + header.line() + " reads: " + String.join(", ", header.texts());
		return new InputFileException(best.source(),
				"has no header row with the columns it needs: missing " + missing + " (" + line + ")");
	}

	/** What a row looks like, without a word of what it says. */
	static String describe(long line, String[] cells, int columnNames) {
		int filled = filled(cells);
		long values = Arrays.stream(cells)
			.filter((cell) -> cell != null && !cell.isBlank())
			.filter((cell) -> CellKind.of(cell) != CellKind.TEXT)
			.count();
		String what = "line " + line + " has " + filled + " filled cell" + ((filled == 1) ? "" : "s");
		// A data cell can happen to read as a column name (a team called Planning): a row
		// with dates or numbers and fewer names than half its cells is data, not a
		// header.
		if (values > 0 && columnNames * 2 < filled) {
			return what + ", " + values + " of them dates or numbers: it looks like a data row, not a header";
		}
		if (columnNames > 0) {
			return what + ", " + columnNames + " of them column names";
		}
		return what + ", none of them a column name";
	}

	private static String withAliases(ColumnSpec column) {
		return column.aliases().isEmpty() ? column.canonical()
				: column.canonical() + " (or " + String.join(", ", column.aliases()) + ")";
	}

	@Override
	public InputRow<C> read() {
		if (!this.aboveHeader.isEmpty()) {
			TabularSource.Record above = this.aboveHeader.poll();
			this.rowsRead++;
			return new InputRow<>(this.file.shown(), above.line(), above.cells(), this.header, true);
		}
		TabularSource.Record record;
		while ((record = this.source.next()) != null) {
			if (record.blank()) {
				this.blankRows++;
				continue;
			}
			this.rowsRead++;
			noteUnnamed(record.cells());
			this.monthFirst.note(record.cells());
			return new InputRow<>(this.file.shown(), record.line(), record.cells(), this.header);
		}
		this.sha256 = this.source.sha256();
		this.file.requireUnchanged(this.fingerprint);
		this.notices = notices();
		this.notices.forEach((notice) -> log.info("{}: {}", this.file.shown(), notice));
		return null;
	}

	private void noteUnnamed(String[] cells) {
		for (int i = 0; i < this.unnamed.length; i++) {
			int at = this.unnamed[i];
			if (at < cells.length && cells[at] != null && !cells[at].isBlank()) {
				if (this.unnamedKinds[i] == null) {
					this.unnamedKinds[i] = CellKind.of(cells[at]);
				}
				this.unnamedRows[i]++;
			}
		}
	}

	private List<String> notices() {
		List<String> notices = new ArrayList<>(this.source.notices());
		if (!this.titleRows.isEmpty()) {
			notices.add(((this.titleRows.size() == 1) ? "1 title row" : this.titleRows.size() + " title rows")
					+ " above the header passed over: line" + ((this.titleRows.size() == 1) ? " " : "s ")
					+ this.titleRows.stream().map(String::valueOf).collect(Collectors.joining(", ")));
		}
		for (int i = 0; i < this.unnamed.length; i++) {
			if (this.unnamedKinds[i] != null) {
				notices.add("column " + (this.unnamed[i] + 1) + " (" + columnLetters(this.unnamed[i])
						+ ") has no header but holds data on " + this.unnamedRows[i] + " row"
						+ ((this.unnamedRows[i] == 1) ? "" : "s") + ", the first of them "
						+ this.unnamedKinds[i].words() + "; it was not read: give it a header boardpack knows");
			}
		}
		notices.addAll(this.monthFirst.notices());
		return List.copyOf(notices);
	}

	/** 0 to "A", 27 to "AB": the column as a spreadsheet names it. */
	static String columnLetters(int index) {
		StringBuilder letters = new StringBuilder();
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			letters.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return letters.toString();
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
			close(this.source);
		}
	}

	private void close(TabularSource opened) {
		try {
			opened.close();
		}
		catch (IOException ex) {
			log.debug("Closing {}: {}", this.file.shown(), ex.getMessage());
		}
	}

	/**
	 * What reading found, for the data quality report: valid once the step has read to
	 * the end.
	 */
	public ReadSummary summary() {
		return new ReadSummary(this.source.describe(), this.sha256, this.header.line(), this.rowsRead, this.blankRows,
				this.header.unknown(), this.header.recomputed(), (this.notices != null) ? this.notices : List.of());
	}

	/**
	 * A try at the header with one separator.
	 *
	 * @param header the complete header, or the best candidate; null when the file has no
	 * rows
	 * @param above the non-blank rows before it
	 * @param cells the candidate's cells, to describe it
	 */
	private record Attempt<C extends Enum<C> & ColumnSpec>(String source, Header<C> header,
			List<TabularSource.Record> above, String[] cells) {

		int matched() {
			return (this.header != null) ? this.header.matchedCount() : -1;
		}

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
	 * @param notices how the file was read, where a reader of the data quality report
	 * should know (its encoding, its separator, rows passed over, columns not read)
	 */
	public record ReadSummary(String source, String sha256, long headerLine, long rowsRead, long blankRows,
			List<String> unknownColumns, List<String> recomputedColumns, List<String> notices) {

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
			context.putString(PREFIX + "notices", String.join(SEPARATOR, this.notices));
		}

		/** What a load step's reader left in its context. */
		public static ReadSummary from(ExecutionContext context) {
			return new ReadSummary(context.getString(PREFIX + "source"), context.getString(PREFIX + "sha256", null),
					context.getLong(PREFIX + "headerLine"), context.getLong(PREFIX + "rowsRead"),
					context.getLong(PREFIX + "blankRows"), split(context.getString(PREFIX + "unknownColumns")),
					split(context.getString(PREFIX + "recomputedColumns")),
					split(context.getString(PREFIX + "notices", "")));
		}

		private static List<String> split(String joined) {
			return joined.isEmpty() ? List.of() : List.of(joined.split(SEPARATOR));
		}

	}

}
