package org.boardpack.report.excel;

import static org.boardpack.report.excel.Column.Kind.DATE;
import static org.boardpack.report.excel.Column.Kind.NUMBER;
import static org.boardpack.report.excel.Column.Kind.PERCENT;
import static org.boardpack.report.excel.Column.Kind.TEXT;
import static org.boardpack.report.excel.Column.Kind.WRAP;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.boardpack.actionplan.PeriodSummary;
import org.boardpack.actionplan.PlanProgress;
import org.boardpack.actionplan.Rag;
import org.boardpack.actionplan.Status;
import org.boardpack.actionplan.Tally;
import org.boardpack.pack.BoardPack;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTOverlap;

/**
 * Progress by section (with all sections), by theme and board by board, with a native
 * stacked bar chart of the derived RAG by section. The sheet is small and the chart needs
 * the full (not streamed) sheet model, so it is written before the streamed sheets.
 */
final class SummarySheet {

	static final String NAME = "Summary";

	private static final int LABEL_WIDTH = 34;

	private static final int FIGURE_WIDTH = 8;

	/**
	 * Each column's width, shared by the tables one above the other: narrow enough that
	 * the sheet prints at 8pt or more on A4 landscape fitted to the page's width, and 10
	 * where a header's word would otherwise break ("Complete", "Embedded", "challenges";
	 * the second column holds the trend's dates too).
	 */
	private static final int[] WIDTHS = { LABEL_WIDTH, 10, FIGURE_WIDTH, 10, 10, FIGURE_WIDTH, FIGURE_WIDTH,
			FIGURE_WIDTH, FIGURE_WIDTH, 10, 10, 10, 10, FIGURE_WIDTH, FIGURE_WIDTH, FIGURE_WIDTH, 10 };

	private static final int CHART_COLUMNS = 13;

	private static final int CHART_ROWS = 20;

	/** A line of a progress table: a section, a theme or the whole plan. */
	private record Line(String label, Tally tally) {
	}

	private SummarySheet() {
	}

	static void write(XSSFSheet sheet, Styles styles, BoardPack pack, Layout layout) {
		SheetWriter writer = new SheetWriter(sheet, styles);
		layout.title(writer, "Summary");
		writer.line(pack.headline(), styles.strong());
		List<Column<Line>> columns = progressColumns("Section");
		int tableWidth = columns.stream().mapToInt(Column::width).sum();
		// Each message wraps across the tables' width: one long line would widen the
		// printed sheet, and fitted to the page's width, shrink it all.
		pack.keyMessages()
			.forEach((message) -> writer.wrapped(message, styles.paragraph(), columns.size(), tableWidth));
		writer.gap();
		writer.line("Progress by section (derived RAG)", styles.heading());
		List<Line> sections = new ArrayList<>();
		for (PlanProgress.Part part : pack.progress().sections()) {
			sections.add(new Line(part.key() + ". " + part.title(), part.tally()));
		}
		List<Line> withTotal = new ArrayList<>(sections);
		withTotal.add(new Line("All sections", pack.progress().overall()));
		CellRangeAddress bySection = writer.table(columns, withTotal);
		colourRagHeaders(sheet, styles, bySection.getFirstRow(), columns);
		writer.gap();
		writer.line("Progress by theme", styles.heading());
		if (pack.progress().themes().isEmpty()) {
			writer.line("The plan gives no themes.");
		}
		else {
			List<Column<Line>> themeColumns = progressColumns("Theme");
			int header = writer
				.table(themeColumns,
						pack.progress().themes().stream().map((p) -> new Line(p.title(), p.tally())).toList())
				.getFirstRow();
			colourRagHeaders(sheet, styles, header, themeColumns);
		}
		writer.gap();
		writer.line("Board by board", styles.heading());
		List<Column<PeriodSummary>> trendColumns = trendColumns();
		int trendHeader = writer.table(trendColumns, pack.trend()).getFirstRow();
		colourRagHeaders(sheet, styles, trendHeader, trendColumns);
		writer.gap();
		writer.widths(columns);
		if (!sections.isEmpty()) {
			chart(sheet, pack, sections, bySection, columns, writer.row());
		}
		layout.print(sheet, -1);
	}

	private static List<Column<Line>> progressColumns(String label) {
		List<Column<Line>> columns = new ArrayList<>();
		add(columns, label, WRAP, Line::label);
		add(columns, "Actions", NUMBER, (l) -> l.tally().actions());
		for (Rag rag : Rag.values()) {
			add(columns, rag.label(), NUMBER, (l) -> l.tally().count(rag));
		}
		for (Status status : Status.values()) {
			add(columns, status.label(), NUMBER, (l) -> l.tally().count(status));
		}
		add(columns, "Mean % complete", PERCENT, (l) -> l.tally().meanPercent());
		add(columns, "Actions in the mean", NUMBER, (l) -> l.tally().percentReported());
		add(columns, "Overdue", NUMBER, (l) -> l.tally().overdue());
		add(columns, "Slipped", NUMBER, (l) -> l.tally().slipped());
		add(columns, "Stale", NUMBER, (l) -> l.tally().stale());
		add(columns, "RAG challenges", NUMBER, (l) -> l.tally().challenged());
		return columns;
	}

