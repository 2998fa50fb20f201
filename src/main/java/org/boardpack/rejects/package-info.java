/**
 * Rows that could not be loaded: why (file, line, column, kind, reason), recorded
 * idempotently as the job skips them, grouped for the board and written out in full for
 * officers to fix at source.
 */
package org.boardpack.rejects;
