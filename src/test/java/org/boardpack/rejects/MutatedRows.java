package org.boardpack.rejects;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * Rows as officers' spreadsheets really hold them, made worse on purpose: valid rows from
 * a seed file with random cells replaced by what goes wrong in practice (blanks, junk,
 * impossible dates, numbers out of range, formulas, very long text, stray quotes, commas
 * and line breaks, extra cells). Deterministic for a seed.
 */
public final class MutatedRows {

	private static final String[] JUNK = { "", " ", "n/a", "TBC", "=1+1", "-", "+44 1234", "@SUM(A1)", "'", "\"", "a,b",
			"line one\nline two", "\"quoted\" text", "31/02/2021", "2021-13-01", "0000-00-00", "99/99/99", "1/1/1",
			"9999-12-31", "2020-99999999999-01", "44012", "1e309", "1e9999999999", "NaN", "-5", "100.5", "101", "75%",
			"3.0", "Section 3", "section", "B", "purple", "RI", "requires improvement to be good", "yes", "Y", "maybe",
			"Siân O’Neill", "日本語", "😀", "\u202Eright to left", "ref\u0007bell", "\tindented", "0", "007" };

	private final SplittableRandom random;

	public MutatedRows(long seed) {
		this.random = new SplittableRandom(seed);
	}

	/** The seed file's header and data rows. */
	public static List<String[]> read(Path csv) throws IOException {
		List<String[]> rows = new ArrayList<>();
		try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
			reader.forEach((r) -> rows.add(r.getFields().toArray(String[]::new)));
		}
		return rows;
	}

	/**
	 * {@code count} rows drawn from the valid ones, each cell mutated with the given
	 * probability.
	 */
	public List<String[]> mutate(List<String[]> valid, int count, double cellProbability) {
		List<String[]> rows = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			String[] row = valid.get(this.random.nextInt(valid.size())).clone();
			for (int c = 0; c < row.length; c++) {
				if (this.random.nextDouble() < cellProbability) {
					row[c] = cell();
				}
			}
			if (this.random.nextDouble() < 0.02) {
				String[] longer = java.util.Arrays.copyOf(row, row.length + 1);
				longer[row.length] = "stray";
				row = longer;
			}
			rows.add(row);
		}
		return rows;
	}

	private String cell() {
		int pick = this.random.nextInt(JUNK.length + 3);
		if (pick == JUNK.length) {
			return "x".repeat(32_768 + this.random.nextInt(100));
		}
		if (pick == JUNK.length + 1) {
			StringBuilder text = new StringBuilder();
			for (int i = 0, n = this.random.nextInt(1, 40); i < n; i++) {
				text.appendCodePoint(this.random.nextInt(0x20, 0x2FFF));
			}
			return text.toString();
		}
		if (pick == JUNK.length + 2) {
			return String.valueOf(this.random.nextLong());
		}
		return JUNK[pick];
	}

	public static void write(Path csv, String[] header, List<String[]> rows) throws IOException {
		try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
				CsvWriter writer = CsvWriter.builder().build(out)) {
			writer.writeRecord(header);
			rows.forEach(writer::writeRecord);
		}
	}

}
