package org.boardpack.actionplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The plan's progress overall, by section and by theme (plan priority).
 *
 * @param overall every action
 * @param sections one per section, in section order
 * @param themes one per theme the plan gives, alphabetical; empty when the plan gives
 * none
 */
public record PlanProgress(Tally overall, List<Part> sections, List<Part> themes) {

	public PlanProgress {
		sections = List.copyOf(sections);
		themes = List.copyOf(themes);
	}

	public static PlanProgress of(List<AssessedAction> assessed) {
		Map<Integer, List<AssessedAction>> bySection = assessed.stream()
			.collect(Collectors.groupingBy((a) -> a.action().section(), TreeMap::new, Collectors.toList()));
		List<Part> sections = new ArrayList<>();
		bySection.forEach((section, actions) -> sections
			.add(new Part(String.valueOf(section), actions.get(0).sectionTitle(), Tally.of(actions))));
		Map<String, List<AssessedAction>> byTheme = assessed.stream()
			.filter((a) -> a.action().theme() != null)
			.collect(Collectors.groupingBy((a) -> a.action().theme(), TreeMap::new, Collectors.toList()));
		List<Part> themes = byTheme.entrySet()
			.stream()
			.map((e) -> new Part(e.getKey(), e.getKey(), Tally.of(e.getValue())))
			.toList();
		return new PlanProgress(Tally.of(assessed), sections, themes);
	}

	/**
	 * A section or a theme.
	 *
	 * @param key the section number or the theme
	 * @param title the section's heading or the theme
	 */
	public record Part(String key, String title, Tally tally) {
	}

}
