/**
 * Reading officers' spreadsheets: CSV or XLSX detected from content, streamed row by row,
 * with the header found and matched to known columns (ignoring case, spaces and
 * punctuation, with aliases), and cell values parsed into dates, numbers and
 * enumerations.
 */
package org.boardpack.input;
