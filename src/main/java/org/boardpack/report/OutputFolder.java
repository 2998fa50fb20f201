package org.boardpack.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A period's output folder (output/2021-01) and its partial folder
 * (output/.partial/2021-01), where each file is written under a temporary name, then
 * renamed. Publishing moves the finished files into the period's folder one atomic rename
 * each, so a run killed at any point never leaves a half-written pack or tracker there.
 */
public record OutputFolder(Path root, YearMonth period) {

	public Path periodDir() {
		return this.root.resolve(this.period.toString());
	}

	/** The ending of a file not yet whole, or of the scratch folder: never published. */
	private static final String TEMPORARY = ".tmp";

	public Path partialDir() {
		return this.root.resolve(".partial").resolve(this.period.toString());
	}

	/**
	 * Whether files can be written under an output folder, tried by making its partial
	 * folder and writing a small file there.
	 * @return null when they can; else one line naming the folder and the cause
	 */
	public static String cannotWrite(Path root) {
		Path probe = root.resolve(".partial").resolve(".probe");
		try {
			Files.createDirectories(probe.getParent());
			Files.write(probe, new byte[4096]);
			Files.delete(probe);
			return null;
		}
		catch (IOException ex) {
			return describe(root, ex);
		}
	}

	/**
	 * One line for a file that could not be written under an output folder: the folder
	 * and the cause (read-only, full, permission denied), never a stack trace.
	 */
	public static String describe(Path root, IOException failure) {
		String cause;
		if (failure instanceof AccessDeniedException) {
			cause = "permission denied";
		}
		else if (failure instanceof FileSystemException fs && fs.getReason() != null) {
			cause = fs.getReason();
		}
		else {
			cause = (failure.getMessage() != null) ? failure.getMessage() : failure.getClass().getSimpleName();
		}
		// the system's wording ("No space left on device") as the rest of a sentence
		cause = cause.isEmpty() ? cause : Character.toLowerCase(cause.charAt(0)) + cause.substring(1);
		return "cannot write in the output folder " + root + ": " + cause;
	}

	/**
	 * Where renderers keep their temporary files: inside the partial folder, so the next
	 * run clears what a killed one left, and named so it is never published.
	 */
	public Path scratchDir() {
		return partialDir().resolve("scratch" + TEMPORARY);
	}

	/** Empties the partial folder: a new run starts from nothing. */
	public void clearPartial() {
		deleteTree(partialDir());
	}

	/**
	 * Writes a finished file into the partial folder, under a temporary name until it is
	 * whole.
	 */
	public Path writePartial(String fileName, Writer writer) throws IOException {
		Path dir = Files.createDirectories(partialDir());
		Path target = dir.resolve(fileName);
		Path temporary = dir.resolve(fileName + TEMPORARY);
		try (OutputStream out = Files.newOutputStream(temporary)) {
			writer.write(out);
		}
		move(temporary, target);
		return target;
	}

	/**
	 * Moves every finished file from the partial folder into the period's folder,
	 * replacing last run's, and removes from the period's folder the files named in
	 * {@code obsolete} that this run did not make.
	 * @return the published files, in name order
	 */
	public List<Path> publish(List<String> obsolete) throws IOException {
		Path dir = Files.createDirectories(periodDir());
		List<Path> published = new ArrayList<>();
		try (DirectoryStream<Path> finished = Files.newDirectoryStream(partialDir(),
				(p) -> !p.toString().endsWith(TEMPORARY))) {
			for (Path file : finished) {
				Path target = dir.resolve(file.getFileName().toString());
				move(file, target);
				published.add(target);
			}
		}
		for (String name : obsolete) {
			Path stale = dir.resolve(name);
			if (published.stream().noneMatch((p) -> p.equals(stale))) {
				Files.deleteIfExists(stale);
			}
		}
		clearPartial();
		published.sort(null);
		return published;
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void deleteTree(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (var paths = Files.walk(dir)) {
			paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach((p) -> {
				try {
					Files.delete(p);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes a file's content. */
	@FunctionalInterface
	public interface Writer {

		void write(OutputStream out) throws IOException;

	}

}
