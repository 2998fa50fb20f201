/**
 * Where the plan stands as at a date: each action assessed against the template's RAG
 * rules (effective and first due dates, overdue, slipped, date moves, stale, derived RAG,
 * challenge), and tallied by section, theme and overall. The one place these numbers are
 * worked out.
 */
package org.boardpack.progress;
