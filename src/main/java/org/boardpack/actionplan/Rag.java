package org.boardpack.actionplan;

import java.util.Map;
import java.util.Optional;

import org.boardpack.input.Lookup;

/**
 * Blue (complete), Green, Amber, Red, best first. The same scale serves the owner's own
 * rating and the derived one, so the two can be compared.
 */
public enum Rag {

	BLUE("Blue", "B"), GREEN("Green", "G"), AMBER("Amber", "A"), RED("Red", "R");

	/** How the allowed values read in a message. */
	public static final String ALLOWED = "Blue, Green, Amber, Red (or B, G, A, R)";

	private static final Lookup<Rag> BY_NAME = new Lookup<>(Map.of("blue", BLUE, "b", BLUE, "green", GREEN, "g", GREEN,
			"amber", AMBER, "a", AMBER, "red", RED, "r", RED));

	private final String label;

	private final String letter;

	Rag(String label, String letter) {
		this.label = label;
		this.letter = letter;
	}

	public String label() {
		return this.label;
	}

	/** The letter printed beside the colour, so RAG never depends on colour alone. */
	public String letter() {
		return this.letter;
	}

	/** Whether this rating is more positive than another. */
	public boolean betterThan(Rag other) {
		return ordinal() < other.ordinal();
	}

	public static Optional<Rag> parse(String text) {
		return BY_NAME.parse(text);
	}

}
