package org.boardpack.input;

/**
 * One instance per distinct text of a column that repeats down a file (team, audit type),
 * so values counted by them hash a string whose hash is already cached, and compare by
 * reference first.
 */
public final class Canonical {

	private final RecentValues<String> names = new RecentValues<>((text) -> text);

	public String of(String text) {
		return (text != null) ? this.names.get(text) : null;
	}

}
