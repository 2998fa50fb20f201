/**
 * The XLSX tracker officers filter, update and send back: an Actions sheet that the
 * action-plan reader takes as next month's plan, then summary, changes since the last
 * board, history, audits, rejects and an About sheet. Large sheets are streamed; the file
 * is the same, byte for byte, for the same pack.
 */
package org.boardpack.report.excel;
