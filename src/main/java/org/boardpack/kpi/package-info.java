/**
 * Performance measures: one row per measure per month, validated, stored per month in the
 * history, and assessed once here against target (RAG by polarity and tolerance), trend
 * (direction of travel, months red in a row) and benchmark (statistical neighbours,
 * England); and the contradictions between a measure long red and the plan action that
 * says it is done.
 */
package org.boardpack.kpi;
