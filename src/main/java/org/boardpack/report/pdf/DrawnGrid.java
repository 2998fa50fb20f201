package org.boardpack.report.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * A few rows of grid cells measured and drawn straight onto a table's canvases, where OpenPDF would lay them out
 * as a PdfPTable: the same line breaks, heights, positions, borders and fills, at a fraction of the cost. OpenPDF
 * sets a cell's text once to measure it and again to draw it, through a general engine (bidirectional text, tabs,
 * images, hyphenation) the pack never uses; tens of thousands of cells made that most of the time the pack took.
 * <p>
 * It draws the cells {@link Grid} makes: phrases of plain chunks, left, centred or right, top-aligned, with
 * padding, ascender and descender, borders of one width and colour, and fills. A cell with anything else makes
 * {@link #of} answer null, and the grid is laid out by OpenPDF instead. The rules are OpenPDF 2.0.5's, from
 * ColumnText.go, BidiLine.processLine and PdfPRow.writeCells, in the same arithmetic.
 */
final class DrawnGrid {

	private final List<Row> rows;

	private final float height;

	private DrawnGrid(List<Row> rows) {
		this.rows = rows;
		// As PdfPCell.getMaxHeight measures a table in a cell: each row's height taken from the top in turn.
		float y = 0;
		for (Row row : rows) {
			y -= row.height();
		}
		this.height = -y;
	}

	/**
	 * @param style the pack's style, for its fonts' widths
	 * @param widths the columns' widths
	 * @param cells the cells, row by row, each row's spans filling the columns
	 * @return the drawn grid, or null when a cell has something this does not draw
	 */
	static DrawnGrid of(Style style, float[] widths, List<PdfPCell> cells) {
		List<Row> rows = new ArrayList<>();
		List<Cell> row = new ArrayList<>();
		int column = 0;
		float left = 0;
		PdfPCell ruled = null;
		for (PdfPCell cell : cells) {
			if (!drawable(cell) || column + cell.getColspan() > widths.length
					|| (cell.hasBorders() && !sameRules(cell, ruled))) {
				return null;
			}
			if (ruled == null && cell.hasBorders()) {
				ruled = cell;
			}
			float right = left;
			for (int i = 0; i < cell.getColspan(); i++) {
				right += widths[column++];
			}
			Cell drawn = Cell.of(style, cell, left, right);
			if (drawn == null) {
				return null;
			}
			row.add(drawn);
			left = right;
			if (column == widths.length) {
				rows.add(new Row(row));
				row = new ArrayList<>();
				column = 0;
				left = 0;
			}
		}
		return row.isEmpty() ? new DrawnGrid(rows) : null;
	}

	float height() {
		return this.height;
	}

	/**
	 * Draws the rows from the top down, fills under rules under text, as PdfPTable.writeSelectedRows does. The
	 * rules, all of one width and colour, are stroked as one path.
	 * @param canvases the canvases of the table being written, as a cell event is given them
	 */
	void draw(PdfContentByte[] canvases, float left, float top) {
		PdfContentByte lines = canvases[PdfPTable.LINECANVAS];
		PdfPCell ruled = null;
		float y = top;
		for (Row row : this.rows) {
			for (Cell cell : row.cells()) {
				if (cell.cell().hasBorders() && ruled == null) {
					ruled = cell.cell();
					lines.setLineWidth(ruled.getBorderWidth());
					lines.setColorStroke(ruled.getBorderColor());
				}
				cell.draw(canvases, left, y, row.height());
			}
			y -= row.height();
		}
		if (ruled != null) {
			lines.stroke();
			lines.resetRGBColorStroke();
		}
		canvases[PdfPTable.TEXTCANVAS].resetRGBColorFill();
	}

	private static boolean drawable(PdfPCell cell) {
		return cell.getPhrase() != null && cell.getTable() == null && cell.getImage() == null
				&& cell.getRotation() == 0 && cell.getRowspan() == 1 && !cell.hasFixedHeight()
				&& cell.getMinimumHeight() == 0 && !cell.isNoWrap() && !cell.isUseBorderPadding()
				&& !cell.isUseVariableBorders() && cell.getVerticalAlignment() == Element.ALIGN_TOP
				&& cell.getCellEvent() == null && cell.getColumn().getIndent() == 0
				&& cell.getColumn().getFollowingIndent() == 0 && cell.getColumn().getRightIndent() == 0
				&& cell.getColumn().getLeading() == 0 && cell.getColumn().getMultipliedLeading() == 1
				&& cell.getColumn().getExtraParagraphSpace() == 0;
	}

	private static boolean sameRules(PdfPCell cell, PdfPCell ruled) {
		return cell.getBorderColor() != null && (ruled == null
				|| (cell.getBorderWidth() == ruled.getBorderWidth() && cell.getBorderColor().equals(ruled.getBorderColor())));
	}

	private record Row(List<Cell> cells, float height) {

		Row(List<Cell> cells) {
			this(cells, (float) cells.stream().mapToDouble(Cell::height).max().orElse(0));
		}

	}

	/** A cell, its left and right from the grid's left, its lines and the height they take. */
	private record Cell(PdfPCell cell, float left, float right, List<Line> lines, float height) {

		static Cell of(Style style, PdfPCell cell, float left, float right) {
			Text text = Text.of(style, cell.getPhrase());
			if (text == null) {
				return null;
			}
			List<Line> lines = text.lines(right - cell.getEffectivePaddingRight() - (left + cell.getEffectivePaddingLeft()));
			// PdfPCell.getMaxHeight: the lines set down from the top inside the padding, then the last descender.
			float y = -cell.getEffectivePaddingTop();
			for (int i = 0; i < lines.size(); i++) {
				y -= lines.get(i).leading(i == 0 && cell.isUseAscender());
			}
			if (cell.isUseDescender() && !lines.isEmpty()) {
				y += lines.get(lines.size() - 1).descender();
			}
			float bottom = y - cell.getEffectivePaddingBottom();
			return new Cell(cell, left, right, lines, -bottom);
		}

		/** Its fill, its rules added to the path being drawn, and its text. */
		void draw(PdfContentByte[] canvases, float x, float top, float rowHeight) {
			float left = this.left + x;
			float right = this.right + x;
			float bottom = top - rowHeight;
			Color fill = this.cell.getBackgroundColor();
			if (fill != null) {
				PdfContentByte background = canvases[PdfPTable.BACKGROUNDCANVAS];
				background.setColorFill(fill);
				background.rectangle(left, bottom, right - left, top - bottom);
				background.fill();
			}
			if (this.cell.hasBorders()) {
				rules(canvases[PdfPTable.LINECANVAS], left, bottom, right, top);
			}
			if (!this.lines.isEmpty()) {
				text(canvases[PdfPTable.TEXTCANVAS], left + this.cell.getEffectivePaddingLeft(),
						top - this.cell.getEffectivePaddingTop());
			}
		}

		/** PdfContentByte.rectangle(Rectangle), without the stroke. */
		private void rules(PdfContentByte lines, float left, float bottom, float right, float top) {
			if (this.cell.hasBorder(Rectangle.BOX)) {
				lines.rectangle(left, bottom, right - left, top - bottom);
				return;
			}
			if (this.cell.hasBorder(Rectangle.RIGHT)) {
				lines.moveTo(right, bottom);
				lines.lineTo(right, top);
			}
			if (this.cell.hasBorder(Rectangle.LEFT)) {
				lines.moveTo(left, bottom);
				lines.lineTo(left, top);
			}
			if (this.cell.hasBorder(Rectangle.BOTTOM)) {
				lines.moveTo(left, bottom);
				lines.lineTo(right, bottom);
			}
			if (this.cell.hasBorder(Rectangle.TOP)) {
				lines.moveTo(left, top);
				lines.lineTo(right, top);
			}
		}

		/** The lines where ColumnText.go sets them: each baseline a leading below the last, aligned in the width. */
		private void text(PdfContentByte canvas, float left, float top) {
			int alignment = this.cell.getHorizontalAlignment();
			canvas.beginText();
			float y = top;
			float lastX = 0;
			float lastY = 0;
			BaseFont font = null;
			float size = 0;
			Color colour = null;
			for (int i = 0; i < this.lines.size(); i++) {
				Line line = this.lines.get(i);
				y -= line.leading(i == 0 && this.cell.isUseAscender());
				float x = left + switch (alignment) {
					case Element.ALIGN_RIGHT -> line.widthLeft();
					case Element.ALIGN_CENTER -> line.widthLeft() / 2f;
					default -> 0;
				};
				canvas.moveText(x - lastX, y - lastY);
				lastX = x;
				lastY = y;
				for (Run run : line.runs()) {
					if (run.text().isEmpty()) {
						// The empty line of a blank paragraph: it takes its height, and has nothing to show.
						continue;
					}
					ChunkFont f = run.font();
					if (f.base() != font || f.size() != size) {
						font = f.base();
						size = f.size();
						canvas.setFontAndSize(font, size);
					}
					Color c = (f.colour() != null) ? f.colour() : Color.BLACK;
					if (!c.equals(colour)) {
						colour = c;
						canvas.setColorFill(c);
					}
					canvas.showText(run.text());
				}
			}
			canvas.endText();
		}

	}

	/** A chunk's font as PdfChunk resolves it: a font with none of its own is looked up only if a line needs it. */
	private static final class ChunkFont {

		private final Style style;

		private final Font font;

		private final float size;

		private BaseFont base;

		private float ascender = Float.NaN;

		private float descender;

		ChunkFont(Style style, Font font) {
			this.style = style;
			this.font = font;
			this.size = (font.getSize() == Font.UNDEFINED) ? 12 : font.getSize();
			this.base = font.getBaseFont();
		}

		BaseFont base() {
			if (this.base == null) {
				this.base = this.font.getCalculatedBaseFont(false);
			}
			return this.base;
		}

		float size() {
			return this.size;
		}

		Color colour() {
			return this.font.getColor();
		}

		float width(int c) {
			return this.style.width(base(), c, this.size);
		}

		float ascender() {
			metrics();
			return this.ascender;
		}

		float descender() {
			metrics();
			return this.descender;
		}

		private void metrics() {
			if (Float.isNaN(this.ascender)) {
				this.ascender = base().getFontDescriptor(BaseFont.ASCENT, this.size);
				this.descender = base().getFontDescriptor(BaseFont.DESCENT, this.size);
			}
		}

	}

	/** A piece of a line in one font. */
	private record Run(String text, ChunkFont font) {
	}

	/** A line of a cell: its pieces, the width left at its end, and its fonts' tallest and deepest. */
	private record Line(List<Run> runs, float widthLeft, float ascender, float size, float descender) {

		static Line of(List<Run> runs, float widthLeft) {
			float ascender = 0;
			float size = 0;
			float descender = 0;
			for (Run run : runs) {
				ChunkFont f = run.font();
				ascender = Math.max(ascender, f.ascender());
				size = Math.max(f.size(), size);
				descender = Math.min(descender, f.descender());
			}
			return new Line(runs, widthLeft, ascender, size, descender);
		}

		/** How far this line's baseline sits below the last: the first line's ascender, or the font size. */
		float leading(boolean firstByAscender) {
			return firstByAscender ? this.ascender : Math.max(this.size, -10000);
		}

	}

	/** A phrase's characters, each with its chunk's font, broken into lines as BidiLine breaks them. */
	private static final class Text {

		private final char[] chars;

		private final ChunkFont[] fonts;

		/** The chunk each character came from: a carriage return pairs with a line feed only in the same chunk. */
		private final int[] chunks;

		// The paragraph being broken: its characters and fonts, and the next character to set.
		private char[] text = new char[0];

		private ChunkFont[] detail = new ChunkFont[0];

		private int length;

		private int current;

		private int next;

		private ChunkFont emptyFont;

		private Text(char[] chars, ChunkFont[] fonts, int[] chunks) {
			this.chars = chars;
			this.fonts = fonts;
			this.chunks = chunks;
		}

		static Text of(Style style, Phrase phrase) {
			List<Element> elements = phrase.getChunks();
			String[] contents = new String[elements.size()];
			ChunkFont[] chunkFonts = new ChunkFont[elements.size()];
			int length = 0;
			for (int i = 0; i < contents.length; i++) {
				Chunk chunk = (Chunk) elements.get(i);
				contents[i] = chunk.getContent();
				if (!plain(chunk, contents[i])) {
					return null;
				}
				chunkFonts[i] = new ChunkFont(style, chunk.getFont());
				length += contents[i].length();
			}
			char[] chars = new char[length];
			ChunkFont[] fonts = new ChunkFont[length];
			int[] chunks = new int[length];
			int at = 0;
			for (int i = 0; i < contents.length; i++) {
				String content = contents[i];
				content.getChars(0, content.length(), chars, at);
				Arrays.fill(fonts, at, at + content.length(), chunkFonts[i]);
				Arrays.fill(chunks, at, at + content.length(), i);
				at += content.length();
			}
			return new Text(chars, fonts, chunks);
		}

		/** Whether PdfChunk would set the chunk as plain text, in its font or, with none, a standard one. */
		private static boolean plain(Chunk chunk, String content) {
			Font f = chunk.getFont();
			return !chunk.hasAttributes() && !f.isUnderlined() && !f.isStrikethru()
					&& (f.getStyle() == Font.UNDEFINED || f.getStyle() == Font.NORMAL)
					&& (f.getBaseFont() != null || content.chars().allMatch((c) -> c <= 0xFF));
		}

		/** The lines of the text set in this width, as ColumnText.go asks BidiLine for them. */
		List<Line> lines(float width) {
			List<Line> lines = new ArrayList<>();
			while (!(this.current >= this.length && this.next >= this.chars.length)) {
				Line line = line(width);
				if (line == null) {
					break;
				}
				lines.add(line);
			}
			return lines;
		}

		/** BidiLine.getParagraph: the characters up to the next line break, trailing white space trimmed. */
		private boolean paragraph() {
			this.current = 0;
			this.length = 0;
			this.text = new char[this.chars.length - this.next];
			this.detail = new ChunkFont[this.text.length];
			boolean hasText = false;
			for (; this.next < this.chars.length; this.next++) {
				char c = this.chars[this.next];
				if (c == '\r' || c == '\n') {
					if (c == '\r' && this.next + 1 < this.chars.length && this.chars[this.next + 1] == '\n'
							&& this.chunks[this.next + 1] == this.chunks[this.next]) {
						this.next++;
					}
					hasText = true;
					this.emptyFont = (this.length == 0) ? this.fonts[this.next] : this.detail[0];
					this.next++;
					break;
				}
				this.text[this.length] = c;
				this.detail[this.length++] = this.fonts[this.next];
			}
			if (this.length == 0) {
				return hasText;
			}
			this.emptyFont = this.detail[0];
			this.length = trimRight(0, this.length - 1, false) + 1;
			if (this.length == 0) {
				return true;
			}
			this.length = trimRight(0, this.length - 1, true) + 1;
			return true;
		}

		/** BidiLine.processLine, for left-to-right text with no tabs, images or hyphenation. */
		private Line line(float width) {
			if (this.current >= this.length) {
				if (!paragraph()) {
					return null;
				}
				if (this.length == 0) {
					return Line.of(List.of(new Run("", this.emptyFont)), 0);
				}
			}
			float originalWidth = width;
			int lastSplit = -1;
			if (this.current != 0) {
				this.current = trimLeft(this.current, this.length - 1);
			}
			int start = this.current;
			boolean anyFits = false;
			boolean surrogate = false;
			for (; this.current < this.length; this.current++) {
				surrogate = Character.isSurrogatePair(this.text[this.current],
						(this.current + 1 < this.length) ? this.text[this.current + 1] : 0);
				int c = surrogate ? Character.toCodePoint(this.text[this.current], this.text[this.current + 1])
						: this.text[this.current];
				if (PdfChunk.noPrint(c)) {
					continue;
				}
				float charWidth = this.detail[this.current].width(c);
				boolean split = splits(this.text[this.current]);
				if (split && Character.isWhitespace((char) c)) {
					lastSplit = this.current;
				}
				if (width - charWidth < 0) {
					break;
				}
				if (split) {
					lastSplit = this.current;
				}
				width -= charWidth;
				anyFits = true;
				if (surrogate) {
					this.current++;
				}
			}
			if (!anyFits) {
				// Not even one character fits: it is set alone.
				this.current++;
				if (surrogate) {
					this.current++;
				}
				return line(this.current - 1, this.current - 1, 0);
			}
			if (this.current >= this.length) {
				return line(start, this.length - 1, width);
			}
			int end = trimRight(start, this.current - 1, true);
			if (end < start) {
				return line(start, this.current - 1, width);
			}
			if (lastSplit == -1 || lastSplit >= end) {
				return line(start, end, width + width(end + 1, this.current - 1));
			}
			this.current = lastSplit + 1;
			end = trimRight(start, lastSplit, true);
			if (end < start) {
				end = this.current - 1;
			}
			return line(start, end, originalWidth - width(start, end));
		}

		/** BidiLine.createArrayOfPdfChunks: the characters in runs of one font, unprintable ones left out. */
		private Line line(int start, int end, float widthLeft) {
			List<Run> runs = new ArrayList<>();
			StringBuilder run = new StringBuilder();
			ChunkFont font = this.detail[start];
			for (int i = start; i <= end; i++) {
				if (PdfChunk.noPrint(this.text[i])) {
					continue;
				}
				if (this.detail[i] != font) {
					if (run.length() > 0) {
						runs.add(new Run(run.toString(), font));
						run.setLength(0);
					}
					font = this.detail[i];
				}
				run.append(this.text[i]);
			}
			if (run.length() > 0) {
				runs.add(new Run(run.toString(), font));
			}
			return Line.of(runs, widthLeft);
		}

		/** BidiLine.getWidth. */
		private float width(int start, int end) {
			float width = 0;
			for (int i = start; i <= end; i++) {
				if (Character.isSurrogatePair(this.text[i], (i + 1 <= end) ? this.text[i + 1] : 0)) {
					width += this.detail[i].width(Character.toCodePoint(this.text[i], this.text[i + 1]));
					i++;
				}
				else if (!PdfChunk.noPrint(this.text[i])) {
					width += this.detail[i].width(this.text[i]);
				}
			}
			return width;
		}

		/** BidiLine.trimRight, or with unprintable characters trimmed too, trimRightEx. */
		private int trimRight(int start, int end, boolean unprintable) {
			int i = end;
			while (i >= start && (this.text[i] <= ' ' || (unprintable && PdfChunk.noPrint(this.text[i])))) {
				i--;
			}
			return i;
		}

		/** BidiLine.trimLeftEx. */
		private int trimLeft(int start, int end) {
			int i = start;
			while (i <= end && (this.text[i] <= ' ' || PdfChunk.noPrint(this.text[i]))) {
				i++;
			}
			return i;
		}

		/** DefaultSplitCharacter: where a line may break. */
		private static boolean splits(char c) {
			if (c <= ' ' || c == '-' || c == '\u2010') {
				return true;
			}
			if (c < 0x2002) {
				return false;
			}
			return c <= 0x200b || c >= 0x2e80 && c < 0xd7a0 || c >= 0xf900 && c < 0xfb00
					|| c >= 0xfe30 && c < 0xfe50 || c >= 0xff61 && c < 0xffa0;
		}

	}

}
