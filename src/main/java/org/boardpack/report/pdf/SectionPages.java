package org.boardpack.report.pdf;

import org.boardpack.actionplan.Action;
import org.boardpack.actionplan.AssessedAction;
import org.boardpack.actionplan.PlanProgress;
import org.boardpack.actionplan.Tally;
import org.boardpack.pack.BoardPack;
import org.boardpack.pack.Phrases;

/**
 * The annex: every action, section by section, each section from a new page under its own
 * bookmark. The owner's RAG sits beside the derived one; the update and evidence are
 * given in full, wrapped.
 */
final class SectionPages implements Part {

	private static final float[] WIDTHS = { 26, 125, 50, 50, 55, 36, 36, 38, 95 };

	@Override
	public String title() {
		return "Section pages (annex)";
	}

	@Override
	public void write(BoardPack pack, Pages pages) {
		Style style = pages.style();
		pages.part(title());
		boolean first = true;
		for (PlanProgress.Part section : pack.progress().sections()) {
			if (!first) {
				pages.newPage();
			}
			first = false;
			pages.child(section.key() + ". " + section.title());
			Tally t = section.tally();
			pages.add(RagBar.of(pages.writer(), style, t, pages.width(), 14));
			pages.note(Phrases.sectionLine(t));
			Records records = new Records(pages, Style.TABLE, WIDTHS, "Ref", "Owner", "Due", "Revised due", "Status",
					"Owner's RAG", "RAG by the rules", "% complete", "Plan priority");
			for (AssessedAction a : pack.actions()) {
				if (String.valueOf(a.action().section()).equals(section.key())) {
					records.add(record(records, a), ActionDetails.of(style, a, records.wordsWidth(), true));
				}
			}
			records.finish();
		}
	}

	/** The action's description and figures; its words follow under them. */
	private static Grid record(Records records, AssessedAction a) {
		Action action = a.action();
		Grid record = records.record(a.ref(), action.description());
		record.text(action.owner()).text(Words.date(action.dueDate()));
		record.text((action.revisedDueDate() != null) ? Words.date(action.revisedDueDate()) : Words.NONE);
		record.text(action.status().label());
		record.rag(action.ownerRag()).rag(a.derivedRag());
		record.figure((action.percentComplete() != null) ? action.percentComplete() + "%" : Words.NONE);
		record.text((action.theme() != null) ? action.theme() : Words.NONE);
		return record;
	}

}
