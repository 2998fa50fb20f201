/**
 * Case audit results: validated rows, counted while they stream into a compact cube by
 * month, team, audit type, grade, moderation and drift (no case references), with only
 * the period's own audits kept row by row.
 */
package org.boardpack.audit;
