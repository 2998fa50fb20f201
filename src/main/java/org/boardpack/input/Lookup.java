package org.boardpack.input;

import java.util.Map;
import java.util.Optional;

/**
 * Parses the values of a closed list (statuses, grades...) ignoring case, spaces and
 * punctuation. A file spells such a value a handful of ways across a million rows, so
 * each spelling is normalised once and remembered.
 */
public final class Lookup<E> {

	private final RecentValues<Optional<E>> spellings;

	/**
	 * @param byName the values by their normalised names (see {@link Header#normalise})
	 */
	public Lookup(Map<String, E> byName) {
		Map<String, E> names = Map.copyOf(byName);
		this.spellings = new RecentValues<>((text) -> Optional.ofNullable(names.get(Header.normalise(text))));
	}

	public Optional<E> parse(String text) {
		return this.spellings.get(text);
	}

}
