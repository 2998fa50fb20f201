/**
 * Case transfers between teams: one row per transfer of a child's case, validated (the
 * child's reference kept only as a key to count children moved more than once), stored
 * per period in the history, and measured once here: waits in working days against the
 * standard for each route, pending and overdue transfers, returns and the trend.
 */
package org.boardpack.transfer;
