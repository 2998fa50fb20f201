package org.boardpack.transfer;

import java.time.LocalDate;

/**
 * One transfer of a child's case from one team to another, as loaded.
 *
 * @param transferId the transfer's own id
 * @param childKey a keyed hash of the child's reference, the same for every transfer of
 * that child in one load and meaningless outside it: enough to count children moved more
 * than once, never the reference itself
 * @param fromTeam the sending team
 * @param toTeam the receiving team
 * @param requested when the sending team put the case forward
 * @param transferred when the receiving team accepted it, or (returned) sent it back;
 * null while pending
 * @param status where it stands: as given, else Transferred when it has a transferred
 * date and Pending when not
 * @param reason what triggered it; null when not given
 * @param reviewed when the assistant director last reviewed it; null when not given
 * @param line the line of the file it was read from
 */
public record Transfer(String transferId, String childKey, String fromTeam, String toTeam, LocalDate requested,
		LocalDate transferred, TransferStatus status, String reason, LocalDate reviewed, long line) {

	/** The route it takes, from team to team. */
	public Route route() {
		return new Route(this.fromTeam, this.toTeam);
	}

}
