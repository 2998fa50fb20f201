package org.boardpack.input;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values worked out from short texts that repeat down a file: a grade's spelling, a
 * team's name. The first few texts seen are compared with {@code equals}, which for the
 * handful of spellings a column holds is cheaper than hashing a freshly read string;
 * beyond them a hash map takes over. Safe for concurrent readers.
 */
final class RecentValues<V> {

	private static final int FEW = 16;

	private static final int MANY = 4096;

	private volatile Entry<V>[] recent = newEntries(0);

	private final Map<String, V> more = new ConcurrentHashMap<>();

	private final Function<String, V> compute;

	RecentValues(Function<String, V> compute) {
		this.compute = compute;
	}

	V get(String text) {
		Entry<V>[] entries = this.recent;
		for (Entry<V> entry : entries) {
			if (entry.text().equals(text)) {
				return entry.value();
			}
		}
		if (entries.length < FEW) {
			V value = this.compute.apply(text);
			Entry<V>[] grown = newEntries(entries.length + 1);
			System.arraycopy(entries, 0, grown, 0, entries.length);
			grown[entries.length] = new Entry<>(text, value);
			this.recent = grown;
			return value;
		}
		V value = this.more.get(text);
		if (value == null) {
			value = this.compute.apply(text);
			if (this.more.size() < MANY) {
				this.more.put(text, value);
			}
		}
		return value;
	}

	@SuppressWarnings("unchecked")
	private static <V> Entry<V>[] newEntries(int size) {
		return (Entry<V>[]) new Entry<?>[size];
	}

	private record Entry<V>(String text, V value) {
	}

}
