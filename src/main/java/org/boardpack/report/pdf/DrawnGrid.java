package org.boardpack.report.pdf;

import java.awt.Color;
import java.util.AbstractMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.ImgTemplate;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfTemplate;

/**
 * A few rows of grid cells measured and drawn straight onto a table's canvases, where
 * OpenPDF would lay them out as a PdfPTable: the same line breaks, heights, positions,
 * borders and fills, at a fraction of the cost. OpenPDF sets a cell's text once to
 * measure it and again to draw it, through a general engine (bidirectional text, tabs,
 * images, hyphenation) the pack never uses; tens of thousands of cells made that most of
 * the time the pack took.
 * <p>
 * It draws the cells {@link Grid} makes: phrases of plain chunks, left, centred or right,
 * top-aligned, with padding, ascender and descender, borders of one width and colour, and
 * fills. A cell with anything else makes {@link #of} answer null, and the grid is laid
 * out by OpenPDF instead. The rules are OpenPDF 2.0.5's, from ColumnText.go,
 * BidiLine.processLine and PdfPRow.writeCells, in the same arithmetic.
 */
final class DrawnGrid {

	private final List<Row> rows;

	private final float height;

	/**
	 * How many rows each cell that begins a run of joined cells spans: the cell and the
	 * blank ones joined under it are one cell to a screen reader.
	 */
	private final Map<Cell, Integer> rowspans;

	private DrawnGrid(List<Row> rows, Map<Cell, Integer> rowspans) {
		this.rows = rows;
		this.rowspans = rowspans;
		// As PdfPCell.getMaxHeight measures a table in a cell: each row's height taken
		// from the top in turn.
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
		return row.isEmpty() ? new DrawnGrid(rows, rowspans(rows)) : null;
	}

	private static Map<Cell, Integer> rowspans(List<Row> rows) {
		Map<Cell, Integer> spans = new IdentityHashMap<>();
		for (int r = 0; r < rows.size(); r++) {
			for (Cell cell : rows.get(r).cells()) {
				if (cell.join() == Grid.Join.BEGINS) {
					int span = 1;
					while (r + span < rows.size() && rows.get(r + span).continues(cell.left())) {
						span++;
					}
					spans.put(cell, span);
				}
			}
		}
		return spans;
	}

	float height() {
		return this.height;
	}

	/**
	 * The grid in pieces no taller than this, for one taller than a page: broken between
	 * rows, and a row too tall for what is left of a piece between its lines. Its tags
	 * read as one grid: a cell joined down the rows spans the lines' rows too.
	 */
	List<DrawnGrid> split(float room) {
		List<List<Row>> pieces = new ArrayList<>();
		List<Row> piece = new ArrayList<>();
		List<Row> all = new ArrayList<>();
		Deque<Row> rows = new ArrayDeque<>(this.rows);
		float height = 0;
		while (!rows.isEmpty()) {
			Row row = rows.removeFirst();
			if (height + row.height() <= room) {
				piece.add(row);
				all.add(row);
				height += row.height();
				continue;
			}
			Row[] parts = row.split(room - height);
			if (parts == null && piece.isEmpty()) {
				// Not a line of it fits even a page: left to run off it, as OpenPDF
				// would.
				parts = new Row[] { row, new Row(List.of()) };
			}
			if (parts == null) {
				rows.addFirst(row);
			}
			else {
				piece.add(parts[0]);
				all.add(parts[0]);
				if (!parts[1].cells().isEmpty()) {
					rows.addFirst(parts[1]);
				}
			}
			pieces.add(piece);
			piece = new ArrayList<>();
			height = 0;
		}
		if (!piece.isEmpty()) {
			pieces.add(piece);
		}
		Map<Cell, Integer> spans = rowspans(all);
		return pieces.stream().map((p) -> new DrawnGrid(p, spans)).toList();
	}

	/** Each row on its own, for a table that may break between any two. */
	List<DrawnGrid> rows() {
		return this.rows.stream().map((row) -> new DrawnGrid(List.of(row), this.rowspans)).toList();
	}

