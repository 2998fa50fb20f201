/**
 * Reading officers' spreadsheets, below every other package: how an input is declared
 * ({@link org.boardpack.input.InputDeclaration}, its
 * {@link org.boardpack.input.Column}s), CSV or XLSX detected from content and streamed
 * row by row, the header found and matched to known columns (ignoring case, spaces and
 * punctuation, with aliases), cell values parsed into dates, months, numbers and
 * enumerations, and a row's problems collected.
 */
package org.boardpack.input;
