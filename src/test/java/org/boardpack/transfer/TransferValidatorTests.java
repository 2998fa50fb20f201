package org.boardpack.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.boardpack.input.Header;
import org.boardpack.input.InputRow;
import org.boardpack.input.Problem;
import org.boardpack.input.RejectKind;
import org.boardpack.input.RowRejectedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.infrastructure.item.ExecutionContext;

class TransferValidatorTests {

	// Officers' headers: aliases from the brief, in their own order.
	private static final Header<TransferColumn> HEADER = Header.match(1, new String[] { "Transfer ID", "Case ref",
			"From", "To", "Date requested", "Date transferred", "Status", "Trigger", "Reviewed" }, TransferColumn.class,
			Map.of(), List.of());

	private final TransferValidator validator = new TransferValidator();

	@BeforeEach
	void open() {
		this.validator.open(new ExecutionContext());
	}

	@Test
	void aTransferIsReadWithItsDatesAndItsStatusFromThem() {
		Transfer moved = this.validator.process(row(2, "TR-1", "NMB-400001", "Duty", "Assessment", "29/01/2021",
				"01/02/2021", "", "Single assessment needed", "2021-01-30"));
		assertThat(moved.transferId()).isEqualTo("TR-1");
		assertThat(moved.route()).isEqualTo(new Route("Duty", "Assessment"));
		assertThat(moved.requested()).isEqualTo(LocalDate.of(2021, 1, 29));
		assertThat(moved.transferred()).isEqualTo(LocalDate.of(2021, 2, 1));
		assertThat(moved.status()).isEqualTo(TransferStatus.TRANSFERRED);
		assertThat(moved.reason()).isEqualTo("Single assessment needed");
		assertThat(moved.reviewed()).isEqualTo(LocalDate.of(2021, 1, 30));
		Transfer waiting = this.validator
			.process(row(3, "TR-2", "NMB-400002", "Assessment", "Early Help", "2021-01-04", "", "", "", ""));
		assertThat(waiting.status()).isEqualTo(TransferStatus.PENDING);
		Transfer back = this.validator.process(row(4, "TR-3", "NMB-400003", "Assessment", "Early Help", "2021-01-04",
				"2021-01-06", "sent back", "", ""));
		assertThat(back.status()).isEqualTo(TransferStatus.RETURNED);
	}

	@Test
	void theChildsReferenceIsKeptOnlyAsAKeyTheSameForTheSameChild() {
		Transfer first = this.validator
			.process(row(2, "TR-1", "NMB-400001", "Duty", "Assessment", "2021-01-04", "2021-01-05", "", "", ""));
		Transfer again = this.validator
			.process(row(3, "TR-2", "nmb-400001", "Assessment", "Child Protection", "2021-01-11", "", "", "", ""));
		Transfer other = this.validator
			.process(row(4, "TR-3", "NMB-400002", "Duty", "Assessment", "2021-01-04", "", "", "", ""));
		assertThat(first.childKey()).isEqualTo(again.childKey()).isNotEqualTo(other.childKey()).hasSize(32);
		assertThat(first.toString()).doesNotContain("400001");
		// another load keys the same child differently: a key says nothing outside its
		// load
		TransferValidator next = new TransferValidator();
		next.open(new ExecutionContext());
		assertThat(next.process(row(2, "TR-1", "NMB-400001", "Duty", "Assessment", "2021-01-04", "", "", "", ""))
			.childKey()).isNotEqualTo(first.childKey());
	}

	@Test
	void everyProblemOfARowIsRejectedWithItsColumnAndKindNeverQuotingTheChild() {
		assertThatThrownBy(() -> this.validator
			.process(row(7, "TR-9", "NMB-400009", "Duty", "", "05/01/2021", "04/01/2021", "Moved", "", "2021-02-30")))
			.isInstanceOfSatisfying(RowRejectedException.class, (ex) -> {
				assertThat(ex.line()).isEqualTo(7);
				assertThat(ex.recordId()).isEqualTo("TR-9");
				assertThat(ex.problems()).extracting(Problem::column, Problem::kind)
					.containsExactly(tuple("To", RejectKind.MISSING_VALUE), tuple("Reviewed", RejectKind.INVALID_DATE),
							tuple("Date transferred", RejectKind.OUT_OF_RANGE),
							tuple("Status", RejectKind.UNKNOWN_VALUE));
				assertThat(ex.problems()).extracting(Problem::reason)
					.contains("to_team is required", "transferred_date 2021-01-04 is before requested_date 2021-01-05",
							"'Moved' is not one of Pending, Transferred, Returned or Cancelled")
					.noneMatch((reason) -> reason.contains("400009"));
			});
	}

	@Test
	void aStatusThatContradictsTheDatesIsRejectedNotGuessedAt() {
		assertThatThrownBy(() -> this.validator
			.process(row(8, "TR-10", "NMB-400010", "Duty", "Assessment", "2021-01-05", "", "Transferred", "", "")))
			.isInstanceOfSatisfying(RowRejectedException.class, (ex) -> assertThat(ex.problems())
				.extracting(Problem::column, Problem::reason)
				.containsExactly(
						tuple("Date transferred", "transferred_date is required when the status is Transferred")));
		assertThatThrownBy(() -> this.validator.process(
				row(9, "TR-11", "NMB-400011", "Duty", "Assessment", "2021-01-05", "2021-01-06", "Pending", "", "")))
			.isInstanceOfSatisfying(RowRejectedException.class,
					(ex) -> assertThat(ex.problems()).extracting(Problem::column).containsExactly("Status"));
		assertThatThrownBy(() -> this.validator
			.process(row(10, "TR-12", "NMB-400012", "Duty", "duty", "2021-01-05", "", "", "", "")))
			.isInstanceOfSatisfying(RowRejectedException.class,
					(ex) -> assertThat(ex.problems()).extracting(Problem::column, Problem::kind)
						.containsExactly(tuple("To", RejectKind.OUT_OF_RANGE)));
	}

	@Test
	void theSameTransferIdTwiceIsADuplicateAndABlankChildOrDateIsMissing() {
		this.validator.process(row(2, "TR-1", "NMB-400001", "Duty", "Assessment", "2021-01-04", "", "", "", ""));
		assertThatThrownBy(() -> this.validator
			.process(row(3, "TR-1", "NMB-400002", "Duty", "Early Help", "2021-01-04", "", "", "", "")))
			.isInstanceOfSatisfying(RowRejectedException.class,
					(ex) -> assertThat(ex.problems()).extracting(Problem::kind, Problem::reason)
						.containsExactly(tuple(RejectKind.DUPLICATE, "transfer id TR-1 is already used on line 2")));
		assertThatThrownBy(
				() -> this.validator.process(row(4, "TR-2", "", "", "Early Help", "4th Jan", "", "", "", "")))
			.isInstanceOfSatisfying(RowRejectedException.class,
					(ex) -> assertThat(ex.problems()).extracting(Problem::column, Problem::kind)
						.containsExactly(tuple("Case ref", RejectKind.MISSING_VALUE),
								tuple("From", RejectKind.MISSING_VALUE),
								tuple("Date requested", RejectKind.INVALID_DATE)));
	}

	private static InputRow<TransferColumn> row(long line, String... cells) {
		return new InputRow<>("transfers.csv", line, cells, HEADER);
	}

}
