package org.boardpack.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.boardpack.BoardPackException;

/**
 * An input file as the user named it, with the sheet to read when it is a workbook (the
 * first when none is named). What kind of file it is comes from its content, not its
 * extension.
 */
public record InputFile(Path path, String sheet) {

	private static final int SNIFF_BYTES = 8192;

	/** The path as given: what reopens the file when a run is started again. */
	public String name() {
		return this.path.toString();
	}

	/**
	 * The file's name as the outputs, the messages and the history show it: a case
	 * reference in it (a file saved under a child's reference) masked, as in any text
	 * read.
	 */
	public String shown() {
		return CaseReferences.mask(name());
	}

	/**
	 * Opens the file as CSV or XLSX, or explains in one line why it cannot be used.
	 * @param separator the separator a CSV file is read with
	 */
	TabularSource open(char separator) {
		String name = shown();
		requireFile();
		byte[] head;
		try (InputStream in = Files.newInputStream(this.path)) {
			head = in.readNBytes(SNIFF_BYTES);
		}
		catch (AccessDeniedException ex) {
			throw new InputFileException(name, "cannot be read: permission denied", ex);
		}
		catch (IOException ex) {
			throw new InputFileException(name, "cannot be read: " + BoardPackException.rootMessage(ex), ex);
		}
		if (head.length == 0) {
			throw new InputFileException(name, "is empty");
		}
		try {
			return switch (kindOf(head)) {
				case XLSX -> new XlsxSource(this.path, name, this.sheet);
				case CSV -> new CsvSource(this.path, name, separator);
				case PROTECTED_OR_XLS -> throw new InputFileException(name,
						"is password-protected or an old .xls workbook; save it as an unprotected .xlsx or as CSV UTF-8");
				case BINARY -> throw new InputFileException(name, "is not a CSV or XLSX file (it holds binary data)");
			};
		}
		catch (IOException ex) {
			throw new InputFileException(name, "cannot be read: " + BoardPackException.rootMessage(ex), ex);
		}
	}

	private void requireFile() {
		if (!Files.exists(this.path)) {
			throw new InputFileException(shown(), "not found");
		}
		if (Files.isDirectory(this.path)) {
			throw new InputFileException(shown(), "is a folder, not a file");
		}
		// A pipe or a device would block the run on its first read, or never end.
		if (!Files.isRegularFile(this.path)) {
			throw new InputFileException(shown(),
					"is not a regular file (a pipe, a device or a socket); name a saved CSV or XLSX file");
		}
	}

	/**
	 * Stops the run when the file is not the version reading began with: changed, or cut
	 * short, while it was read. Its rows would be half of one version and half of
	 * another.
	 * @param before the {@link #fingerprint()} taken before reading
	 */
	void requireUnchanged(String before) {
		if (!fingerprint().equals(before)) {
			throw new InputFileException(shown(),
					"changed while it was being read (its size or time of change is not what it was when reading "
							+ "began); run again once it is saved and closed");
		}
	}

	static Kind kindOf(byte[] head) {
		// UTF-16 text (Excel's "Unicode text") is mostly zero bytes, but opens with a
		// byte-order mark.
		if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
				|| (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
			return Kind.CSV;
		}
		if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
			return Kind.XLSX;
		}
		if (head.length >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
				&& (head[3] & 0xFF) == 0xE0) {
			return Kind.PROTECTED_OR_XLS;
		}
		for (byte b : head) {
			if (b == 0) {
				return Kind.BINARY;
			}
		}
		return Kind.CSV;
	}

	/**
	 * What identifies this version of the file without reading it: its size and when it
	 * was last changed. A corrected file is a new version; the same file, untouched, is
	 * the same one.
	 */
	public String fingerprint() {
		requireFile();
		try {
			return Files.size(this.path) + ":" + Files.getLastModifiedTime(this.path).toMillis();
		}
		catch (IOException ex) {
			throw new InputFileException(shown(), "cannot be read: " + BoardPackException.rootMessage(ex), ex);
		}
	}

	/** SHA-256 of the file's bytes, in hex, as the manifest records it. */
	public String sha256() {
		requireFile();
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			try (InputStream in = new DigestInputStream(Files.newInputStream(this.path), digest)) {
				in.transferTo(OutputStream.nullOutputStream());
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new InputFileException(shown(), "cannot be read: " + BoardPackException.rootMessage(ex), ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	enum Kind {

		CSV, XLSX, PROTECTED_OR_XLS, BINARY

	}

}
