package org.boardpack.input;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the typed values of one row and collects every problem with it, so an officer
 * sees all that is wrong with a row at once. Values of a personal column (a child's case
 * reference) are never quoted in a reason.
 */
public final class RowCheck<C extends Enum<C> & ColumnSpec> {

	/**
	 * Excel's limit for the text of one cell: longer text could not go into the tracker.
	 */
	public static final int MAX_TEXT = 32_767;

	/**
	 * Commas grouping thousands (1,234.5); any other comma (87,5) is not read as a
	 * number, rather than guessed at.
	 */
	private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

	/** Longest part of a bad value a reason quotes. */
	private static final int QUOTED = 60;

	/** Signs that a value from a list is a question or a doubt, not an answer. */
	private static final Pattern DOUBT = Pattern
		.compile("\\?|(?i)\\b(tbc|tbd|maybe|probably|possibly|nearly|almost|unsure|not sure|unclear)\\b");

	private final InputRow<C> row;

	private List<Problem> problems = List.of();

	/** Problems with cells of optional columns: the row can be loaded without them. */
	private List<Problem> optional = List.of();

	/**
	 * Set when the row has more cells than the header: its other cells are shifted, so
	 * only this is reported.
	 */
	private final Problem malformed;

	/** An optional column being read as if required: see {@link #strictly}. */
	private C strict;

	public RowCheck(InputRow<C> row) {
		this.row = row;
		int extra = row.extraFilledCells();
		if (row.aboveHeader()) {
			this.malformed = new Problem("", RejectKind.MALFORMED_ROW, "a row filled like a record above the header "
					+ "(line " + row.header().line() + "): move it below the header so its columns are known");
		}
		else {
			this.malformed = (extra == 0) ? null : new Problem("", RejectKind.MALFORMED_ROW, "the row has " + extra
					+ " more cell(s) than the header: probably a comma inside text that is not in quotes");
		}
	}

	/**
	 * Optional text, or null. A case reference typed into it is masked: only the columns
	 * that are case references keep them.
	 */
	public String text(C column) {
		String value = column.personal() ? this.row.get(column) : CaseReferences.mask(this.row.get(column));
		if (value != null && value.length() > MAX_TEXT) {
			unreadable(column, RejectKind.TOO_LONG,
					"text of " + value.length() + " characters is longer than Excel's limit of " + MAX_TEXT);
			return null;
		}
		return value;
	}

	public String requiredText(C column) {
		String value = text(column);
		if (value == null && !hasProblem(column)) {
			missing(column);
		}
		return value;
	}

	public LocalDate date(C column) {
		String value = this.row.get(column);
		if (value == null) {
			return null;
		}
		try {
			return Dates.parse(value);
		}
		catch (DateTimeException ex) {
			unreadable(column, RejectKind.INVALID_DATE, quote(column, value) + " " + ex.getMessage());
			return null;
		}
	}

	public LocalDate requiredDate(C column) {
		if (this.row.get(column) == null) {
			missing(column);
			return null;
		}
		return date(column);
	}

	/**
	 * A required month (2021-01, or any date in it); null when blank or unreadable, and
	 * the row is rejected.
	 */
	public YearMonth requiredMonth(C column) {
		String text = this.row.get(column);
		if (text == null) {
			missing(column);
			return null;
		}
		try {
			return Months.parse(text);
		}
		catch (DateTimeException ex) {
			problem(column, RejectKind.INVALID_DATE, quote(column, text) + " " + ex.getMessage());
			return null;
		}
	}

	/** A whole number in [min, max]; "75%" and "75.0" read as 75. */
	public Integer integer(C column, int min, int max) {
		String value = this.row.get(column);
		if (value == null) {
			return null;
		}
		String number = value.endsWith("%") ? value.substring(0, value.length() - 1).strip() : value;
		BigDecimal parsed;
		try {
			parsed = new BigDecimal(number);
		}
		catch (NumberFormatException ex) {
			unreadable(column, RejectKind.INVALID_NUMBER, quote(column, value) + " is not a number");
			return null;
		}
		if (parsed.compareTo(BigDecimal.valueOf(min)) < 0 || parsed.compareTo(BigDecimal.valueOf(max)) > 0) {
			unreadable(column, RejectKind.OUT_OF_RANGE, quote(column, value) + " is outside " + min + " to " + max);
			return null;
		}
		if (parsed.stripTrailingZeros().scale() > 0) {
			unreadable(column, RejectKind.INVALID_NUMBER, quote(column, value) + " is not a whole number");
			return null;
		}
		return parsed.intValueExact();
	}

	/**
	 * A number, whole or not: "87.5", "87.5%" (a percent cell read as shown) and "1,234"
	 * read as written; null when blank.
	 */
	public BigDecimal decimal(C column) {
		String value = this.row.get(column);
		if (value == null) {
			return null;
		}
		String number = value.endsWith("%") ? value.substring(0, value.length() - 1).strip() : value;
		if (number.indexOf(',') >= 0 && THOUSANDS.matcher(number).matches()) {
			number = number.replace(",", "");
		}
		try {
			return new BigDecimal(number);
		}
		catch (NumberFormatException ex) {
			unreadable(column, RejectKind.INVALID_NUMBER, quote(column, value) + " is not a number");
			return null;
		}
	}

