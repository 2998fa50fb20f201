package org.boardpack.report.excel;

import static org.boardpack.report.excel.Column.Kind.DECIMAL;
import static org.boardpack.report.excel.Column.Kind.NUMBER;
import static org.boardpack.report.excel.Column.Kind.TEXT;

import java.util.List;
import java.util.function.Function;

import org.boardpack.pack.BoardPack;
import org.boardpack.pack.Workforce;
import org.boardpack.workforce.Ratio;
import org.boardpack.workforce.TeamFigures;

/**
 * Every team's workforce figures month by month, one row per team per month, with the
 * caseload against its cap and each rate beside the counts it is worked out from: filter
 * by team, month or RAG, or pivot. A figure not given is an empty cell, never 0.
 */
final class WorkforceSheet {

	static final String NAME = "Workforce";

	private static final List<Column<Workforce.Row>> COLUMNS = List.of(
			Column.of("Month", 9, TEXT, (r) -> r.figures().month().toString()),
			Column.of("Team", 22, TEXT, Workforce.Row::team),
			Column.of("Case-holding FTE", 11, DECIMAL, (r) -> r.figures().caseHoldingFte()),
			Column.of("Allocated cases", 11, NUMBER, (r) -> r.figures().allocatedCases()),
			Column.derived("Caseload", 10, DECIMAL, (r) -> r.figures().caseload()),
			Column.derived("Cap", 8, DECIMAL, (r) -> r.figures().cap().green()),
			Column.derived("Amber to", 8, DECIMAL, (r) -> r.figures().cap().amber()),
			Column.derived("RAG", 9, TEXT, (r) -> (r.rag() != null) ? r.rag().label() : null),
			Column.of("Unallocated cases", 12, NUMBER, (r) -> r.figures().unallocatedCases()),
			Column.of("Agency FTE", 10, DECIMAL, part(TeamFigures::agency)),
			Column.derived("Filled FTE", 10, DECIMAL, whole(TeamFigures::agency)),
			Column.derived("Agency %", 9, DECIMAL, percent(TeamFigures::agency)),
			Column.of("Vacant FTE", 10, DECIMAL, part(TeamFigures::vacancy)),
			Column.of("Established FTE", 11, DECIMAL, whole(TeamFigures::vacancy)),
			Column.derived("Vacancy %", 9, DECIMAL, percent(TeamFigures::vacancy)),
			Column.derived("Leavers, 12 months", 11, DECIMAL, part(TeamFigures::turnover)),
			Column.derived("Mean filled FTE", 11, DECIMAL, whole(TeamFigures::turnover)),
			Column.derived("Turnover %", 10, DECIMAL, percent(TeamFigures::turnover)),
			Column.derived("Turnover months", 10, NUMBER,
					(r) -> (r.figures().turnover() != null) ? r.figures().turnoverMonths() : null),
			Column.of("Supervisions on time", 12, DECIMAL, part(TeamFigures::supervision)),
			Column.of("Supervisions due", 11, DECIMAL, whole(TeamFigures::supervision)),
			Column.derived("Supervision on time %", 12, DECIMAL, percent(TeamFigures::supervision)));

	static final int RAG = Column.indexOf(COLUMNS, "RAG");

	private WorkforceSheet() {
	}

	static boolean wanted(BoardPack pack) {
		return pack.workforce().present();
	}

	static void write(SheetWriter writer, BoardPack pack, Layout layout) {
		layout.listing(writer, "Workforce and caseloads, every team's month up to " + layout.period(), null,
				"Workforce", COLUMNS, pack.workforce().months(), 2);
		RagColours.apply(writer.sheet(), pack.template(), Layout.LISTING_HEADER_ROW + 1, RAG);
	}

	private static Function<Workforce.Row, Object> part(Function<TeamFigures, Ratio> rate) {
		return (r) -> (rate.apply(r.figures()) != null) ? rate.apply(r.figures()).part() : null;
	}

	private static Function<Workforce.Row, Object> whole(Function<TeamFigures, Ratio> rate) {
		return (r) -> (rate.apply(r.figures()) != null) ? rate.apply(r.figures()).whole() : null;
	}

	private static Function<Workforce.Row, Object> percent(Function<TeamFigures, Ratio> rate) {
		return (r) -> (rate.apply(r.figures()) != null) ? rate.apply(r.figures()).percent() : null;
	}

}
