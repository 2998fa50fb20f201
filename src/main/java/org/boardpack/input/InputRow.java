package org.boardpack.input;

/**
 * One data row of an input file, as read: where it came from (file and line) and its
 * cells, looked up by column through the file's header. Values are trimmed; an empty cell
 * reads as {@code null}.
 */
public record InputRow<C extends Enum<C> & ColumnSpec>(String file, long line, String[] cells, Header<C> header) {

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

	@Override
	public String toString() {
		// Never the cells: an audit row holds a child's case reference.
		return this.file + " line " + this.line;
	}

}
