package org.boardpack.rejects;

import org.boardpack.input.RejectKind;

/**
 * One problem of one rejected row, as officers see it in the rejects report.
 *
 * @param role which input the row came from: actions or audits
 * @param file the file as named on the command line
 * @param line the line (or sheet row) the row starts on
 * @param recordId the row's ref or audit id when it had one; never a case reference
 * @param column the column as the file names it; empty for the row as a whole
 * @param kind the kind of error, to filter by
 * @param reason what is wrong, in words an officer can act on
 */
public record Reject(String role, String file, long line, String recordId, String column, RejectKind kind,
		String reason) {
}
