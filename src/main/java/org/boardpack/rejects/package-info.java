/**
 * Data quality, a domain package: each input's reconciliation (rows read = loaded +
 * rejected, or the input left out of the run) and every rejected row (file, line, column,
 * kind, reason), recorded idempotently as the job skips them and grouped for the board.
 */
package org.boardpack.rejects;
