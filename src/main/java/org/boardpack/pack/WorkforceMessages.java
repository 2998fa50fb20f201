package org.boardpack.pack;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.boardpack.workforce.CaseloadRag;
import org.boardpack.workforce.TeamFigures;
import org.boardpack.workforce.WorkforceFindings;

/**
 * What the workforce figures say to the board: the teams over their caseload cap and the
 * cases waiting for a worker, as key messages and matters.
 */
final class WorkforceMessages {

	private WorkforceMessages() {
	}

	/**
	 * @param findings null when the run was not given the workforce
	 */
	static List<String> keyMessages(WorkforceFindings findings) {
		List<String> messages = new ArrayList<>();
		if (findings == null) {
			messages.add("No workforce figures were given for this run, so the workforce page is left out.");
			return messages;
		}
		if (!findings.given()) {
			messages.add("No team has workforce figures for " + Performance.month(findings.period()) + ".");
			return messages;
		}
		List<TeamFigures> over = findings.overCap();
		TeamFigures all = findings.overall();
		String across = (all.caseload() != null) ? " Across all teams: " + Performance.number(all.caseload())
				+ " children per case-holding worker (" + Performance.number(BigDecimal.valueOf(all.allocatedCases()))
				+ " cases, " + Performance.number(all.caseHoldingFte()) + " FTE)." : "";
		if (over.isEmpty()) {
			messages.add("No team is over its caseload cap." + across);
		}
		else {
			messages.add(over.size() + " of " + findings.teams().size() + " teams "
					+ ((over.size() == 1) ? "is" : "are") + " over their caseload cap: "
					+ over.stream().map(WorkforceMessages::overCap).collect(Collectors.joining("; ")) + "." + across);
		}
		unallocated(findings).ifPresent(messages::add);
		return messages;
	}

	static List<Matter> matters(WorkforceFindings findings) {
		List<Matter> matters = new ArrayList<>();
		if (findings == null || !findings.given()) {
			return matters;
		}
		for (TeamFigures t : findings.overCap()) {
			if (t.rag() == CaseloadRag.RED) {
				// no ref: the ask names the team, and a ref is a plan action's or a
				// measure's
				// code, printed in a column a team's name does not fit
				matters.add(new Matter(Matter.Kind.CHALLENGE, null,
						t.team() + "'s caseload is above its Amber limit of " + Performance.number(t.cap().amber()),
						overCap(t) + "; " + Performance.number(BigDecimal.valueOf(t.allocatedCases())) + " cases over "
								+ Performance.number(t.caseHoldingFte()) + " case-holding FTE."));
			}
		}
		unallocated(findings).ifPresent((text) -> matters
			.add(new Matter(Matter.Kind.NOTE, null, "Note the cases waiting for a social worker.", text)));
		return matters;
	}

	/** "Permanence 16.4 against a cap of 15 (Red)". */
	private static String overCap(TeamFigures t) {
		return t.team() + " " + Performance.number(t.caseload()) + " against a cap of "
				+ Performance.number(t.cap().green()) + " (" + Workforce.label(t.rag()) + ")";
	}

	/** "72 cases are unallocated: Assessment 23, Duty 11, ..."; none when none are. */
	private static java.util.Optional<String> unallocated(WorkforceFindings findings) {
		Long total = findings.overall().unallocatedCases();
		if (total == null || total == 0) {
			return java.util.Optional.empty();
		}
		String byTeam = findings.teams()
			.stream()
			.filter((t) -> t.unallocatedCases() != null && t.unallocatedCases() > 0)
			.sorted(java.util.Comparator.comparing(TeamFigures::unallocatedCases).reversed())
			.map((t) -> t.team() + " " + t.unallocatedCases())
			.collect(Collectors.joining(", "));
		return java.util.Optional.of(total + ((total == 1) ? " case is" : " cases are")
				+ " waiting for a social worker (unallocated): " + byTeam + ".");
	}

}
