/** The XLSX tracker officers filter, update and send back. */
package org.boardpack.report.excel;
