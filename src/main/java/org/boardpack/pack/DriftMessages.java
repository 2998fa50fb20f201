package org.boardpack.pack;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.boardpack.transfer.TransferFindings;
import org.boardpack.transfer.TransferFindings.Overdue;
import org.boardpack.transfer.Waits;

/**
 * What the case transfers say in the executive summary: key messages, and the matter of
 * overdue transfers the assistant director has not reviewed this month (the plan's
 * monthly review of the transfer tracker).
 */
final class DriftMessages {

	private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);

	private DriftMessages() {
	}

	static List<String> keyMessages(TransferFindings f) {
		List<String> messages = new ArrayList<>();
		String month = Drift.month(f.period());
		Waits w = f.overall().completed();
		if (w.count() == 0) {
			messages.add("Case transfers: none was completed in " + month + ".");
		}
		else {
			messages.add("Case transfers: " + Drift.within(w) + " completed in " + month
					+ " were within their standard; the median wait was " + Drift.median(w)
					+ (Drift.median(w).equals("1") ? " working day" : " working days") + ", and 90% " + "waited "
					+ w.percentile90() + " or fewer.");
		}
		String at = f.asAt().format(DAY_MONTH);
		int pending = f.overall().pending();
		if (pending > 0) {
			int notReviewed = f.notReviewed().size();
			messages.add(Phrases.plural(pending, "transfer") + ((pending == 1) ? " was" : " were") + " pending at " + at
					+ ", " + f.overdue().size() + " of them overdue against the standard"
					+ (f.overdue().isEmpty() ? "."
							: "; " + notReviewed + " of the overdue " + ((notReviewed == 1) ? "was" : "were")
									+ " not reviewed by the assistant director this month."));
		}
		if (f.childrenMovedTwice() > 0) {
			messages.add(f.childrenMovedTwice() + ((f.childrenMovedTwice() == 1) ? " child" : " children")
					+ ((f.childrenMovedTwice() == 1) ? " was" : " were")
					+ " moved between teams two or more times in the twelve months to " + at + ".");
		}
		return messages;
	}

	static List<Matter> matters(TransferFindings f) {
		List<Overdue> notReviewed = f.notReviewed();
		if (notReviewed.isEmpty()) {
			return List.of();
		}
		Overdue longest = notReviewed.get(0);
		List<String> ids = notReviewed.stream().map(Overdue::transferId).toList();
		return List.of(new Matter(Matter.Kind.CHALLENGE, null,
				"Challenge why " + Phrases.plural(notReviewed.size(), "overdue case transfer")
						+ ((notReviewed.size() == 1) ? " was" : " were")
						+ " not reviewed by the assistant director this month.",
				String.join(", ", ids) + "; the longest, " + longest.transferId() + " (" + longest.route() + "), has "
						+ "waited " + longest.workingDays() + " working days against a standard of "
						+ longest.standard() + "."));
	}

}
