package org.boardpack.input;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.boardpack.BoardPackException;
import org.boardpack.BoardPackException.ExitCode;

/**
 * A drop folder that a scheduled run takes the month's files from: INBOX/PERIOD/, each
 * input's file found by the template's name patterns. Until every expected input has
 * exactly one file there that has not changed for a minute, the month is not ready, and
 * the run says what is missing so the scheduler can try again later.
 *
 * @param dir the drop folder
 * @param patterns each expected input's name patterns (globs), by input name
 */
public record Inbox(Path dir, Map<String, List<String>> patterns) {

	/** A file changed more recently than this is taken to be still being written. */
	static final Duration SETTLING = Duration.ofMinutes(1);

	public Inbox {
		patterns = Map.copyOf(patterns);
	}

	/**
	 * The month's file of each expected input.
	 * @param period the month whose folder is read
	 * @param order the inputs in the order they are reported (the declared ones)
	 * @param now the moment a file's last change is measured from
	 * @throws BoardPackException NOT_READY naming what is missing or still being written;
	 * INPUT_FILE when two files match one input
	 */
	public Map<String, Path> files(YearMonth period, List<String> order, Instant now) {
		Path month = this.dir.resolve(period.toString());
		if (!Files.isDirectory(month)) {
			throw notReady(period, month + " does not exist yet");
		}
		List<Path> present = list(month);
		Map<String, Path> found = new LinkedHashMap<>();
		List<String> missing = new ArrayList<>();
		List<String> settling = new ArrayList<>();
		for (String input : order) {
			List<String> globs = this.patterns.get(input);
			if (globs == null) {
				continue;
			}
			List<Path> matches = present.stream().filter((file) -> matches(globs, file)).toList();
			if (matches.isEmpty()) {
				missing.add(input + " (" + String.join(" or ", globs) + ")");
			}
			else if (matches.size() > 1) {
				throw new BoardPackException(
						"the inbox " + month + " has " + matches.size() + " files that could be " + input + " ("
								+ String.join(", ", matches.stream().map((p) -> p.getFileName().toString()).toList())
								+ "): leave only the one to use",
						ExitCode.INPUT_FILE);
			}
			else if (changedSince(matches.get(0), now.minus(SETTLING))) {
				settling.add(matches.get(0).getFileName().toString());
			}
			else {
				found.put(input, matches.get(0));
			}
		}
		if (!missing.isEmpty() || !settling.isEmpty()) {
			List<String> why = new ArrayList<>();
			if (!missing.isEmpty()) {
				why.add("no file yet for " + String.join(", ", missing));
			}
			if (!settling.isEmpty()) {
				why.add(String.join(", ", settling) + " changed in the last minute, so may still be being written");
			}
			throw notReady(period, "in " + month + ", " + String.join("; ", why));
		}
		return found;
	}

	private static BoardPackException notReady(YearMonth period, String why) {
		return new BoardPackException(
				"not ready: " + period + "'s files are not all in the inbox (" + why + "); try again later",
				ExitCode.NOT_READY);
	}

	/**
	 * The month's files, less what office software and copying leave beside them: Excel's
	 * owner files (~$name.xlsx), hidden files and partial downloads.
	 */
	private static List<Path> list(Path month) {
		List<Path> files = new ArrayList<>();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(month, (p) -> {
			String name = p.getFileName().toString();
			return Files.isRegularFile(p) && !name.startsWith("~$") && !name.startsWith(".") && !name.endsWith(".part")
					&& !name.endsWith(".tmp") && !name.endsWith(".crdownload");
		})) {
			entries.forEach(files::add);
		}
		catch (IOException ex) {
			throw new BoardPackException(
					"the inbox " + month + " cannot be read: " + BoardPackException.rootMessage(ex),
					ExitCode.INPUT_FILE, ex);
		}
		files.sort(null);
		return files;
	}

	private static boolean matches(List<String> globs, Path file) {
		Path name = Path.of(file.getFileName().toString().toLowerCase(Locale.ROOT));
		return globs.stream().anyMatch((glob) -> matcher(glob).matches(name));
	}

	private static PathMatcher matcher(String glob) {
		return FileSystems.getDefault().getPathMatcher("glob:" + glob.toLowerCase(Locale.ROOT));
	}

	private static boolean changedSince(Path file, Instant moment) {
		try {
			return Files.getLastModifiedTime(file).toInstant().isAfter(moment);
		}
		catch (IOException ex) {
			throw new BoardPackException(file + " cannot be read: " + BoardPackException.rootMessage(ex),
					ExitCode.INPUT_FILE, ex);
		}
	}

}
