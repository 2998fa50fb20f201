package org.boardpack.input;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.boardpack.BoardPackException;

/**
 * A CSV file as Excel and LibreOffice save it: in UTF-8, UTF-16 or Windows-1252 (see
 * {@link CsvText}), separated by commas, semicolons or tabs, quoted fields holding
 * separators and line breaks. The separator is the one the header line is found with.
 */
final class CsvSource implements TabularSource {

	private static final Pattern LINE = Pattern.compile("line (\\d+)");

	private final String name;

	private final CsvReader<CsvRecord> reader;

	private final DigestInputStream bytes;

	private final Iterator<CsvRecord> records;

	private final CsvText text;

	private final char separator;

	// allowUnclosedQuote is deprecated with no strict replacement: false keeps
	// an unclosed quote an error, where the default reads the rest of the file
	// as one field.
	@SuppressWarnings("deprecation")
	CsvSource(Path path, String name, char separator) throws IOException {
		this.name = name;
		this.separator = separator;
		this.bytes = new DigestInputStream(Files.newInputStream(path), sha256Digest());
		this.text = new CsvText(this.bytes, name);
		this.reader = CsvReader.builder()
			.fieldSeparator(separator)
			// Rows of other widths are kept: reported (a stray comma) or read short.
			.extraFieldStrategy(FieldMismatchStrategy.IGNORE)
			.missingFieldStrategy(FieldMismatchStrategy.IGNORE)
			.allowUnclosedQuote(false)
			.skipEmptyLines(true)
			.ofCsvRecord(this.text);
		this.records = this.reader.iterator();
	}

	@Override
	public Record next() {
		try {
			if (!this.records.hasNext()) {
				return null;
			}
			CsvRecord record = this.records.next();
			return new Record(record.getStartingLineNumber(), record.getFields().toArray(String[]::new));
		}
		catch (UncheckedIOException ex) {
			throw new InputFileException(this.name, "could not be read to the end: " + ex.getCause().getMessage(), ex);
		}
		catch (CsvParseException ex) {
			// The text's own refusal (an encoding), passed up through the parser.
			if (ex.getCause() instanceof InputFileException refused) {
				throw refused;
			}
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
	public boolean delimited() {
		return true;
	}

	/** How the file was read, when that is not plain UTF-8 and commas. */
	@Override
	public List<String> notices() {
		List<String> notices = new ArrayList<>(2);
		if (this.text.encoding() == CsvText.Encoding.WINDOWS_1252) {
			notices.add("read as Windows-1252, the encoding of Excel's plain CSV");
		}
		if (this.separator == ';') {
			notices.add("separated by semicolons");
		}
		else if (this.separator == '\t') {
			notices.add("separated by tabs");
		}
		return notices;
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
