package org.boardpack.report.excel;

import static org.boardpack.report.excel.Column.Kind.DATE;
import static org.boardpack.report.excel.Column.Kind.NUMBER;
import static org.boardpack.report.excel.Column.Kind.TEXT;
import static org.boardpack.report.excel.Column.Kind.WRAP;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.boardpack.actionplan.ActionColumn;
import org.boardpack.actionplan.AssessedAction;
import org.boardpack.actionplan.DerivedColumn;
import org.boardpack.actionplan.Rag;
import org.boardpack.actionplan.Status;
import org.boardpack.pack.BoardPack;

/**
 * The Actions sheet officers live in: one row per action with every column of the plan,
 * under headers the reader knows, so the sheet comes back as next month's plan; then the
 * columns boardpack works out, shaded under grey headers and locked, which the reader
 * sets aside. The columns officers work with come first, so they print together: ref,
 * action, owner, dates, status, RAG, percent, the last update and the cell for this
 * month's. An Excel table with the header and the ref frozen; dropdowns for every value
 * that comes from a list, rules for percent and dates; RAG cells coloured by rules that
 * follow an edit; the sheet protected without a password.
 */
final class ActionsSheet {

	static final String NAME = "Actions";

	static final List<Column<AssessedAction>> COLUMNS = List.of(
			Column.of(ActionColumn.REF.trackerHeader(), 7, TEXT, AssessedAction::ref),
			Column.of(ActionColumn.ACTION.trackerHeader(), 36, WRAP, (a) -> a.action().description()),
			Column.of(ActionColumn.OWNER.trackerHeader(), 18, WRAP, (a) -> a.action().owner()),
			Column.of(ActionColumn.START_DATE.trackerHeader(), 10, DATE, (a) -> a.action().startDate()),
			Column.of(ActionColumn.DUE_DATE.trackerHeader(), 10, DATE, (a) -> a.action().dueDate()),
			Column.of(ActionColumn.REVISED_DUE_DATE.trackerHeader(), 10, DATE, (a) -> a.action().revisedDueDate()),
			Column.of(ActionColumn.STATUS.trackerHeader(), 12, TEXT, (a) -> a.action().status().label()),
			Column.of(ActionColumn.RAG.trackerHeader(), 9, TEXT,
					(a) -> (a.action().ownerRag() != null) ? a.action().ownerRag().label() : null),
			Column.of(ActionColumn.PERCENT_COMPLETE.trackerHeader(), 9, NUMBER, (a) -> a.action().percentComplete()),
			Column.of(ActionColumn.LAST_UPDATED.trackerHeader(), 10, DATE, (a) -> a.action().lastUpdated()),
			Column.of(ActionColumn.UPDATE.trackerHeader(), 30, WRAP, (a) -> a.action().update()),
			Column.of(ActionColumn.UPDATE_THIS_MONTH.trackerHeader(), 28, WRAP, (a) -> null),
			Column.of(ActionColumn.SECTION.trackerHeader(), 9, NUMBER, (a) -> a.action().section()),
			Column.of(ActionColumn.SECTION_TITLE.trackerHeader(), 24, WRAP, AssessedAction::sectionTitle),
			Column.of(ActionColumn.THEME.trackerHeader(), 20, WRAP, (a) -> a.action().theme()),
			Column.of(ActionColumn.EVIDENCE.trackerHeader(), 40, WRAP, (a) -> a.action().evidence()),
			Column.of(ActionColumn.BOARD_ASK.trackerHeader(), 30, WRAP, (a) -> a.action().boardAsk()),
			Column.of(ActionColumn.BOARD_DECISION.trackerHeader(), 30, WRAP,
					(a) -> (a.action().decision() != null) ? a.action().decision().decision() : null),
			Column.of(ActionColumn.DECIDED_ON.trackerHeader(), 10, DATE,
					(a) -> (a.action().decision() != null) ? a.action().decision().decidedOn() : null),
			Column.derived(DerivedColumn.EFFECTIVE_DUE_DATE.header(), 10, DATE, AssessedAction::effectiveDueDate),
			Column.derived(DerivedColumn.FIRST_DUE_DATE.header(), 10, DATE, AssessedAction::firstDueDate),
			Column.derived(DerivedColumn.DAYS_OVERDUE.header(), 9, NUMBER, AssessedAction::daysOverdue),
			Column.derived(DerivedColumn.DAYS_OVERDUE_ORIGINAL.header(), 14, NUMBER,
					AssessedAction::daysOverdueOriginal),
			Column.derived(DerivedColumn.SLIPPED_DAYS.header(), 9, NUMBER, AssessedAction::slippedDays),
			Column.derived(DerivedColumn.DATE_MOVES.header(), 8, NUMBER, AssessedAction::dateMoves),
			Column.derived(DerivedColumn.DAYS_SINCE_UPDATE.header(), 11, NUMBER, AssessedAction::daysSinceUpdate),
			Column.derived(DerivedColumn.STALE.header(), 7, TEXT, (a) -> a.stale() ? "Yes" : "No"),
			Column.derived(DerivedColumn.DERIVED_RAG.header(), 9, TEXT, (a) -> a.derivedRag().label()),
			Column.derived(DerivedColumn.RAG_REASON.header(), 40, WRAP, AssessedAction::ragReason),
			Column.derived(DerivedColumn.RAG_CHALLENGE.header(), 40, WRAP, AssessedAction::challenge));

