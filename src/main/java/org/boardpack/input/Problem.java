package org.boardpack.input;

/**
 * One thing wrong with a row: the column as the file names it (empty for the row as a
 * whole), the kind and a reason an officer can act on. A reason never quotes a child's
 * case reference.
 */
public record Problem(String column, RejectKind kind, String reason) {
}
