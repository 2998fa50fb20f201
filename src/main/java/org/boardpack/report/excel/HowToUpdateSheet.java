package org.boardpack.report.excel;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.PrintSetup;

import org.boardpack.actionplan.ActionColumn;
import org.boardpack.actionplan.DerivedColumn;
import org.boardpack.pack.BoardPack;
import org.boardpack.rejects.FileLoad;

/**
 * What officers do with the tracker, beside the Actions sheet where they do it: which
 * cells are theirs, how to write this month's update, and how to send the tracker back.
 * Files are named without their folders; hashes stay in the manifest and on About.
 */
final class HowToUpdateSheet {

	static final String NAME = "How to update";

	/** The text's width in characters: one column, printed on one portrait page. */
	private static final int WIDTH = 100;

	private HowToUpdateSheet() {
	}

	static void write(SheetWriter writer, BoardPack pack, Layout layout) {
		Styles styles = writer.styles();
		String derived = DerivedColumn.HEADERS.get(0) + " to "
				+ DerivedColumn.HEADERS.get(DerivedColumn.HEADERS.size() - 1);
		layout.title(writer, "How to update this tracker");
		writer.width(0, WIDTH);
		writer.line("What to edit", styles.heading());
		paragraphs(writer, List.of(
				"Your actions are on the " + ActionsSheet.NAME + " sheet, one row each. The white cells are yours "
						+ "to edit. The grey columns (" + derived + ") are worked out again each month from the "
						+ "rules on the About sheet; they are locked, and a change made to them is ignored.",
				"Write this month's progress in \"" + ActionColumn.UPDATE_THIS_MONTH.trackerHeader()
						+ "\" and put its date in "
						+ "\"Last updated\". Leave \"Last update\" as it is: next month your new text takes its "
						+ "place, and the History sheet keeps every month's update with its date.",
				"Choose Owner, Section, Theme, Status and Owner's RAG from the dropdowns. A new owner or theme "
						+ "may be typed: you are asked to confirm it. Type dates as dd/mm/yyyy and percent "
						+ "complete as a whole number from 0 to 100.",
				"Filter by owner, section, RAG or date with the buttons on the header. The sheet is protected "
						+ "without a password so that nothing is changed by mistake: to sort the rows, insert "
						+ "an action or change a heading, choose Review, Unprotect Sheet. A new action needs its "
						+ "own ref."));
		writer.gap();
		writer.line("After the board meeting", styles.heading());
		paragraphs(writer, List.of("Where the board decided an action's ask, write what it decided in \""
				+ ActionColumn.BOARD_DECISION.trackerHeader() + "\" and the date of the meeting in \""
				+ ActionColumn.DECIDED_ON.trackerHeader() + "\". Next month's pack reports the decision once, "
				+ "under what has changed since the last board, and stops asking; an ask left without a decision "
				+ "is asked again, marked as carried from the board that first heard it.",
				"Keep the decision in place in later months: it is the record. For a new ask on the same action, "
						+ "write it in \"" + ActionColumn.BOARD_ASK.trackerHeader() + "\" and clear both decision "
						+ "cells."));
		writer.gap();
		writer.line("Sending it back", styles.heading());
		paragraphs(writer,
				List.of("Save the workbook as an Excel workbook (.xlsx), under any name, and send it to "
						+ pack.template().author() + ". It is read as next month's action plan, so nothing is "
						+ "typed twice. Keep the header row as it is; the rows may be in any order.",
						"This tracker was made from " + files(pack.dataQuality().files())
								+ ". The About sheet says how "
								+ "their rows were read, and what the colours and statuses mean."));
		layout.print(writer.sheet(), -1);
		PrintSetup setup = writer.sheet().getPrintSetup();
		setup.setLandscape(false);
		setup.setFitHeight((short) 1);
	}

	private static void paragraphs(SheetWriter writer, List<String> paragraphs) {
		paragraphs.forEach((text) -> writer.wrapped(text, writer.styles().paragraph(), 1, WIDTH));
	}

	private static String files(List<FileLoad> files) {
		return files.stream()
			.map((f) -> Layout.fileName(f.name()) + " (" + f.role() + ")")
			.collect(Collectors.joining(" and "));
	}

}
