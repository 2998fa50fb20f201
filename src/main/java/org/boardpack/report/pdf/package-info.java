/**
 * The PDF board pack the independent chair reads.
 * {@link org.boardpack.report.pdf.PdfBoardPack} sets the document up and writes the cover
 * and the parts in order, each a {@code Part}; the parts lay the pack's figures out with
 * shared tables ({@code Grid}, {@code Records}, {@code ActionList}) and vector charts
 * ({@code Canvas} and the charts on it), while page events draw the frame of every page
 * and the bookmarks. The long tables' records are drawn by {@code DrawnGrid} as OpenPDF
 * would lay them out, only faster. Nothing here works a figure out: every number and
 * sentence comes from the {@link org.boardpack.pack.BoardPack}.
 */
package org.boardpack.report.pdf;
