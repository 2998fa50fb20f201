package org.boardpack.report.pdf;

import java.util.ArrayList;
import java.util.List;

import org.boardpack.actionplan.Rag;
import org.boardpack.actionplan.Status;
import org.boardpack.pack.BoardPack;
import org.boardpack.pack.Phrases;
import org.boardpack.rejects.DataQuality;
import org.boardpack.rejects.FileLoad;
import org.boardpack.template.Template;

/**
 * What a reader needs to trust the pack: what each colour and status means here, how the
 * derived RAG is worked out, and how each input file reconciled, with rejects counted by
 * kind. The rejected rows themselves are for officers, in the rejects report; they are
 * never printed here.
 */
final class Appendix implements Part {

	@Override
	public String title() {
		return "Appendix";
	}

	@Override
	public void write(BoardPack pack, Pages pages) {
		Style style = pages.style();
		float width = pages.width();
		Template.Legend legend = pack.template().legend();
		pages.part(title());

		pages.child("Legend");
		Grid rags = new Grid(style, Style.TABLE, 30, 70, width - 100).header("", "RAG", "What it means here");
		for (Rag rag : Rag.values()) {
			rags.rag(rag).bold(rag.label()).text(legend.rag().get(rag));
		}
		pages.add(rags);
		Grid statuses = new Grid(style, Style.TABLE, 100, width - 100).header("Status", "What it means here");
		for (Status status : Status.values()) {
			statuses.bold(status.label()).text(legend.status().get(status));
		}
		pages.add(statuses);

		pages.child("How RAG is derived");
		pages.bullets(pack.ragRules(), style.body(Style.BODY));

		pages.child("Data quality");
		DataQuality quality = pack.dataQuality();
		Grid files = new Grid(style, Style.TABLE, 90, 50, 50, 50, 66, width - 306).header("Input", "Rows read", "Used",
				"Rejected", "Dated after the as-at date", "Columns not used");
		List<String> leftOut = new ArrayList<>();
		for (FileLoad f : quality.files()) {
			if (!f.supplied()) {
				leftOut.add(Phrases.leftOut(f));
				continue;
			}
			files.bold(Phrases.input(f.role()))
				.figure(f.rowsRead())
				.figure(f.loaded())
				.figure(f.rejected())
				.figure(f.afterAsAt())
				.text(f.unknownColumns().isEmpty() ? Words.NONE : String.join(", ", f.unknownColumns()));
		}
		pages.add(files);
		pages.note(Phrases.reconciliation(quality.files()));
		leftOut.forEach(pages::note);
		List<String> notices = new ArrayList<>();
		for (FileLoad f : quality.files()) {
			if (!f.notices().isEmpty()) {
				notices.add(Phrases.input(f.role()) + ": " + String.join("; ", f.notices()) + ".");
			}
		}
		if (!notices.isEmpty()) {
			pages.paragraph("How the files were read:");
			pages.bullets(notices, style.body(Style.BODY));
		}
		if (quality.groups().isEmpty()) {
			return;
		}
		if (quality.files().stream().anyMatch((f) -> f.warnings() > 0)) {
			pages.note("A warning is a cell of an optional column that could not be read: its row is used, with that "
					+ "cell blank.");
		}
		Grid groups = new Grid(style, Style.TABLE, 90, 140, 160, 50).header("Input", "Column", "Kind of error", "Rows");
		for (DataQuality.Group g : quality.groups()) {
			groups.bold(Phrases.input(g.role()))
				.text((g.column() == null || g.column().isEmpty()) ? "the row as a whole" : g.column())
				.text(g.kind().label())
				.figure(g.problems());
		}
		pages.add(groups);
	}

}