	/**
	 * A table of grids, one to a row, each drawn in a cell of its height: it breaks
	 * between them and repeats the first {@code headerRows} on every page, as OpenPDF
	 * would a table of their cells, and tags them as one table.
	 */
	static PdfPTable table(List<DrawnGrid> grids, int headerRows, float width) {
		PdfPTable table = new MeasuredTable(1);
		table.setTotalWidth(width);
		table.setLockedWidth(true);
		table.setHorizontalAlignment(Element.ALIGN_LEFT);
		Tags.Table tag = new Tags.Table();
		for (int i = 0; i < grids.size(); i++) {
			table.addCell(grids.get(i).cell(tag, i < headerRows));
		}
		table.setHeaderRows(headerRows);
		return table;
	}

	/**
	 * A cell of a table of grids that draws this one, as part of the table's tags; a
	 * heading drawn again at the top of a later page is drawn as an artifact.
	 */
	PdfPCell cell(Tags.Table tag, boolean repeats) {
		PdfPCell cell = new PdfPCell();
		cell.setFixedHeight(this.height);
		boolean[] drawn = { false };
		cell.setCellEvent((c, position, canvases) -> {
			draw(canvases, position.getLeft(), position.getTop(), tag, repeats && drawn[0]);
			drawn[0] = true;
		});
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPadding(0);
		return cell;
	}

	/**
	 * Draws the rows from the top down, fills under rules under text, as
	 * PdfPTable.writeSelectedRows does. The rules, all of one width and colour, are
	 * stroked as one path, and the text is one text object.
	 * @param canvases the canvases of the table being written, as a cell event is given
	 * them
	 */
	void draw(PdfContentByte[] canvases, float left, float top) {
		draw(canvases, left, top, null, false);
	}

	/**
	 * Draws the rows as {@link #draw(PdfContentByte[], float, float)}, tagged in a tagged
	 * document: each row a TR of the table, each cell a TH or TD with its spans and its
	 * text as its content; fills and rules are artifacts, and so is the whole grid when
	 * it is a table's headings repeated.
	 * @param table the table's tags, or null to draw untagged
	 * @param repeated whether these are headings drawn again on a later page
	 */
	void draw(PdfContentByte[] canvases, float left, float top, Tags.Table table, boolean repeated) {
		PdfContentByte text = canvases[PdfPTable.TEXTCANVAS];
		boolean tagged = table != null && text.getPdfWriter().isTagged();
		PdfStructureElement element = (tagged && !repeated) ? table.element(text.getPdfWriter()) : null;
		PdfContentByte lines = canvases[PdfPTable.LINECANVAS];
		PdfContentByte fills = canvases[PdfPTable.BACKGROUNDCANVAS];
		Rectangle ruled = null;
		boolean filled = false;
		float y = top;
		for (Row row : this.rows) {
			for (Cell cell : row.cells()) {
				if (cell.look().hasBorders() && ruled == null) {
					ruled = cell.look();
					if (tagged) {
						Tags.artifact(lines);
					}
					lines.setLineWidth(ruled.getBorderWidth());
					lines.setColorStroke(ruled.getBorderColor());
				}
				if (tagged && !filled && cell.look().getBackgroundColor() != null) {
					filled = true;
					Tags.artifact(fills);
				}
				cell.fillAndRule(canvases, left, y, row.height());
			}
			y -= row.height();
		}
		if (filled) {
			Tags.end(fills);
		}
		if (ruled != null) {
			lines.stroke();
			lines.resetRGBColorStroke();
			if (tagged) {
				Tags.end(lines);
			}
		}
		if (tagged && repeated) {
			Tags.artifact(text);
		}
		List<Map.Entry<Cell, PdfStructureElement>> pictures = new ArrayList<>();
		Pen pen = new Pen(text);
		y = top;
		for (Row row : this.rows) {
			PdfStructureElement tr = (element != null) ? Tags.row(element) : null;
			for (Cell cell : row.cells()) {
				PdfStructureElement tag = (tr != null && !cell.joinedBlank())
						? Tags.cell(tr, cell.heading(), cell.colspan(), this.rowspans.getOrDefault(cell, 1)) : null;
				if (cell.picture() != null) {
					pictures.add(new AbstractMap.SimpleEntry<>(cell, tag));
					cell.place(left, y);
					continue;
				}
				boolean marked = tag != null && cell.hasText();
				if (marked) {
					Tags.begin(text, tag);
				}
				cell.write(pen, left, y);
				if (marked) {
					Tags.end(text);
				}
			}
			y -= row.height();
		}
		pen.close();
		// A picture is drawn outside the text object, which cannot hold one.
		for (Map.Entry<Cell, PdfStructureElement> picture : pictures) {
			if (picture.getValue() != null) {
				Tags.begin(text, picture.getValue());
			}
			picture.getKey().drawPicture(text);
			if (picture.getValue() != null) {
				Tags.end(text);
			}
		}
		if (tagged && repeated) {
			Tags.end(text);
		}
	}

