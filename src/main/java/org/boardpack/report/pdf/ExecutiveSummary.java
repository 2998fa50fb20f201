package org.boardpack.report.pdf;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;

import org.boardpack.actionplan.Rag;
import org.boardpack.actionplan.Tally;
import org.boardpack.pack.BoardPack;
import org.boardpack.pack.Matters;

/**
 * One page the chair can stop after: the position in a line, a RAG bar across every
 * action with what each colour means here, the key messages and the matters the board
 * must decide, challenge or note. Wordy messages and matters are set smaller until the
 * page holds them all; nothing is left out to make it fit.
 */
final class ExecutiveSummary implements Part {

	/**
	 * Text sizes tried in turn, as a share of the usual; below the last, the summary
	 * would not read on paper.
	 */
	private static final float[] SCALES = { 1, 0.93f, 0.86f, 0.8f, 0.75f };

	private static final float KEY = 14;

	@Override
	public String title() {
		return "Executive summary";
	}

	@Override
	public void write(BoardPack pack, Pages pages) {
		pages.part(title());
		Image bar = RagBar.of(pages.writer(), pages.style(), pack.progress().overall(), pages.width(), 20);
		// One box for the page the rest start on, however many times the page is
		// measured.
		Chunk restPage = pages.pageOf(MoreMatters.TITLE);
		for (float scale : SCALES) {
			if (pages.onThisPage(() -> content(pack, pages, bar, restPage, scale))) {
				return;
			}
		}
		// Even the smallest size runs over: carry on to the next page rather than lose a
		// matter.
		content(pack, pages, bar, restPage, SCALES[SCALES.length - 1]).forEach(pages::add);
	}

	private static List<Element> content(BoardPack pack, Pages pages, Image bar, Chunk restPage, float scale) {
		Style style = pages.style();
		List<Element> content = new ArrayList<>();
		Paragraph headline = new Paragraph(pack.headline(), style.heading(14));
		headline.setSpacingAfter(6);
		content.add(headline);
		content.add(bar);
		content.add(key(pack, style, pages.width()).table());
		content.add(pages.heading("Key messages"));
		content.add(pages.list(pack.keyMessages(), style.body(Style.BODY * scale)));
		content.add(pages.heading("Matters for the board"));
		Matters matters = pack.matters();
		if (matters.isEmpty()) {
			content.add(new Paragraph("No action's owner asks anything of the board, and nothing is past its due "
					+ "date or rated differently by its owner and the rules.", style.body(Style.BODY * scale)));
			return content;
		}
		content.add(MatterTable.of(style, matters.onSummary(), pages.width(), Style.TABLE * scale).table());
		if (matters.whereTheRestAre() != null) {
			Paragraph rest = new Paragraph(matters.whereTheRestAre() + " ", style.bold(Style.BODY * scale));
			rest.add(restPage);
			content.add(rest);
		}
		return content;
	}

	/**
	 * What each colour means here, with its count: the bar never relies on colour alone.
	 */
	private static Grid key(BoardPack pack, Style style, float width) {
		float cell = width / Rag.values().length - KEY;
		Tally overall = pack.progress().overall();
		Grid key = new Grid(style, Style.SMALL, KEY, cell, KEY, cell, KEY, cell, KEY, cell);
		for (Rag rag : Rag.values()) {
			key.rag(rag);
			key.span(style.labelled(rag.label() + " " + overall.count(rag), pack.template().legend().rag().get(rag),
					Style.SMALL, key.space(1)), 1);
		}
		return key;
	}

}
