package org.boardpack.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.boardpack.input.Dates;
import org.boardpack.input.InputFile;
import org.boardpack.input.InputRow;
import org.boardpack.input.TabularItemReader;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The edits an officer made to the columns boardpack works out, in a tracker sent back:
 * each derived cell read from the file and compared with what that tracker showed (the
 * month it was made for, as stored). They are ignored, since they are worked out again,
 * but the run says which, so an officer who disagrees with a date or a RAG learns where
 * to say so instead.
 */
public final class LockedEdits {

	private LockedEdits() {
	}

	/**
	 * The edits to derived columns in the file.
	 * @param shown the actions as the tracker showed them
	 * @param planHeaders every header the plan's own columns may have, so the second read
	 * of the file does not report them as unknown
	 * @return one line per edit, "2.2 Derived RAG: Red changed to Blue", in file order
	 */
	public static List<String> find(InputFile file, Collection<AssessedAction> shown, Collection<String> planHeaders) {
		Map<String, AssessedAction> byRef = new HashMap<>();
		shown.forEach((a) -> byRef.put(a.ref(), a));
		TabularItemReader<DerivedColumn> reader = new TabularItemReader<>(file, DerivedColumn.class, Map.of(),
				planHeaders);
		List<String> edits = new ArrayList<>();
		reader.open(new ExecutionContext());
		try {
			for (InputRow<DerivedColumn> row = reader.read(); row != null; row = reader.read()) {
				AssessedAction action = byRef.get(row.get(DerivedColumn.REF));
				if (action == null) {
					continue;
				}
				for (DerivedColumn column : DerivedColumn.derived()) {
					if (!row.header().has(column)) {
						continue;
					}
					String read = row.get(column);
					Object was = shownValue(action, column);
					if (!same(column, read, was)) {
						edits.add(action.ref() + " " + column.header() + ": " + text(was) + " changed to "
								+ ((read != null) ? read : "nothing"));
					}
				}
			}
		}
		finally {
			reader.close();
		}
		return edits;
	}

	private static boolean same(DerivedColumn column, String read, Object was) {
		if (read == null || was == null) {
			return read == null && (was == null || was.toString().isEmpty());
		}
		try {
			return switch (column.kind()) {
				case DATE -> was.equals(Dates.parse(read));
				case NUMBER -> new BigDecimal(read.strip()).compareTo(new BigDecimal(was.toString())) == 0;
				default -> read.strip().equals(was.toString().strip());
			};
		}
		catch (RuntimeException ex) {
			// Not a date or a number where one was shown: an edit.
			return false;
		}
	}

	private static String text(Object value) {
		if (value == null) {
			return "nothing";
		}
		return (value instanceof LocalDate date) ? Dates.uk(date) : value.toString();
	}

	/** The value the tracker showed in the column, as it showed it. */
	private static Object shownValue(AssessedAction a, DerivedColumn column) {
		return switch (column) {
			case REF -> a.ref();
			case EFFECTIVE_DUE_DATE -> a.effectiveDueDate();
			case FIRST_DUE_DATE -> a.firstDueDate();
			case DAYS_OVERDUE -> a.daysOverdue();
			case DAYS_OVERDUE_ORIGINAL -> a.daysOverdueOriginal();
			case SLIPPED_DAYS -> a.slippedDays();
			case DATE_MOVES -> a.dateMoves();
			case DAYS_SINCE_UPDATE -> a.daysSinceUpdate();
			case STALE -> a.stale() ? "Yes" : "No";
			case DERIVED_RAG -> a.derivedRag().label();
			case RAG_REASON -> a.ragReason();
			case RAG_CHALLENGE -> Objects.requireNonNullElse(a.challenge(), "");
		};
	}

}