	private static List<Column<PeriodSummary>> trendColumns() {
		List<Column<PeriodSummary>> columns = new ArrayList<>();
		add(columns, "Period", TEXT, PeriodSummary::period);
		add(columns, "Data as at", DATE, PeriodSummary::asAt);
		add(columns, "Actions", NUMBER, PeriodSummary::actions);
		add(columns, "Complete or embedded", NUMBER, PeriodSummary::done);
		add(columns, "Embedded", NUMBER, PeriodSummary::embedded);
		for (Rag rag : Rag.values()) {
			add(columns, rag.label(), NUMBER, (p) -> p.count(rag));
		}
		add(columns, "Overdue", NUMBER, PeriodSummary::overdue);
		add(columns, "Slipped", NUMBER, PeriodSummary::slipped);
		add(columns, "Stale", NUMBER, PeriodSummary::stale);
		add(columns, "RAG challenges", NUMBER, PeriodSummary::challenged);
		return columns;
	}

	/** Adds a column at the width its place on the sheet has. */
	private static <T> void add(List<Column<T>> columns, String header, Column.Kind kind,
			Function<? super T, ?> value) {
		columns.add(Column.of(header, WIDTHS[columns.size()], kind, value));
	}

	/** A RAG column's header in its colour, the key to the chart and the tables alike. */
	private static <T> void colourRagHeaders(XSSFSheet sheet, Styles styles, int headerRow, List<Column<T>> columns) {
		XSSFRow row = sheet.getRow(headerRow);
		for (Rag rag : Rag.values()) {
			row.getCell(Column.indexOf(columns, rag.label())).setCellStyle(styles.rag(rag));
		}
	}

	/**
	 * Horizontal bars, one per section, stacked by derived RAG in the template's colours,
	 * section 1 at the top. The series point at the table's cells, and carry the pack's
	 * figures as their cached values.
	 */
	private static void chart(XSSFSheet sheet, BoardPack pack, List<Line> sections, CellRangeAddress table,
			List<Column<Line>> columns, int top) {
		// Printed, the chart starts a page, so it is never cut in two.
		sheet.setRowBreak(top - 1);
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, CHART_COLUMNS, top + CHART_ROWS);
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText("Derived RAG by section");
		chart.setTitleOverlay(false);
		chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		XDDFCategoryAxis sectionAxis = chart.createCategoryAxis(AxisPosition.LEFT);
		sectionAxis.setOrientation(AxisOrientation.MAX_MIN);
		XDDFValueAxis countAxis = chart.createValueAxis(AxisPosition.BOTTOM);
		// With the sections reversed (1 at the top) the count axis crosses at the last,
		// so it stays at the bottom.
		countAxis.setCrosses(AxisCrosses.MAX);
		countAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
		int firstRow = table.getFirstRow() + 1;
		int lastRow = firstRow + sections.size() - 1;
		XDDFCategoryDataSource labels = XDDFDataSourcesFactory
			.fromArray(sections.stream().map(Line::label).toArray(String[]::new), range(sheet, firstRow, lastRow, 0));
		XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, sectionAxis, countAxis);
		bars.setBarDirection(BarDirection.BAR);
		bars.setBarGrouping(BarGrouping.STACKED);
		bars.setVaryColors(false);
		for (Rag rag : Rag.values()) {
			int column = Column.indexOf(columns, rag.label());
			Integer[] counts = sections.stream().map((l) -> l.tally().count(rag)).toArray(Integer[]::new);
			XDDFChartData.Series series = bars.addSeries(labels,
					XDDFDataSourcesFactory.fromArray(counts, range(sheet, firstRow, lastRow, column)));
			series.setTitle(rag.label(),
					new CellReference(sheet.getSheetName(), table.getFirstRow(), column, true, true));
			XDDFShapeProperties shape = new XDDFShapeProperties();
			XDDFColor colour = XDDFColor.from(Styles.colour(pack.template().colour(rag)).getRGB());
			shape.setFillProperties(new XDDFSolidFillProperties(colour));
			series.setShapeProperties(shape);
		}
		chart.plot(bars);
		overlapFully(chart);
	}

	/**
	 * Stacked bars must overlap fully, or Excel draws each series beside the last. POI's
	 * own setter needs a schema type that poi-ooxml-lite leaves out, so the attribute is
	 * written directly.
	 */
	private static void overlapFully(XSSFChart chart) {
		CTOverlap overlap = chart.getCTChart().getPlotArea().getBarChartArray(0).addNewOverlap();
		try (XmlCursor cursor = overlap.newCursor()) {
			cursor.toNextToken();
			cursor.insertAttributeWithValue("val", "100");
		}
	}

	private static String range(XSSFSheet sheet, int firstRow, int lastRow, int column) {
		return new CellRangeAddress(firstRow, lastRow, column, column).formatAsString(sheet.getSheetName(), true);
	}

}
