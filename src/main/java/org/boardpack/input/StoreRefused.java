package org.boardpack.input;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.boardpack.BoardPackException;
import org.boardpack.BoardPackException.ExitCode;

/**
 * A row the history database refused (a key it already holds): one line naming the row,
 * with exit code 3, never the database's own message (it quotes the row's values) nor
 * "run again to resume", which would fail the same way for ever.
 */
public final class StoreRefused {

	private StoreRefused() {
	}

	/**
	 * @param role the input: actions or audits
	 * @param rows the chunk being stored
	 * @param key the key the database holds unique, as it compares it
	 * @param what the key as officers know it, e.g. "ref"
	 */
	public static <T> BoardPackException of(String role, List<? extends T> rows, Function<T, String> key,
			ToLongFunction<T> line, String what, Throwable cause) {
		Map<String, Long> seen = new HashMap<>();
		for (T row : rows) {
			Long first = seen.putIfAbsent(key.apply(row), line.applyAsLong(row));
			if (first != null) {
				return new BoardPackException(
						role + ": line " + line.applyAsLong(row) + " could not be stored: it has the same " + what
								+ " as line " + first + "; correct one of them and run again",
						ExitCode.INPUT_FILE, cause);
			}
		}
		long from = rows.isEmpty() ? 0 : line.applyAsLong(rows.get(0));
		long to = rows.isEmpty() ? 0 : line.applyAsLong(rows.get(rows.size() - 1));
		return new BoardPackException(role + ": a row between lines " + from + " and " + to
				+ " could not be stored: its " + what + " is already stored for this period; correct it and run again",
				ExitCode.INPUT_FILE, cause);
	}

}
