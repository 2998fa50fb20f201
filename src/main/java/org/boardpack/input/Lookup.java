package org.boardpack.input;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parses the values of a closed list (statuses, grades...) ignoring case, spaces and punctuation. A file spells
 * such a value a handful of ways across a million rows, so each spelling is normalised once and remembered.
 */
public final class Lookup<E> {

	private static final int REMEMBERED = 1024;

	private final Map<String, E> byName;

	private final Map<String, Optional<E>> spellings = new ConcurrentHashMap<>();

	/** @param byName the values by their normalised names (see {@link Header#normalise}) */
	public Lookup(Map<String, E> byName) {
		this.byName = Map.copyOf(byName);
	}

	public Optional<E> parse(String text) {
		Optional<E> value = this.spellings.get(text);
		if (value == null) {
			value = Optional.ofNullable(this.byName.get(Header.normalise(text)));
			if (this.spellings.size() < REMEMBERED) {
				this.spellings.put(text, value);
			}
		}
		return value;
	}

}
