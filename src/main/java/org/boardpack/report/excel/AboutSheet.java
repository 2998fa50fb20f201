package org.boardpack.report.excel;

import static org.boardpack.report.excel.Column.Kind.NUMBER;
import static org.boardpack.report.excel.Column.Kind.TEXT;
import static org.boardpack.report.excel.Column.Kind.WRAP;

import java.util.List;

import org.boardpack.actionplan.Rag;
import org.boardpack.actionplan.Status;
import org.boardpack.pack.BoardPack;
import org.boardpack.rejects.FileLoad;
import org.boardpack.template.Template;

/**
 * Where the tracker came from and how to read it: authority, board, period and as-at
 * date; each input file with its SHA-256 and how its rows reconcile; how the derived RAG
 * is worked out; what each colour and status means here (colours differ between
 * councils); and how to send the tracker back.
 */
final class AboutSheet {

	static final String NAME = "About";

	static final List<Column<FileLoad>> FILE_COLUMNS = List.of(Column.of("Input", 22, TEXT, FileLoad::role),
			Column.of("File", 40, WRAP, FileLoad::name), Column.of("Read from", 30, WRAP, FileLoad::source),
			Column.of("SHA-256", 66, TEXT, FileLoad::sha256),
			Column.of("Header on line", 10, NUMBER, FileLoad::headerLine),
			Column.of("Rows read", 10, NUMBER, FileLoad::rowsRead), Column.of("Loaded", 10, NUMBER, FileLoad::loaded),
			Column.of("Rejected", 10, NUMBER, FileLoad::rejected),
			Column.of("Blank rows passed over", 10, NUMBER, FileLoad::blankRows),
			Column.of("Reconciliation", 50, WRAP, FileLoad::reconciliation),
			Column.of("Columns not used", 24, WRAP, (f) -> String.join(", ", f.unknownColumns())),
			Column.of("Columns recomputed", 24, WRAP, (f) -> String.join(", ", f.recomputedColumns())),
			Column.of("Rows dated after the as-at date", 10, NUMBER, FileLoad::afterAsAt));

	private AboutSheet() {
	}

	static void write(SheetWriter writer, BoardPack pack, Layout layout) {
		Template template = pack.template();
		Styles styles = writer.styles();
		layout.title(writer, "About this tracker");
		writer.pair("Authority", template.authority());
		writer.pair("Board", template.board());
		writer.pair("Period", layout.period());
		writer.pair("Data as at", pack.asAt());
		if (pack.meetingDate() != null) {
			writer.pair("Board meeting", pack.meetingDate());
		}
		writer.pair("Protective marking", template.protectiveMarking());
		writer.pair("Produced by", template.author());
		writer.gap();
		writer.line("Source files", styles.heading());
		writer.table(FILE_COLUMNS, pack.dataQuality().files());
		writer.gap();
		writer.line("How the derived RAG is worked out", styles.heading());
		pack.ragRules().forEach(writer::line);
		writer.gap();
		writer.line("What the colours mean", styles.heading());
		for (Rag rag : Rag.values()) {
			writer.pair(rag.label() + " (" + rag.letter() + ")", styles.rag(rag), template.legend().rag().get(rag));
		}
		writer.gap();
		writer.line("What the statuses mean", styles.heading());
		for (Status status : Status.values()) {
			writer.pair(status.label(), template.legend().status().get(status));
		}
		writer.gap();
		writer.line("Sending the tracker back", styles.heading());
		writer.line("Update your rows on the " + ActionsSheet.NAME + " sheet and send the workbook back: it is read as "
				+ "next month's action plan, so nothing is typed twice.");
		writer.line("Edit the columns with dark headers. Choose status and owner's RAG from the dropdowns; "
				+ "type dates as dd/mm/yyyy and percent complete as a whole number from 0 to 100.");
		writer.line("Columns with grey headers are worked out again each month from the rules above: "
				+ "changes to them are ignored.");
		writer.line("Rows may be sorted, filtered or added (each with its own ref); keep the header row as it is.");
		writer.widths(FILE_COLUMNS);
		layout.print(writer.sheet(), -1);
	}

}
