package org.boardpack.transfer;

import java.util.Map;
import java.util.Optional;

import org.boardpack.input.Lookup;

/** Where a transfer of a child's case between teams stands. */
public enum TransferStatus {

	/** Put forward by the sending team, not yet accepted by the receiving one. */
	PENDING("Pending"),
	/** Accepted by the receiving team on its transferred date. */
	TRANSFERRED("Transferred"),
	/** Sent back to the sending team. */
	RETURNED("Returned"),
	/** Withdrawn: the case stays where it was. */
	CANCELLED("Cancelled");

	/** How the allowed values read in a message. */
	public static final String ALLOWED = "Pending, Transferred, Returned or Cancelled";

	private static final Lookup<TransferStatus> BY_NAME = new Lookup<>(Map.ofEntries(Map.entry("pending", PENDING),
			Map.entry("awaiting", PENDING), Map.entry("waiting", PENDING), Map.entry("open", PENDING),
			Map.entry("transferred", TRANSFERRED), Map.entry("accepted", TRANSFERRED),
			Map.entry("complete", TRANSFERRED), Map.entry("completed", TRANSFERRED), Map.entry("returned", RETURNED),
			Map.entry("sentback", RETURNED), Map.entry("cancelled", CANCELLED), Map.entry("canceled", CANCELLED),
			Map.entry("withdrawn", CANCELLED)));

	private final String label;

	TransferStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public static Optional<TransferStatus> parse(String text) {
		return BY_NAME.parse(text);
	}

}
