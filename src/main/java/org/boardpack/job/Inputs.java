package org.boardpack.job;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.boardpack.input.InputDeclaration;

/**
 * Every input declared by the domain packages, in a fixed order (the required ones first,
 * then by name): the order of the options, the load steps, the reconciliation lines and
 * the manifest.
 */
final class Inputs {

	private final List<InputDeclaration<?, ?>> all;

	Inputs(List<InputDeclaration<?, ?>> declarations) {
		List<InputDeclaration<?, ?>> sorted = new ArrayList<>(declarations);
		sorted.sort(Comparator.comparing((InputDeclaration<?, ?> d) -> !d.required())
			.thenComparing(InputDeclaration::name));
		this.all = List.copyOf(sorted);
	}

	List<InputDeclaration<?, ?>> all() {
		return this.all;
	}

	Optional<InputDeclaration<?, ?>> named(String name) {
		return this.all.stream().filter((d) -> d.name().equals(name)).findFirst();
	}

}