	/**
	 * The last of the columns an officer works with: the Actions sheet prints from the
	 * ref to here, unless the template asks for every column.
	 */
	static final int LAST_WORKING = Column.indexOf(COLUMNS, ActionColumn.UPDATE_THIS_MONTH.trackerHeader());

	/** The line above the header that points officers at what to do. */
	static final String NOTE = "Write in the white cells and choose from the dropdowns; the grey columns are worked "
			+ "out each month. How to send it back: see the " + HowToUpdateSheet.NAME + " sheet.";

	/** The first row of actions, under the header. */
	private static final int FIRST = Layout.LISTING_HEADER_ROW + 1;

	private static final int OWNER_RAG = Column.indexOf(COLUMNS, ActionColumn.RAG.trackerHeader());

	private static final int DERIVED_RAG = Column.indexOf(COLUMNS, DerivedColumn.DERIVED_RAG.header());

	private ActionsSheet() {
	}

	/**
	 * Writes the sheet.
	 * @param lists the named lists the workbook holds for dropdowns
	 */
	static void write(SheetWriter writer, BoardPack pack, Layout layout, Set<String> lists) {
		Sheet sheet = writer.sheet();
		CellRangeAddress table = layout.listing(writer, "Improvement plan actions", NOTE, NAME, COLUMNS, pack.actions(),
				1);
		writer.openBelow(COLUMNS);
		Validations rules = new Validations(sheet, FIRST);
		list(rules, lists, ActionColumn.OWNER.trackerHeader(), ListsSheet.OWNERS);
		list(rules, lists, ActionColumn.SECTION.trackerHeader(), ListsSheet.SECTIONS);
		list(rules, lists, ActionColumn.THEME.trackerHeader(), ListsSheet.THEMES);
		rules.choice(Column.indexOf(COLUMNS, ActionColumn.STATUS.trackerHeader()), ActionColumn.STATUS.trackerHeader(),
				Arrays.stream(Status.values()).map(Status::label).toArray(String[]::new));
		rules.choice(OWNER_RAG, ActionColumn.RAG.trackerHeader(),
				Arrays.stream(Rag.values()).map(Rag::label).toArray(String[]::new));
		rules.wholeNumber(Column.indexOf(COLUMNS, ActionColumn.PERCENT_COMPLETE.trackerHeader()),
				ActionColumn.PERCENT_COMPLETE.trackerHeader(), 0, 100);
		for (int c = 0; c < COLUMNS.size(); c++) {
			if (COLUMNS.get(c).kind() == DATE && !COLUMNS.get(c).derived()) {
				rules.date(c, COLUMNS.get(c).header());
			}
		}
		RagColours.apply(sheet, pack.template(), FIRST, OWNER_RAG);
		RagColours.apply(sheet, pack.template(), FIRST, DERIVED_RAG);
		Protection.lockDerived(writer.model());
		if (!pack.template().tracker().printAllColumns()) {
			sheet.getWorkbook()
				.setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, LAST_WORKING, 0, table.getLastRow());
		}
	}

	/**
	 * A dropdown from a named list, when the workbook has it; a new value is warned of.
	 */
	private static void list(Validations rules, Set<String> lists, String header, String list) {
		if (lists.contains(list)) {
			rules.fromList(Column.indexOf(COLUMNS, header), header, list, false);
		}
	}

}
