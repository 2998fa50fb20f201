/**
 * The improvement plan, and every figure worked out from it: one
 * {@link org.boardpack.actionplan.Action} per row of the plan, validated and loaded per
 * period; each action assessed against the template's RAG rules (effective and first due
 * dates, overdue, slipped, date moves, stale, derived RAG, challenge) and tallied by
 * section, theme and overall; and each period's snapshot stored, from which "since the
 * last board", the due-date history and the trend across months are read.
 */
package org.boardpack.actionplan;