	private static boolean drawable(PdfPCell cell) {
		return cell.getPhrase() != null && cell.getTable() == null && cell.getImage() == null && cell.getRotation() == 0
				&& cell.getRowspan() == 1 && !cell.hasFixedHeight() && cell.getMinimumHeight() == 0 && !cell.isNoWrap()
				&& !cell.isUseBorderPadding() && !cell.isUseVariableBorders()
				&& cell.getVerticalAlignment() == Element.ALIGN_TOP && cell.getCellEvent() == null
				&& cell.getColumn().getIndent() == 0 && cell.getColumn().getFollowingIndent() == 0
				&& cell.getColumn().getRightIndent() == 0 && cell.getColumn().getLeading() == 0
				&& cell.getColumn().getMultipliedLeading() == 1 && cell.getColumn().getExtraParagraphSpace() == 0;
	}

	private static boolean sameRules(PdfPCell cell, PdfPCell ruled) {
		return cell.getBorderColor() != null && (ruled == null || (cell.getBorderWidth() == ruled.getBorderWidth()
				&& cell.getBorderColor().equals(ruled.getBorderColor())));
	}

	private record Row(List<Cell> cells, float height) {

		Row(List<Cell> cells) {
			this(cells, (float) cells.stream().mapToDouble(Cell::height).max().orElse(0));
		}

		/**
		 * The row's first lines, as many as fit in this height, and the rest as a row
		 * under it; null when a cell's first line does not fit.
		 */
		Row[] split(float room) {
			List<Cell> head = new ArrayList<>();
			List<Cell> tail = new ArrayList<>();
			for (Cell cell : this.cells) {
				Cell[] parts = cell.split(room);
				if (parts == null) {
					return null;
				}
				head.add(parts[0]);
				tail.add(parts[1]);
			}
			return new Row[] { new Row(head), new Row(tail) };
		}

		/** Whether the row has a blank cell at this left joined to the one above it. */
		boolean continues(float left) {
			return this.cells.stream().anyMatch((c) -> c.left() == left && c.joinedBlank());
		}

	}

