package org.boardpack.transfer;

/**
 * A route a child's case takes between two teams.
 *
 * @param from the sending team
 * @param to the receiving team
 */
public record Route(String from, String to) implements Comparable<Route> {

	@Override
	public int compareTo(Route other) {
		int byFrom = this.from.compareTo(other.from);
		return (byFrom != 0) ? byFrom : this.to.compareTo(other.to);
	}

	@Override
	public String toString() {
		return this.from + " to " + this.to;
	}

}
