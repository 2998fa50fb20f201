package org.boardpack.rejects;

import java.util.List;

/**
 * How one input file of a run reconciles: every data row read was either loaded or
 * rejected.
 *
 * @param role actions or audits
 * @param name the file as named on the command line
 * @param source the file and, for a workbook, the sheet read
 * @param sha256 the file's SHA-256
 * @param headerLine the line the header was found on
 * @param rowsRead data rows read (blank rows excluded)
 * @param loaded rows loaded
 * @param rejected rows rejected
 * @param blankRows blank rows passed over
 * @param unknownColumns headers boardpack does not know, kept out of the way
 * @param recomputedColumns derived columns of a tracker sent back, recomputed rather than
 * read
 * @param afterAsAt rows loaded but dated after the as-at date, so not counted in this
 * period's figures
 * @param warnings cells of optional columns that could not be read, in rows loaded with
 * them blank
 * @param notices how the file was read, where that matters (its encoding, separator, rows
 * passed over, columns with no header)
 * @param supplied whether the run had the input at all: false when the run named other
 * inputs but not this one, so it is left out of the pack
 */
public record FileLoad(String role, String name, String source, String sha256, long headerLine, long rowsRead,
		long loaded, long rejected, long blankRows, List<String> unknownColumns, List<String> recomputedColumns,
		long afterAsAt, long warnings, List<String> notices, boolean supplied) {

	public FileLoad {
		unknownColumns = List.copyOf(unknownColumns);
		recomputedColumns = List.copyOf(recomputedColumns);
		notices = List.copyOf(notices);
	}

	/** A file read as plain UTF-8 CSV, whose loaded rows have no warning. */
	public FileLoad(String role, String name, String source, String sha256, long headerLine, long rowsRead, long loaded,
			long rejected, long blankRows, List<String> unknownColumns, List<String> recomputedColumns,
			long afterAsAt) {
		this(role, name, source, sha256, headerLine, rowsRead, loaded, rejected, blankRows, unknownColumns,
				recomputedColumns, afterAsAt, 0, List.of(), true);
	}

	/**
	 * An input the run left out: no file, nothing read.
	 * @param description what the input is, e.g. "the case audits"
	 */
	public static FileLoad leftOut(String role, String description) {
		return new FileLoad(role, "", "--" + role + " (" + description + ")", "", 0, 0, 0, 0, 0, List.of(), List.of(),
				0, 0, List.of(), false);
	}

	/** read = loaded + rejected: the check that nothing was lost. */
	public boolean reconciles() {
		return this.rowsRead == this.loaded + this.rejected;
	}

	/** The reconciliation line printed at the end of a run and in the outputs. */
	public String reconciliation() {
		if (!this.supplied) {
			return this.source + ": not named for this run, so left out of this pack";
		}
		String line = this.source + ": " + this.rowsRead + " rows read = " + this.loaded + " loaded + " + this.rejected
				+ " rejected";
		return (this.warnings == 0) ? line
				: line + "; " + this.warnings + ((this.warnings == 1) ? " warning" : " warnings");
	}

}