	/**
	 * A cell: its borders and fill, its left and right from the grid's left, where its
	 * text starts inside them, its lines and the height they take. It keeps nothing of
	 * the PdfPCell, which can go as soon as it is measured.
	 */
	private record Cell(Rectangle look, float left, float right, float paddingLeft, float paddingTop, int alignment,
			boolean ascender, List<Line> lines, float height, boolean heading, int colspan, Grid.Join join,
			Picture picture, float paddingBottom, boolean descender) {

		static Cell of(Style style, PdfPCell cell, float left, float right) {
			boolean heading = (cell instanceof Grid.Cell g) && g.heading();
			Grid.Join join = (cell instanceof Grid.Cell g) ? g.join() : Grid.Join.NONE;
			Picture picture = Picture.of(cell.getPhrase());
			if (picture != null) {
				Rectangle look = new Rectangle(0, 0);
				look.cloneNonPositionParameters(cell);
				return new Cell(look, left, right, cell.getEffectivePaddingLeft(), cell.getEffectivePaddingTop(),
						cell.getHorizontalAlignment(), cell.isUseAscender(), List.of(),
						cell.getEffectivePaddingTop() + picture.template().getHeight()
								+ cell.getEffectivePaddingBottom(),
						heading, cell.getColspan(), join, picture, cell.getEffectivePaddingBottom(), false);
			}
			Text text = Text.of(style, cell.getPhrase());
			if (text == null) {
				return null;
			}
			float textLeft = left + cell.getEffectivePaddingLeft();
			List<Line> lines = text.lines(right - cell.getEffectivePaddingRight() - textLeft);
			Rectangle look = new Rectangle(0, 0);
			look.cloneNonPositionParameters(cell);
			return new Cell(look, left, right, cell.getEffectivePaddingLeft(), cell.getEffectivePaddingTop(),
					cell.getHorizontalAlignment(), cell.isUseAscender(), lines,
					height(lines, cell.getEffectivePaddingTop(), cell.getEffectivePaddingBottom(), cell.isUseAscender(),
							cell.isUseDescender()),
					heading, cell.getColspan(), join, null, cell.getEffectivePaddingBottom(), cell.isUseDescender());
		}

		/**
		 * PdfPCell.getMaxHeight: the lines set down from the top inside the padding, then
		 * the last descender.
		 */
		private static float height(List<Line> lines, float paddingTop, float paddingBottom, boolean ascender,
				boolean descender) {
			float y = -paddingTop;
			for (int i = 0; i < lines.size(); i++) {
				y -= lines.get(i).leading(i == 0 && ascender);
			}
			if (descender && !lines.isEmpty()) {
				y += lines.get(lines.size() - 1).descender();
			}
			return -(y - paddingBottom);
		}

		/**
		 * The cell's first lines, as many as fit in this height, and the rest as a cell
		 * under it; null when not even its first line fits.
		 */
		Cell[] split(float room) {
			int fit = this.lines.size();
			while (fit > 0 && height(this.lines.subList(0, fit), this.paddingTop, this.paddingBottom, this.ascender,
					this.descender) > room) {
				fit--;
			}
			if (fit == 0 && !this.lines.isEmpty() || this.picture != null && this.height > room) {
				return null;
			}
			return new Cell[] { with(this.lines.subList(0, fit), this.join),
					with(this.lines.subList(fit, this.lines.size()),
							(this.join == Grid.Join.NONE) ? Grid.Join.NONE : Grid.Join.CONTINUES) };
		}

		private Cell with(List<Line> lines, Grid.Join join) {
			return new Cell(this.look, this.left, this.right, this.paddingLeft, this.paddingTop, this.alignment,
					this.ascender, List.copyOf(lines),
					height(lines, this.paddingTop, this.paddingBottom, this.ascender, this.descender), this.heading,
					this.colspan, join, this.picture, this.paddingBottom, this.descender);
		}

		boolean hasText() {
			return this.lines.stream().anyMatch((l) -> l.runs().stream().anyMatch((r) -> !r.text().isEmpty()));
		}

		/** A blank cell joined to the one above, which it is part of. */
		boolean joinedBlank() {
			return this.join == Grid.Join.CONTINUES && !hasText();
		}

		/**
		 * Where the picture goes: top left inside the padding, as an inline image sits.
		 */
		void place(float x, float top) {
			this.picture.at(this.left + x + this.paddingLeft,
					top - this.paddingTop - this.picture.template().getHeight());
		}

		void drawPicture(PdfContentByte canvas) {
			this.picture.draw(canvas);
		}

		/** Its fill, and its rules added to the path being drawn. */
		void fillAndRule(PdfContentByte[] canvases, float x, float top, float rowHeight) {
			float left = this.left + x;
			float right = this.right + x;
			float bottom = top - rowHeight;
			Color fill = this.look.getBackgroundColor();
			if (fill != null) {
				PdfContentByte background = canvases[PdfPTable.BACKGROUNDCANVAS];
				background.setColorFill(fill);
				background.rectangle(left, bottom, right - left, top - bottom);
				background.fill();
			}
			if (this.look.hasBorders()) {
				rules(canvases[PdfPTable.LINECANVAS], left, bottom, right, top);
			}
		}

		/** PdfContentByte.rectangle(Rectangle), without the stroke. */
		private void rules(PdfContentByte lines, float left, float bottom, float right, float top) {
			if (this.look.hasBorder(Rectangle.BOX)) {
				lines.rectangle(left, bottom, right - left, top - bottom);
				return;
			}
			if (this.look.hasBorder(Rectangle.RIGHT)) {
				lines.moveTo(right, bottom);
				lines.lineTo(right, top);
			}
			if (this.look.hasBorder(Rectangle.LEFT)) {
				lines.moveTo(left, bottom);
				lines.lineTo(left, top);
			}
			if (this.look.hasBorder(Rectangle.BOTTOM)) {
				lines.moveTo(left, bottom);
				lines.lineTo(right, bottom);
			}
			if (this.look.hasBorder(Rectangle.TOP)) {
				lines.moveTo(left, top);
				lines.lineTo(right, top);
			}
		}

		/**
		 * The lines where ColumnText.go sets them: each baseline a leading below the
		 * last, aligned in the width.
		 */
		void write(Pen pen, float x, float top) {
			float left = this.left + x + this.paddingLeft;
			float y = top - this.paddingTop;
			for (int i = 0; i < this.lines.size(); i++) {
				Line line = this.lines.get(i);
				y -= line.leading(i == 0 && this.ascender);
				pen.lineAt(left + switch (this.alignment) {
					case Element.ALIGN_RIGHT -> line.widthLeft();
					case Element.ALIGN_CENTER -> line.widthLeft() / 2f;
					default -> 0;
				}, y, i == 0);
				for (Run run : line.runs()) {
					// The empty run of a blank paragraph's line takes its height and has
					// nothing to show.
					if (!run.text().isEmpty()) {
						pen.show(run);
					}
				}
			}
		}

	}

