package org.boardpack.input;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.boardpack.BoardPackException;

/**
 * A UTF-8 CSV file (with or without a byte-order mark), comma separated, quoted fields
 * holding commas and line breaks. Bytes that are not UTF-8 stop the read with a clear
 * message rather than turning names into question marks.
 */
final class CsvSource implements TabularSource {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private static final Pattern LINE = Pattern.compile("line (\\d+)");

	private final String name;

	private final CsvReader<CsvRecord> reader;

	private final DigestInputStream bytes;

	private final Iterator<CsvRecord> records;

	private boolean first = true;

	CsvSource(Path path, String name) throws IOException {
		this.name = name;
		this.bytes = new DigestInputStream(Files.newInputStream(path), sha256Digest());
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		this.reader = CsvReader.builder()
			.allowExtraFields(true)
			.allowMissingFields(true)
			.allowUnclosedQuote(false)
			.skipEmptyLines(true)
			.ofCsvRecord(new InputStreamReader(this.bytes, decoder));
		this.records = this.reader.iterator();
	}

	@Override
	public Record next() {
		try {
			if (!this.records.hasNext()) {
				return null;
			}
			CsvRecord record = this.records.next();
			String[] cells = record.getFields().toArray(String[]::new);
			if (this.first) {
				this.first = false;
				if (cells.length > 0 && !cells[0].isEmpty() && cells[0].charAt(0) == BYTE_ORDER_MARK) {
					cells[0] = cells[0].substring(1);
				}
			}
			return new Record(record.getStartingLineNumber(), cells);
		}
		catch (UncheckedIOException ex) {
			if (ex.getCause() instanceof CharacterCodingException) {
				throw new InputFileException(this.name,
						"is not UTF-8 text; save it from Excel as \"CSV UTF-8 (Comma delimited)\"", ex);
			}
			throw new InputFileException(this.name, "could not be read to the end: " + ex.getCause().getMessage(), ex);
		}
		catch (CsvParseException ex) {
			throw new InputFileException(this.name, malformed(ex), ex);
		}
	}

	/** FastCSV's explanation, shortened to what an officer can act on. */
	private static String malformed(CsvParseException ex) {
		String message = BoardPackException.rootMessage(ex);
		Matcher line = LINE.matcher(message);
		String where = line.find() ? "line " + line.group(1) + ": " : "";
		if (message.contains("maximum buffer size")) {
			return "is not well-formed CSV: " + where
					+ "a cell longer than 16 million characters, or a quote that is never closed";
		}
		String first = message.lines()
			.findFirst()
			.orElse(message)
			.replaceAll("\\s*\\(record starting at line \\d+\\)", "");
		return "is not well-formed CSV: " + where + first;
	}

	/**
	 * The file's SHA-256, from the bytes the parser read, and any it left after the last
	 * row.
	 */
	@Override
	public String sha256() {
		try {
			this.bytes.transferTo(OutputStream.nullOutputStream());
		}
		catch (IOException ex) {
			throw new InputFileException(this.name, "could not be read to the end: " + ex.getMessage(), ex);
		}
		return HexFormat.of().formatHex(this.bytes.getMessageDigest().digest());
	}

	private static MessageDigest sha256Digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	@Override
	public String describe() {
		return this.name;
	}

	@Override
	public void close() throws IOException {
		this.reader.close();
	}

}
