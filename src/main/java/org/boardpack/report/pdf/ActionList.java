package org.boardpack.report.pdf;

import org.boardpack.actionplan.Action;

/**
 * A table of actions, one row each: ref and action, then the columns the list needs. It
 * is written out where the page has got to when it is finished, after its last row.
 */
final class ActionList {

	private static final float REF = 28;

	private final Records records;

	private Grid row;

	/**
	 * @param extra the widths of the columns after the action, which takes what the
	 * others leave of the page
	 * @param extraHeaders their headings
	 */
	ActionList(Pages pages, float[] extra, String... extraHeaders) {
		float[] widths = new float[extra.length + 2];
		float rest = pages.width() - REF;
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
		this.records = new Records(pages, Style.TABLE, widths, headers);
	}

	/** Starts a row with the action's ref and description; the caller adds the rest. */
	Grid row(Action action) {
		addRow();
		this.row = this.records.row().bold(action.ref()).text(action.description());
		return this.row;
	}

	/** Adds the last row and writes out the table. */
	void finish() {
		addRow();
		this.records.finish();
	}

	private void addRow() {
		if (this.row != null) {
			this.records.add(this.row);
			this.row = null;
		}
	}

}
