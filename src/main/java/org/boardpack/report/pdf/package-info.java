/** The PDF board pack the independent chair reads. */
package org.boardpack.report.pdf;
