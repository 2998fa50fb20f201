package org.boardpack.report.pdf;

import org.boardpack.actionplan.Action;

/** A short table of actions: ref and action, then the columns the list needs. */
final class ActionList {

	private static final float REF = 28;

	private final Grid grid;

	/**
	 * @param width the table's width; the action column takes what the others leave
	 * @param extra the widths of the columns after the action
	 * @param extraHeaders their headings
	 */
	ActionList(Style style, float width, float[] extra, String... extraHeaders) {
		float[] widths = new float[extra.length + 2];
		float rest = width - REF;
		for (int i = 0; i < extra.length; i++) {
			widths[i + 2] = extra[i];
			rest -= extra[i];
		}
		widths[0] = REF;
		widths[1] = rest;
		String[] headers = new String[widths.length];
		headers[0] = "Ref";
		headers[1] = "Action";
		System.arraycopy(extraHeaders, 0, headers, 2, extraHeaders.length);
		this.grid = new Grid(style, Style.TABLE, widths).header(headers);
	}

	/** Starts a row with the action's ref and description; the caller adds the rest. */
	Grid row(Action action) {
		return this.grid.bold(action.ref()).text(action.description());
	}

	Grid grid() {
		return this.grid;
	}

}
