package org.boardpack.report.excel;

import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.PrintSetup;

import org.boardpack.actionplan.Rag;
import org.boardpack.actionplan.Status;
import org.boardpack.pack.BoardPack;
import org.boardpack.rejects.FileLoad;
import org.boardpack.template.Template;

/**
 * Where the tracker came from and how to read it: authority, board, period and as-at
 * date; each input file by name (never its folder) with its SHA-256 and how its rows
 * reconcile; how the derived RAG is worked out; and what each colour and status means
 * here (colours differ between councils). Two columns, printed on one portrait page.
 */
final class AboutSheet {

	static final String NAME = "About";

	private static final int LABEL_WIDTH = 30;

	private static final int VALUE_WIDTH = 70;

	/** What is said of each input file, in order. */
	private static final List<Fact> FILE_FACTS = List.of(new Fact("SHA-256", FileLoad::sha256),
			new Fact("Header on line", FileLoad::headerLine),
			new Fact("Rows", (f) -> f.rowsRead() + " read = " + f.loaded() + " loaded + " + f.rejected() + " rejected"),
			new Fact("Blank rows passed over", FileLoad::blankRows),
			new Fact("Columns not used", (f) -> String.join(", ", f.unknownColumns())),
			new Fact("Columns worked out again", (f) -> String.join(", ", f.recomputedColumns())),
			new Fact("Rows dated after the as-at date", FileLoad::afterAsAt));

	/** A line said of an input file. */
	private record Fact(String label, Function<FileLoad, Object> value) {
	}

	private AboutSheet() {
	}

	static void write(SheetWriter writer, BoardPack pack, Layout layout) {
		Template template = pack.template();
		Styles styles = writer.styles();
		layout.title(writer, "About this tracker");
		writer.width(0, LABEL_WIDTH);
		writer.width(1, VALUE_WIDTH);
		writer.pair("Authority", template.authority());
		writer.pair("Board", template.board());
		writer.pair("Period", layout.period());
		writer.pair("Data as at", pack.asAt());
		if (pack.meetingDate() != null) {
			writer.pair("Board meeting", pack.meetingDate());
		}
		writer.pair("Protective marking", template.protectiveMarking());
		writer.pair("Produced by", template.author());
		for (FileLoad file : pack.dataQuality().files()) {
			writer.gap();
			writer.line("Source file: " + file.role() + ", " + Layout.fileName(file.name()), styles.heading());
			for (Fact fact : FILE_FACTS) {
				writer.pair(fact.label(), fact.value().apply(file));
			}
		}
		writer.gap();
		writer.line("How the derived RAG is worked out", styles.heading());
		pack.ragRules().forEach((rule) -> writer.wrapped(rule, styles.paragraph(), 2, LABEL_WIDTH + VALUE_WIDTH));
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
		layout.print(writer.sheet(), -1);
		PrintSetup setup = writer.sheet().getPrintSetup();
		setup.setLandscape(false);
		setup.setFitHeight((short) 1);
	}

}
