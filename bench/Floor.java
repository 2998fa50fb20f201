import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The floor: the least any tool must do with the inputs, a bare parse. Decodes each CSV file as UTF-8 and splits it
 * into rows and fields with a minimal RFC 4180 scanner (quotes, doubled quotes, commas and line breaks inside
 * quotes, a byte-order mark), making every field a String as any reader must, and keeps none of them: no dates, no
 * validation, no storage, no output. The benchmark times this whole process, JVM start included, beside the job.
 *
 * <pre>
 * java -cp CLASSES Floor FILE...
 * </pre>
 */
public class Floor {

	public static void main(String[] args) throws IOException {
		if (args.length == 0) {
			System.err.println("Usage: java Floor FILE...");
			System.exit(2);
		}
		long t0 = System.nanoTime();
		StringBuilder summary = new StringBuilder("floor:");
		for (String name : args) {
			long[] counts = scan(Path.of(name));
			summary.append(String.format(" %s %d rows %d fields;", Path.of(name).getFileName(), counts[0], counts[1]));
			// The checksum keeps the JIT from discarding fields nobody reads.
			if (counts[2] == 42) {
				summary.append(' ');
			}
		}
		summary.append(String.format(" parse %.0f ms", (System.nanoTime() - t0) / 1e6));
		System.out.println(summary);
	}

	/** @return data rows (the header not counted), fields, and a checksum of the fields' lengths */
	static long[] scan(Path file) throws IOException {
		long rows = 0;
		long fields = 0;
		long checksum = 0;
		char[] buf = new char[1 << 16];
		StringBuilder field = new StringBuilder(256);
		boolean quoted = false;
		boolean afterQuote = false;
		boolean rowHasData = false;
		boolean first = true;
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			int n;
			while ((n = in.read(buf)) > 0) {
				int i = 0;
				if (first) {
					first = false;
					if (buf[0] == '\uFEFF') {
						i = 1;
					}
				}
				for (; i < n; i++) {
					char c = buf[i];
					if (quoted) {
						if (c == '"') {
							quoted = false;
							afterQuote = true;
						}
						else {
							field.append(c);
						}
						continue;
					}
					switch (c) {
						case '"' -> {
							// A quote after a closing quote is an escaped quote; elsewhere it opens a quoted run.
							if (afterQuote) {
								field.append('"');
							}
							quoted = true;
							afterQuote = false;
							rowHasData = true;
						}
						case ',' -> {
							checksum += field.toString().length();
							field.setLength(0);
							fields++;
							afterQuote = false;
							rowHasData = true;
						}
						case '\n' -> {
							if (rowHasData || field.length() > 0) {
								checksum += field.toString().length();
								field.setLength(0);
								fields++;
								rows++;
							}
							afterQuote = false;
							rowHasData = false;
						}
						case '\r' -> {
							// Part of CRLF: the LF ends the row.
						}
						default -> {
							field.append(c);
							afterQuote = false;
							rowHasData = true;
						}
					}
				}
			}
		}
		if (rowHasData || field.length() > 0) {
			checksum += field.toString().length();
			fields++;
			rows++;
		}
		return new long[] { Math.max(0, rows - 1), fields, checksum };
	}

}
