package org.boardpack.input;

import java.util.List;

/**
 * One data row of an input file, as read: where it came from (file and line) and its
 * cells, looked up by column through the file's header. Values are trimmed; an empty cell
 * reads as {@code null}. A row found above the header is still a row of the file, to be
 * rejected rather than lost. The row also carries the warnings its check found (cells of
 * optional columns that could not be read), for the load step to record beside the
 * rejects once the row is loaded.
 */
public final class InputRow<C extends Enum<C> & ColumnSpec> {

	private final String file;

	private final long line;

	private final String[] cells;

	private final Header<C> header;

	private final boolean aboveHeader;

	private String recordId;

	private List<Problem> warnings = List.of();

	public InputRow(String file, long line, String[] cells, Header<C> header) {
		this(file, line, cells, header, false);
	}

	InputRow(String file, long line, String[] cells, Header<C> header, boolean aboveHeader) {
		this.file = file;
		this.line = line;
		this.cells = cells;
		this.header = header;
		this.aboveHeader = aboveHeader;
	}

	public String file() {
		return this.file;
	}

	public long line() {
		return this.line;
	}

	public Header<C> header() {
		return this.header;
	}

	/** Whether the row stands above the header row, where no row is read as data. */
	public boolean aboveHeader() {
		return this.aboveHeader;
	}

	public String get(C column) {
		int index = this.header.indexOf(column);
		if (index < 0 || index >= this.cells.length || this.cells[index] == null) {
			return null;
		}
		String value = this.cells[index].strip();
		return value.isEmpty() ? null : value;
	}

	/**
	 * Cells past the last header column that hold something: the sign of an unquoted
	 * comma.
	 */
	public int extraFilledCells() {
		int extra = 0;
		for (int i = this.header.width(); i < this.cells.length; i++) {
			if (this.cells[i] != null && !this.cells[i].isBlank()) {
				extra++;
			}
		}
		return extra;
	}

	/** The header as the file spells it. */
	public String columnName(C column) {
		return this.header.textOf(column);
	}

	void warn(String recordId, List<Problem> warnings) {
		this.recordId = recordId;
		this.warnings = List.copyOf(warnings);
	}

	/**
	 * The row's own id, as its check gave it with its warnings; never a case reference.
	 */
	public String recordId() {
		return this.recordId;
	}

	/** Cells of optional columns that could not be read and were loaded blank. */
	public List<Problem> warnings() {
		return this.warnings;
	}

	@Override
	public String toString() {
		// Never the cells: an audit row holds a child's case reference.
		return this.file + " line " + this.line;
	}

}
