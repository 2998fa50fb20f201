package org.boardpack.transfer;

import static org.boardpack.transfer.TransferColumn.CHILD_REF;
import static org.boardpack.transfer.TransferColumn.FROM_TEAM;
import static org.boardpack.transfer.TransferColumn.REASON;
import static org.boardpack.transfer.TransferColumn.REQUESTED_DATE;
import static org.boardpack.transfer.TransferColumn.REVIEWED_DATE;
import static org.boardpack.transfer.TransferColumn.STATUS;
import static org.boardpack.transfer.TransferColumn.TO_TEAM;
import static org.boardpack.transfer.TransferColumn.TRANSFERRED_DATE;
import static org.boardpack.transfer.TransferColumn.TRANSFER_ID;

import java.time.LocalDate;

import org.boardpack.input.Canonical;
import org.boardpack.input.InputRow;
import org.boardpack.input.RejectKind;
import org.boardpack.input.RowCheck;
import org.boardpack.input.SeenIds;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStream;

/**
 * Turns a row of the transfers file into a {@link Transfer}, or rejects it with every
 * problem found. The child's reference goes no further than here: the transfer keeps only
 * its key.
 */
public class TransferValidator implements ItemProcessor<InputRow<TransferColumn>, Transfer>, ItemStream {

	/** Longest transfer id or child reference stored. */
	static final int MAX_ID = 100;

	/** Longest team name stored. */
	static final int MAX_TEAM = 200;

	private final SeenIds lineByTransferId = new SeenIds();

	private final Canonical names = new Canonical();

	private final ChildKeys childKeys = new ChildKeys();

	@Override
	public void open(ExecutionContext executionContext) {
		this.lineByTransferId.clear();
	}

	@Override
	public Transfer process(InputRow<TransferColumn> row) {
		RowCheck<TransferColumn> check = new RowCheck<>(row);
		String transferId = check.requiredText(TRANSFER_ID);
		if (transferId != null && transferId.length() > MAX_ID) {
			check.problem(TRANSFER_ID, RejectKind.TOO_LONG, "a transfer id of more than " + MAX_ID + " characters");
			transferId = null;
		}
		String childRef = check.requiredText(CHILD_REF);
		if (childRef != null && childRef.length() > MAX_ID) {
			check.problem(CHILD_REF, RejectKind.TOO_LONG, "a child reference of more than " + MAX_ID + " characters");
			childRef = null;
		}
		String from = team(check, FROM_TEAM);
		String to = team(check, TO_TEAM);
		if (from != null && from.equalsIgnoreCase(to)) {
			check.problem(TO_TEAM, RejectKind.OUT_OF_RANGE,
					"to_team is the same as from_team (" + from + "): a transfer is between two teams");
		}
		LocalDate requested = check.requiredDate(REQUESTED_DATE);
		// Read strictly, though optional: a transferred date read as blank would make a
		// finished transfer pending, and a review date read as blank would say it was
		// never reviewed.
		LocalDate transferred = check.strictly(TRANSFERRED_DATE, check::date);
		LocalDate reviewed = check.strictly(REVIEWED_DATE, check::date);
		if (requested != null && transferred != null && transferred.isBefore(requested)) {
			check.problem(TRANSFERRED_DATE, RejectKind.OUT_OF_RANGE,
					"transferred_date " + transferred + " is before requested_date " + requested);
		}
		TransferStatus status = status(check, row, transferred);
		String reason = this.names.of(check.text(REASON));
		if (check.ok()) {
			long first = this.lineByTransferId.firstSeen(transferId, row.line());
			if (first >= 0) {
				check.problem(TRANSFER_ID, RejectKind.DUPLICATE,
						"transfer id " + transferId + " is already used on line " + first);
			}
		}
		check.throwIfRejected(transferId);
		return new Transfer(transferId, this.childKeys.of(childRef), from, to, requested, transferred, status, reason,
				reviewed, row.line());
	}

	private String team(RowCheck<TransferColumn> check, TransferColumn column) {
		String team = check.requiredText(column);
		if (team != null && team.length() > MAX_TEAM) {
			check.problem(column, RejectKind.TOO_LONG, "a team name of more than " + MAX_TEAM + " characters");
			return null;
		}
		return this.names.of(team);
	}

	/**
	 * The status as given, else Transferred when the transfer has a transferred date and
	 * Pending when not. A status that contradicts the dates is rejected rather than
	 * guessed at: a transferred case without the day it moved has no wait to count.
	 */
	private static TransferStatus status(RowCheck<TransferColumn> check, InputRow<TransferColumn> row,
			LocalDate transferred) {
		TransferStatus given = check.strictly(STATUS,
				(column) -> check.choice(column, TransferStatus::parse, TransferStatus.ALLOWED));
		if (given == null && row.get(STATUS) != null) {
			return null;
		}
		boolean hasDate = transferred != null || row.get(TRANSFERRED_DATE) != null;
		if (given == null) {
			return hasDate ? TransferStatus.TRANSFERRED : TransferStatus.PENDING;
		}
		if (given == TransferStatus.TRANSFERRED && !hasDate) {
			check.problem(TRANSFERRED_DATE, RejectKind.MISSING_VALUE,
					"transferred_date is required when the status is Transferred");
		}
		if (given == TransferStatus.PENDING && hasDate) {
			check.problem(STATUS, RejectKind.OUT_OF_RANGE,
					"the status is Pending but the transfer has a transferred_date");
		}
		return given;
	}

}
