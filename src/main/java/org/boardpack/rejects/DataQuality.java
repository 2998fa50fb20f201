package org.boardpack.rejects;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.boardpack.input.RejectKind;

/**
 * The run's data quality: each file's reconciliation, every rejected row's problems, and
 * those problems grouped by input, column and kind so the board sees the pattern and
 * officers the rows.
 */
public record DataQuality(List<FileLoad> files, List<Reject> rejects, List<Group> groups) {

	public DataQuality {
		files = List.copyOf(files);
		rejects = List.copyOf(rejects);
		groups = List.copyOf(groups);
	}

	public static DataQuality of(List<FileLoad> files, List<Reject> rejects) {
		Map<List<Object>, Group> grouped = new LinkedHashMap<>();
		for (Reject reject : rejects) {
			List<Object> key = List.of(reject.role(), reject.column(), reject.kind());
			Group group = grouped.get(key);
			grouped
				.put(key, (group == null) ? new Group(reject.role(), reject.column(), reject.kind(), 1, reject.reason())
						: new Group(group.role(), group.column(), group.kind(), group.problems() + 1, group.example()));
		}
		List<Group> groups = new ArrayList<>(grouped.values());
		groups.sort(Comparator.comparing(Group::role).thenComparing((Group g) -> -g.problems()));
		return new DataQuality(files, rejects, groups);
	}

	/** The input, when the run was not given a file of it. */
	public Optional<FileLoad> leftOut(String role) {
		return this.files.stream().filter((f) -> f.role().equals(role) && !f.supplied()).findFirst();
	}

	public long rejectedRows() {
		return this.files.stream().mapToLong(FileLoad::rejected).sum();
	}

	/**
	 * Problems of one kind in one column of one input.
	 *
	 * @param problems how many rows had it
	 * @param example the first row's reason, as an example
	 */
	public record Group(String role, String column, RejectKind kind, int problems, String example) {
	}

}
