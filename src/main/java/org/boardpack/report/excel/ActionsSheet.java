package org.boardpack.report.excel;

import static org.boardpack.report.excel.Column.Kind.DATE;
import static org.boardpack.report.excel.Column.Kind.NUMBER;
import static org.boardpack.report.excel.Column.Kind.TEXT;
import static org.boardpack.report.excel.Column.Kind.WRAP;

import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.boardpack.actionplan.AssessedAction;
import org.boardpack.actionplan.Rag;
import org.boardpack.actionplan.Status;
import org.boardpack.pack.BoardPack;

/**
 * The Actions sheet officers live in: one row per action with every column of the plan,
 * under headers the reader knows, so the sheet comes back as next month's plan; then the
 * columns boardpack works out, under grey headers the reader sets aside. Filter buttons
 * on the header, the header and the ref frozen, dropdowns for status and the owner's RAG,
 * RAG cells coloured by rules that follow an edit.
 */
final class ActionsSheet {

	static final String NAME = "Actions";

	static final List<Column<AssessedAction>> COLUMNS = List.of(Column.of("Ref", 8, TEXT, AssessedAction::ref),
			Column.of("Section", 9, NUMBER, (a) -> a.action().section()),
			Column.of("Section title", 24, WRAP, AssessedAction::sectionTitle),
			Column.of("Action", 50, WRAP, (a) -> a.action().description()),
			Column.of("Owner", 24, WRAP, (a) -> a.action().owner()),
			Column.of("Start date", 11, DATE, (a) -> a.action().startDate()),
			Column.of("Original due date", 11, DATE, (a) -> a.action().dueDate()),
			Column.of("Revised due date", 11, DATE, (a) -> a.action().revisedDueDate()),
			Column.of("Status", 12, TEXT, (a) -> a.action().status().label()),
			Column.of("Owner's RAG", 9, TEXT,
					(a) -> (a.action().ownerRag() != null) ? a.action().ownerRag().label() : null),
			Column.of("Percent complete", 9, NUMBER, (a) -> a.action().percentComplete()),
			Column.of("Last updated", 11, DATE, (a) -> a.action().lastUpdated()),
			Column.of("Update", 60, WRAP, (a) -> a.action().update()),
			Column.of("Evidence of impact", 40, WRAP, (a) -> a.action().evidence()),
			Column.of("Board ask", 30, WRAP, (a) -> a.action().boardAsk()),
			Column.of("Theme", 20, WRAP, (a) -> a.action().theme()),
			Column.derived("Effective due date", 11, DATE, AssessedAction::effectiveDueDate),
			Column.derived("First due date", 11, DATE, AssessedAction::firstDueDate),
			Column.derived("Days overdue", 9, NUMBER, AssessedAction::daysOverdue),
			Column.derived("Days overdue (first due date)", 11, NUMBER, AssessedAction::daysOverdueOriginal),
			Column.derived("Slipped (days)", 9, NUMBER, AssessedAction::slippedDays),
			Column.derived("Date moves", 8, NUMBER, AssessedAction::dateMoves),
			Column.derived("Days since update", 9, NUMBER, AssessedAction::daysSinceUpdate),
			Column.derived("Stale", 7, TEXT, (a) -> a.stale() ? "Yes" : "No"),
			Column.derived("Derived RAG", 9, TEXT, (a) -> a.derivedRag().label()),
			Column.derived("Why (derived RAG)", 40, WRAP, AssessedAction::ragReason),
			Column.derived("RAG challenge", 40, WRAP, AssessedAction::challenge));

	/** The first row of actions, under the header. */
	private static final int FIRST = Layout.LISTING_HEADER_ROW + 1;

	private static final int STATUS = Column.indexOf(COLUMNS, "Status");

	private static final int OWNER_RAG = Column.indexOf(COLUMNS, "Owner's RAG");

	private static final int PERCENT = Column.indexOf(COLUMNS, "Percent complete");

	private static final int DERIVED_RAG = Column.indexOf(COLUMNS, "Derived RAG");

	private ActionsSheet() {
	}

	static void write(SheetWriter writer, BoardPack pack, Layout layout) {
		Sheet sheet = writer.sheet();
		layout.listing(writer, "Improvement plan actions", COLUMNS, pack.actions(), 1);
		DataValidationHelper helper = sheet.getDataValidationHelper();
		list(sheet, helper, STATUS, "Status", Arrays.stream(Status.values()).map(Status::label).toArray(String[]::new));
		list(sheet, helper, OWNER_RAG, "Owner's RAG",
				Arrays.stream(Rag.values()).map(Rag::label).toArray(String[]::new));
		DataValidation percent = helper.createValidation(
				helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "100"),
				new CellRangeAddressList(FIRST, SheetWriter.LAST_ROW, PERCENT, PERCENT));
		percent.setShowErrorBox(true);
		percent.createErrorBox("Percent complete", "Enter a whole number from 0 to 100.");
		sheet.addValidationData(percent);
		RagColours.apply(sheet, pack.template(), FIRST, OWNER_RAG);
		RagColours.apply(sheet, pack.template(), FIRST, DERIVED_RAG);
	}

	/**
	 * The headers of the derived columns, which the reader sets aside when a tracker
	 * comes back.
	 */
	static List<String> derivedHeaders() {
		return COLUMNS.stream().filter(Column::derived).map(Column::header).toList();
	}

	/**
	 * A dropdown of the allowed values, from the first action to the foot of the sheet.
	 */
	private static void list(Sheet sheet, DataValidationHelper helper, int column, String name, String[] values) {
		DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(values),
				new CellRangeAddressList(FIRST, SheetWriter.LAST_ROW, column, column));
		validation.setShowErrorBox(true);
		validation.createErrorBox(name, "Choose one of: " + String.join(", ", values) + ".");
		sheet.addValidationData(validation);
	}

}
