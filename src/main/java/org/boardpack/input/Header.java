package org.boardpack.input;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The header row of a file matched to known columns. Names match ignoring case, spaces,
 * underscores and punctuation, in any order; aliases (built in and from the template)
 * count as matches. Columns that are recomputed by the product (as in a tracker sent
 * back) are recognised and set aside; anything else unknown is kept out of the way and
 * reported once.
 */
public final class Header<C extends Enum<C> & ColumnSpec> {

	private final long line;

	private final int[] indexByColumn;

	private final String[] headerText;

	private final List<String> unknown;

	private final List<String> recomputed;

	private final List<C> missingRequired;

	private final int matchedCount;

	private Header(long line, int[] indexByColumn, String[] headerText, List<String> unknown, List<String> recomputed,
			List<C> missingRequired, int matchedCount) {
		this.line = line;
		this.indexByColumn = indexByColumn;
		this.headerText = headerText;
		this.unknown = unknown;
		this.recomputed = recomputed;
		this.missingRequired = missingRequired;
		this.matchedCount = matchedCount;
	}

	/**
	 * Matches a candidate header row.
	 * @param extraAliases more aliases per canonical column name, from the authority's
	 * template
	 * @param recomputedHeaders headers of columns the product derives itself and never
	 * reads back
	 */
	public static <C extends Enum<C> & ColumnSpec> Header<C> match(long line, String[] cells, Class<C> columns,
			Map<String, List<String>> extraAliases, Collection<String> recomputedHeaders) {
		Map<String, C> byName = lookup(columns, extraAliases);
		Set<String> derived = recomputedHeaders.stream().map(Header::normalise).collect(Collectors.toSet());
		C[] all = columns.getEnumConstants();
		int[] index = new int[all.length];
		java.util.Arrays.fill(index, -1);
		List<String> unknown = new ArrayList<>();
		List<String> recomputed = new ArrayList<>();
		int matched = 0;
		for (int i = 0; i < cells.length; i++) {
			String text = cells[i] == null ? "" : CaseReferences.mask(cells[i].strip());
			String key = normalise(text);
			if (key.isEmpty()) {
				continue;
			}
			C column = byName.get(key);
			if (column != null && index[column.ordinal()] < 0) {
				index[column.ordinal()] = i;
				matched++;
			}
			else if (derived.contains(key)) {
				recomputed.add(text);
			}
			else {
				unknown.add(column == null ? text : text + " (a second " + column.canonical() + " column)");
			}
		}
		List<C> missing = new ArrayList<>();
		for (C column : all) {
			if (column.required() && index[column.ordinal()] < 0) {
				missing.add(column);
			}
		}
		String[] text = new String[cells.length];
		for (int i = 0; i < cells.length; i++) {
			text[i] = cells[i] == null ? "" : CaseReferences.mask(cells[i].strip());
		}
		return new Header<>(line, index, text, List.copyOf(unknown), List.copyOf(recomputed), List.copyOf(missing),
				matched);
	}

	private static <C extends Enum<C> & ColumnSpec> Map<String, C> lookup(Class<C> columns,
			Map<String, List<String>> extraAliases) {
		Map<String, C> byName = new HashMap<>();
		for (C column : columns.getEnumConstants()) {
			byName.put(normalise(column.canonical()), column);
			column.aliases().forEach((alias) -> byName.putIfAbsent(normalise(alias), column));
			extraAliases.getOrDefault(column.canonical(), List.of())
				.forEach((alias) -> byName.put(normalise(alias), column));
		}
		return byName;
	}

	/**
	 * Lower case, letters and digits only: "Target Date", "target_date" and "TARGET-DATE"
	 * are one name.
	 */
	public static String normalise(String header) {
		StringBuilder out = new StringBuilder(header.length());
		for (int i = 0; i < header.length();) {
			int c = header.codePointAt(i);
			if (Character.isLetterOrDigit(c)) {
				out.appendCodePoint(Character.toLowerCase(c));
			}
			i += Character.charCount(c);
		}
		return out.toString();
	}

	public boolean complete() {
		return this.missingRequired.isEmpty();
	}

	public int matchedCount() {
		return this.matchedCount;
	}

	public List<C> missingRequired() {
		return this.missingRequired;
	}

	public long line() {
		return this.line;
	}

	public int width() {
		return this.headerText.length;
	}

	/** Position of the column in the row, or -1 when the file does not have it. */
	public int indexOf(C column) {
		return this.indexByColumn[column.ordinal()];
	}

	public boolean has(C column) {
		return indexOf(column) >= 0;
	}

	/**
	 * The header as the file spells it, so a reject points officers at the column they
	 * know.
	 */
	public String textOf(C column) {
		int index = indexOf(column);
		return (index < 0) ? column.canonical() : this.headerText[index];
	}

	public List<String> unknown() {
		return this.unknown;
	}

	public List<String> recomputed() {
		return this.recomputed;
	}

	/**
	 * Positions (zero-based) of blank header cells between named ones or at the end: a
	 * column there is not read, so data under it would be lost without a word.
	 */
	public List<Integer> unnamedPositions() {
		List<Integer> positions = new ArrayList<>();
		for (int i = 0; i < this.headerText.length; i++) {
			if (normalise(this.headerText[i]).isEmpty()) {
				positions.add(i);
			}
		}
		return positions;
	}

	/** Every header text of the row, for messages about a header that does not match. */
	public List<String> texts() {
		return List.of(this.headerText).stream().filter((t) -> !t.isEmpty()).toList();
	}

}
