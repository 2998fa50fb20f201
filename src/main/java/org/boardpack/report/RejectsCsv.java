package org.boardpack.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.boardpack.rejects.Reject;

/**
 * The rejects report: one line per problem of every rejected row, so officers can filter
 * by kind and fix rows at source. UTF-8 with a byte-order mark, so Excel opens names like
 * Siân correctly; text that Excel would take for a formula is written as text.
 */
public final class RejectsCsv {

	private static final String[] HEADER = { "input", "file", "line", "record_id", "column", "kind", "reason" };

	private RejectsCsv() {
	}

	public static String fileName(YearMonth period) {
		return "rejects-" + period + ".csv";
	}

	public static void write(List<Reject> rejects, OutputStream out) throws IOException {
		out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer);
		csv.writeRecord(HEADER);
		for (Reject reject : rejects) {
			csv.writeRecord(reject.role(), text(reject.file()), String.valueOf(reject.line()), text(reject.recordId()),
					text(reject.column()), reject.kind().label(), text(reject.reason()));
		}
		csv.flush();
	}

	/** Neutralises text Excel would run as a formula (=, +, -, @). */
	static String text(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@') ? "'" + value : value;
	}

}