	/**
	 * A cell's only content a template, e.g. a page number filled in later: placed where
	 * OpenPDF sets an image chunk of it, at its own size.
	 */
	private static final class Picture {

		private final PdfTemplate template;

		private float x;

		private float y;

		private Picture(PdfTemplate template) {
			this.template = template;
		}

		static Picture of(Phrase phrase) {
			if (phrase == null || phrase.getChunks().size() != 1) {
				return null;
			}
			Image image = ((Chunk) phrase.getChunks().get(0)).getImage();
			return (image instanceof ImgTemplate t && image.getRotation() == 0
					&& image.getScaledWidth() == image.getWidth()) ? new Picture(t.getTemplateData()) : null;
		}

		PdfTemplate template() {
			return this.template;
		}

		void at(float x, float y) {
			this.x = x;
			this.y = y;
		}

		void draw(PdfContentByte canvas) {
			canvas.addTemplate(this.template, this.x, this.y);
		}

	}

	/**
	 * Writes a grid's text as one text object, setting the font and colour only when they
	 * change.
	 */
	private static final class Pen {

		private final PdfContentByte canvas;

		private BaseFont font;

		private float size;

		private Color colour;

		private float x;

		private float y;

		Pen(PdfContentByte canvas) {
			this.canvas = canvas;
			canvas.beginText();
		}

		/**
		 * Starts a line: a cell's first where it is, the next a move from the last, which
		 * is a whole leading down and rounds to nothing; so no rounding builds up past a
		 * cell.
		 */
		void lineAt(float x, float y, boolean first) {
			if (first) {
				this.canvas.setTextMatrix(x, y);
			}
			else {
				this.canvas.moveText(x - this.x, y - this.y);
			}
			this.x = x;
			this.y = y;
		}

		void show(Run run) {
			ChunkFont f = run.font();
			if (f.base() != this.font || f.size() != this.size) {
				this.font = f.base();
				this.size = f.size();
				this.canvas.setFontAndSize(this.font, this.size);
			}
			Color c = (f.colour() != null) ? f.colour() : Color.BLACK;
			if (!c.equals(this.colour)) {
				this.colour = c;
				this.canvas.setColorFill(c);
			}
			this.canvas.showText(run.text());
		}

