package org.boardpack.kpi;

/**
 * One stored month of a measure with what is derived for it: its RAG against that month's
 * own target, and its direction since the month before.
 *
 * @param value the month's figure as stored
 * @param rag the month's RAG
 * @param lastMonth the direction since the month before; not known when that month has no
 * figure
 * @param smallDenominator whether the month's denominator is below the threshold
 */
public record MeasureMonth(MeasureValue value, MeasureRag rag, Direction lastMonth, boolean smallDenominator) {
}
