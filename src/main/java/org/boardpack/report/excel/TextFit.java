package org.boardpack.report.excel;

/**
 * How many lines a wrapped cell takes, worked out from the column's width alone: no fonts
 * are needed and nothing is slow, so every row of a national-scale sheet gets its height.
 * Widths are in Excel's unit, the width of the digit 0 in the workbook's font (Calibri
 * 11, or Carlito, its metric twin in LibreOffice); each character is counted at its
 * Calibri width in that unit, rounded up, so a row may be a little too tall, which is
 * better than text cut off or running into the next row.
 */
final class TextFit {

	/** A line of 11pt text, in points, as Excel and LibreOffice space them. */
	static final float LINE_POINTS = 15f;

	/** Bold text is this much wider. */
	private static final double BOLD = 1.05;

	/** The cell's padding, in digit widths, on its two sides together. */
	private static final double PADDING = 0.6;

	private TextFit() {
	}

	/**
	 * The lines the text wraps to in a column of the given width: words move to the next
	 * line whole, a word wider than the column breaks, and a line break starts a line.
	 */
	static int lines(String text, double columnWidth, boolean bold) {
		if (text == null || text.isEmpty()) {
			return 1;
		}
		double room = Math.max(1, columnWidth - PADDING);
		double scale = bold ? BOLD : 1;
		int lines = 0;
		for (String paragraph : text.split("\r\n|\r|\n", -1)) {
			lines += paragraphLines(paragraph, room, scale);
		}
		return Math.max(1, lines);
	}

	/** The row's height, in points, for so many lines. */
	static float height(int lines) {
		return lines * LINE_POINTS;
	}

	private static int paragraphLines(String paragraph, double room, double scale) {
		int lines = 1;
		double used = 0;
		double space = width(' ') * scale;
		for (String word : paragraph.split(" +")) {
			if (word.isEmpty()) {
				continue;
			}
			double wide = width(word) * scale;
			double needed = (used > 0) ? space + wide : wide;
			if (used + needed <= room) {
				used += needed;
				continue;
			}
			if (used > 0) {
				lines++;
				used = 0;
			}
			// A word wider than the column breaks wherever the line is full.
			while (wide > room) {
				lines++;
				wide -= room;
			}
			used = wide;
		}
		return lines;
	}

	private static double width(String word) {
		double total = 0;
		for (int i = 0; i < word.length(); i++) {
			total += width(word.charAt(i));
		}
		return total;
	}

	/**
	 * A character's width in digit widths, in classes close to Calibri's own metrics.
	 */
	private static double width(char c) {
		if ("il.,:;!|'`j ".indexOf(c) >= 0) {
			return 0.5;
		}
		if ("frtI()[]-/\"".indexOf(c) >= 0) {
			return 0.7;
		}
		if (c == 'm' || c == 'w') {
			return 1.6;
		}
		if (c == 'M' || c == 'W' || c == '%' || c == '@') {
			return 1.8;
		}
		if (Character.isUpperCase(c)) {
			return 1.25;
		}
		return 1.0;
	}

}