		/** Ends the text, and leaves the fill black as OpenPDF's own text does. */
		void close() {
			this.canvas.endText();
			this.canvas.resetRGBColorFill();
		}

	}

	/**
	 * A chunk's font as PdfChunk resolves it: a font with none of its own is looked up
	 * only if a line needs it.
	 */
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

	/**
	 * A line of a cell: its pieces, the width left at its end, and its fonts' tallest and
	 * deepest.
	 */
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

		/**
		 * How far this line's baseline sits below the last: the first line's ascender, or
		 * the font size.
		 */
		float leading(boolean firstByAscender) {
			return firstByAscender ? this.ascender : Math.max(this.size, -10000);
		}

	}

	/**
	 * A phrase's characters, each with its chunk's font, broken into lines as BidiLine
	 * breaks them.
	 */
	private static final class Text {

		private final char[] chars;

		/** Each character's chunk's font, one object for each chunk. */
		private final ChunkFont[] fonts;

		// The paragraph being broken, from start to end (exclusive), and the next
		// character to set.
		private int start;

		private int end;

		private int current;

		/** Where the next paragraph begins. */
		private int next;

		/** The font of a blank paragraph's line. */
		private ChunkFont blank;

		private Text(char[] chars, ChunkFont[] fonts) {
			this.chars = chars;
			this.fonts = fonts;
		}

		static Text of(Style style, Phrase phrase) {
			List<Element> chunks = phrase.getChunks();
			String[] contents = new String[chunks.size()];
			int length = 0;
			for (int i = 0; i < contents.length; i++) {
				contents[i] = ((Chunk) chunks.get(i)).getContent();
				if (!plain((Chunk) chunks.get(i), contents[i])) {
					return null;
				}
				length += contents[i].length();
			}
			char[] chars = new char[length];
			ChunkFont[] fonts = new ChunkFont[length];
			int at = 0;
			for (int i = 0; i < contents.length; i++) {
				String content = contents[i];
				content.getChars(0, content.length(), chars, at);
				Arrays.fill(fonts, at, at + content.length(), new ChunkFont(style, ((Chunk) chunks.get(i)).getFont()));
				at += content.length();
			}
			return new Text(chars, fonts);
		}

		/**
		 * Whether PdfChunk would set the chunk as plain text, in its font or, with none,
		 * a standard one.
		 */
		private static boolean plain(Chunk chunk, String content) {
			Font f = chunk.getFont();
			return !chunk.hasAttributes() && !f.isUnderlined() && !f.isStrikethru()
					&& (f.getStyle() == Font.UNDEFINED || f.getStyle() == Font.NORMAL)
					&& (f.getBaseFont() != null || content.chars().allMatch((c) -> c <= 0xFF));
		}

		/**
		 * The lines of the text set in this width, as ColumnText.go asks BidiLine for
		 * them.
		 */
		List<Line> lines(float width) {
			List<Line> lines = new ArrayList<>();
			while (!(this.current >= this.end && this.next >= this.chars.length)) {
				Line line = line(width);
				if (line == null) {
					break;
				}
				lines.add(line);
			}
			return lines;
		}

		/**
		 * BidiLine.getParagraph: the characters up to the next line break, trailing white
		 * space trimmed.
		 */
		private boolean paragraph() {
			this.start = this.next;
			this.current = this.start;
			boolean hasText = false;
			int i = this.next;
			for (; i < this.chars.length; i++) {
				char c = this.chars[i];
				if (c == '\r' || c == '\n') {
					hasText = true;
					this.blank = this.fonts[(i > this.start) ? this.start : i];
					// A carriage return and a line feed break once, when they come in the
					// same chunk.
					this.next = (c == '\r' && i + 1 < this.chars.length && this.chars[i + 1] == '\n'
							&& this.fonts[i + 1] == this.fonts[i]) ? i + 2 : i + 1;
					break;
				}
			}
			this.end = i;
			if (i == this.chars.length) {
				this.next = i;
			}
			if (this.end == this.start) {
				return hasText;
			}
			this.blank = this.fonts[this.start];
			this.end = trimRight(this.start, this.end - 1, false) + 1;
			if (this.end == this.start) {
				return true;
			}
			this.end = trimRight(this.start, this.end - 1, true) + 1;
			return true;
		}

		/**
		 * BidiLine.processLine, for left-to-right text with no tabs, images or
		 * hyphenation.
		 */
		private Line line(float width) {
			if (this.current >= this.end) {
				if (!paragraph()) {
					return null;
				}
				if (this.end == this.start) {
					return Line.of(List.of(new Run("", this.blank)), 0);
				}
			}
			float originalWidth = width;
			int lastSplit = -1;
			if (this.current != this.start) {
				this.current = trimLeft(this.current, this.end - 1);
			}
			int first = this.current;
			boolean anyFits = false;
			boolean surrogate = false;
			for (; this.current < this.end; this.current++) {
				surrogate = this.current + 1 < this.end
						&& Character.isSurrogatePair(this.chars[this.current], this.chars[this.current + 1]);
				int c = surrogate ? Character.toCodePoint(this.chars[this.current], this.chars[this.current + 1])
						: this.chars[this.current];
				if (PdfChunk.noPrint(c)) {
					continue;
				}
				float charWidth = this.fonts[this.current].width(c);
				boolean split = splits(this.chars[this.current]);
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
			if (this.current >= this.end) {
				return line(first, this.end - 1, width);
			}
			int last = trimRight(first, this.current - 1, true);
			if (last < first) {
				return line(first, this.current - 1, width);
			}
			if (lastSplit == -1 || lastSplit >= last) {
				return line(first, last, width + width(last + 1, this.current - 1));
			}
			this.current = lastSplit + 1;
			last = trimRight(first, lastSplit, true);
			if (last < first) {
				last = this.current - 1;
			}
			return line(first, last, originalWidth - width(first, last));
		}

		/**
		 * BidiLine.createArrayOfPdfChunks: the characters in runs of one font,
		 * unprintable ones left out.
		 */
		private Line line(int first, int last, float widthLeft) {
			List<Run> runs = new ArrayList<>(1);
			int from = first;
			for (int i = first; i <= last + 1; i++) {
				if (i > last || this.fonts[i] != this.fonts[from] || PdfChunk.noPrint(this.chars[i])) {
					if (i > from) {
						runs.add(new Run(new String(this.chars, from, i - from), this.fonts[from]));
					}
					from = (i <= last && PdfChunk.noPrint(this.chars[i])) ? i + 1 : i;
				}
			}
			return Line.of(runs, widthLeft);
		}

		/** BidiLine.getWidth. */
		private float width(int first, int last) {
			float width = 0;
			for (int i = first; i <= last; i++) {
				if (i + 1 <= last && Character.isSurrogatePair(this.chars[i], this.chars[i + 1])) {
					width += this.fonts[i].width(Character.toCodePoint(this.chars[i], this.chars[i + 1]));
					i++;
				}
				else if (!PdfChunk.noPrint(this.chars[i])) {
					width += this.fonts[i].width(this.chars[i]);
				}
			}
			return width;
		}

		/**
		 * BidiLine.trimRight, or with unprintable characters trimmed too, trimRightEx.
		 */
		private int trimRight(int first, int last, boolean unprintable) {
			int i = last;
			while (i >= first && (this.chars[i] <= ' ' || (unprintable && PdfChunk.noPrint(this.chars[i])))) {
				i--;
			}
			return i;
		}

		/** BidiLine.trimLeftEx. */
		private int trimLeft(int first, int last) {
			int i = first;
			while (i <= last && (this.chars[i] <= ' ' || PdfChunk.noPrint(this.chars[i]))) {
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
			return c <= 0x200b || c >= 0x2e80 && c < 0xd7a0 || c >= 0xf900 && c < 0xfb00 || c >= 0xfe30 && c < 0xfe50
					|| c >= 0xff61 && c < 0xffa0;
		}

	}

}