	/** A number that is not below 0; null when blank. */
	public BigDecimal nonNegativeDecimal(C column) {
		BigDecimal number = decimal(column);
		if (number != null && number.signum() < 0) {
			unreadable(column, RejectKind.OUT_OF_RANGE, quote(column, this.row.get(column)) + " is below 0");
			return null;
		}
		return number;
	}

	/**
	 * A value from a closed list.
	 * @param parser the list's own parser (case-insensitive, with its abbreviations)
	 * @param allowed the allowed values, as the message should list them
	 */
	public <E> E choice(C column, Function<String, Optional<E>> parser, String allowed) {
		String value = this.row.get(column);
		if (value == null) {
			return null;
		}
		// "Done?" or "complete (tbc)" is a doubt, never to be read as a status that tells
		// the board an action is finished.
		if (DOUBT.matcher(value).find()) {
			unreadable(column, RejectKind.UNCLEAR_VALUE,
					quote(column, value) + " is unclear (it asks or doubts); give one of " + allowed);
			return null;
		}
		Optional<E> parsed = parser.apply(value);
		if (parsed.isEmpty()) {
			unreadable(column, RejectKind.UNKNOWN_VALUE, quote(column, value) + " is not one of " + allowed);
			return null;
		}
		return parsed.get();
	}

	public <E> E requiredChoice(C column, Function<String, Optional<E>> parser, String allowed) {
		if (this.row.get(column) == null) {
			missing(column);
			return null;
		}
		return choice(column, parser, allowed);
	}

	/**
	 * Reads an optional cell that must be readable when it is given: a problem with it
	 * rejects the row, as in a required column, where loading the row with the cell blank
	 * would change what the row says (a transfer's date turned pending).
	 * @param read how the cell is read, e.g. {@code check::date}
	 */
	public <T> T strictly(C column, Function<C, T> read) {
		this.strict = column;
		try {
			return read.apply(column);
		}
		finally {
			this.strict = null;
		}
	}

	public void missing(C column) {
		problem(column, RejectKind.MISSING_VALUE, column.canonical() + " is required");
	}

	/** Notes a problem that rejects the row. */
	public void problem(C column, RejectKind kind, String reason) {
		if (this.problems.isEmpty()) {
			this.problems = new ArrayList<>(2);
		}
		this.problems.add(new Problem(this.row.columnName(column), kind, reason));
	}

	/**
	 * Notes a cell that cannot be read. In a required column it rejects the row; in an
	 * optional one the row is still loaded, with that cell blank, and the problem becomes
	 * a warning.
	 */
	private void unreadable(C column, RejectKind kind, String reason) {
		if (column.required() || column == this.strict) {
			problem(column, kind, reason);
			return;
		}
		leaveBlank(column, kind, reason);
	}

	/**
	 * Loads the row with an optional cell left blank, for a reason the officer should
	 * see: the reason becomes a warning.
	 */
	public void leaveBlank(C column, RejectKind kind, String reason) {
		if (this.optional.isEmpty()) {
			this.optional = new ArrayList<>(2);
		}
		this.optional.add(new Problem(this.row.columnName(column), kind, reason));
	}

	private boolean hasProblem(C column) {
		String name = this.row.columnName(column);
		return this.problems.stream().anyMatch((p) -> p.column().equals(name));
	}

	/**
	 * The value as a reason quotes it: never a personal one, and a long one shortened so
	 * the reason stays readable.
	 */
	public String quote(C column, String value) {
		if (column.personal()) {
			return "the value";
		}
		if (CaseReferences.within(value)) {
			return "a case reference";
		}
		return "'" + ((value.length() > QUOTED) ? value.substring(0, QUOTED) + "…" : value) + "'";
	}

	/** Whether the row can be loaded: nothing wrong but, perhaps, optional cells. */
	public boolean ok() {
		return this.malformed == null && this.problems.isEmpty();
	}

	/**
	 * Ends the check. A rejected row is listed with every problem it has, those of its
	 * optional cells among them; a loaded row keeps its optional cells' problems as
	 * warnings, for the load step to record.
	 * @param recordId the row's own id for the rejects list (never a case reference)
	 * @throws RowRejectedException if anything was wrong in a required column or the row
	 * as a whole
	 */
	public void throwIfRejected(String id) {
		// an id column holding a case reference typed in the wrong place
		String recordId = CaseReferences.mask(id);
		if (this.malformed != null) {
			throw new RowRejectedException(this.row.file(), this.row.line(), recordId, List.of(this.malformed));
		}
		if (!this.problems.isEmpty()) {
			List<Problem> all = new ArrayList<>(this.problems);
			all.addAll(this.optional);
			throw new RowRejectedException(this.row.file(), this.row.line(), recordId, all);
		}
		if (!this.optional.isEmpty()) {
			this.row.warn(recordId,
					this.optional.stream()
						.map((p) -> new Problem(p.column(), RejectKind.WARNING,
								p.kind().label() + ": " + p.reason() + "; the row is loaded with this cell blank"))
						.toList());
		}
	}

}
