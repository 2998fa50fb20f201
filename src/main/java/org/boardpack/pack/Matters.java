package org.boardpack.pack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.boardpack.actionplan.RefOrder;

/**
 * Every matter for the board, each once: the most urgent on the executive summary, up to
 * the template's limit, the rest on the page after it. Both are grouped Decide,
 * Challenge, Note, each group in order of urgency (past its date first, then the nearest
 * date).
 *
 * @param all every matter, most urgent first
 * @param summaryLimit how many the executive summary holds
 */
public record Matters(List<Matter> all, int summaryLimit) {

	/**
	 * Most urgent first: the earliest date, then dateless ones; ties in kind and ref
	 * order.
	 */
	public static final Comparator<Matter> URGENCY = Comparator
		.comparing(Matter::dueBy, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Matter::kind)
		.thenComparing(Matter::ref, Comparator.nullsLast(RefOrder.INSTANCE));

	public Matters {
		List<Matter> sorted = new ArrayList<>(all);
		sorted.sort(URGENCY);
		all = List.copyOf(sorted);
	}

	public static Matters none(int summaryLimit) {
		return new Matters(List.of(), summaryLimit);
	}

	public boolean isEmpty() {
		return this.all.isEmpty();
	}

	/** The most urgent, up to the limit, grouped by kind. */
	public List<Matter> onSummary() {
		return grouped(this.all.subList(0, Math.min(this.summaryLimit, this.all.size())));
	}

	/** What the summary has no room for, grouped by kind. */
	public List<Matter> rest() {
		return grouped(this.all.subList(Math.min(this.summaryLimit, this.all.size()), this.all.size()));
	}

	public long count(Matter.Kind kind) {
		return this.all.stream().filter((m) -> m.kind() == kind).count();
	}

	/**
	 * "12 more matters (4 to decide, 6 to challenge, 2 to note) are on page", for the
	 * renderer to end with the page; null when the summary holds them all.
	 */
	public String whereTheRestAre() {
		List<Matter> rest = rest();
		if (rest.isEmpty()) {
			return null;
		}
		Map<Matter.Kind, Integer> byKind = new EnumMap<>(Matter.Kind.class);
		rest.forEach((m) -> byKind.merge(m.kind(), 1, Integer::sum));
		List<String> parts = new ArrayList<>();
		byKind.forEach((kind, n) -> parts.add(n + " " + kind.phrase()));
		return "The other " + rest.size() + ((rest.size() == 1) ? " matter" : " matters") + " for the board ("
				+ String.join(", ", parts) + ") " + ((rest.size() == 1) ? "is" : "are") + " on page";
	}

	/** The first matter of each kind's group starts it: the renderer heads it. */
	public static boolean startsGroup(List<Matter> grouped, int index) {
		return index == 0 || grouped.get(index - 1).kind() != grouped.get(index).kind();
	}

	private static List<Matter> grouped(List<Matter> matters) {
		List<Matter> grouped = new ArrayList<>(matters);
		grouped.sort(Comparator.comparing(Matter::kind)); // stable: urgency holds within
															// a kind
		return grouped;
	}

}
