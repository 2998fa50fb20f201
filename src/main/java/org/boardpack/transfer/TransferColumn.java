package org.boardpack.transfer;

import org.boardpack.input.Column;
import org.boardpack.input.ColumnSpec;
import org.boardpack.input.ValueKind;

/** The case transfer columns of the brief. */
public enum TransferColumn implements ColumnSpec {

	TRANSFER_ID(Column.required("transfer_id", ValueKind.ID, "transfer id", "id", "transfer ref", "transfer no")),
	CHILD_REF(
			Column.required("child_ref", ValueKind.ID, "child ref", "case ref", "child id", "case reference", "case id")
				.personalData()),
	FROM_TEAM(Column.required("from_team", ValueKind.TEXT, "from", "from team", "sending team", "transferring team")),
	TO_TEAM(Column.required("to_team", ValueKind.TEXT, "to", "to team", "receiving team")),
	REQUESTED_DATE(Column.required("requested_date", ValueKind.DATE, "requested", "date requested", "request date",
			"requested on")),
	TRANSFERRED_DATE(Column.optional("transferred_date", ValueKind.DATE, "transferred", "date transferred",
			"transfer date", "accepted", "date accepted")),
	STATUS(Column.optional("status", ValueKind.CHOICE, "transfer status")),
	REASON(Column.optional("reason", ValueKind.TEXT, "trigger", "transfer reason")), REVIEWED_DATE(Column
		.optional("reviewed_date", ValueKind.DATE, "reviewed", "date reviewed", "ad reviewed", "last reviewed"));

	private final Column column;

	TransferColumn(Column column) {
		this.column = column;
	}

	@Override
	public Column column() {
		return this.column;
	}

}
