package org.boardpack.report.pdf;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.lowagie.text.pdf.BaseFont;

import org.boardpack.audit.Share;
import org.boardpack.input.Dates;

/** Small text formatting the pages share. Formatting only: every figure is the pack's. */
final class Words {

	private static final Pattern WORD = Pattern.compile("\\S+");

	/**
	 * A dash where a value is absent, so an empty cell is never mistaken for a lost one.
	 */
	static final String NONE = "–";

	private Words() {
	}

	/**
	 * Breaks every word wider than the space it is set in, with a hyphen at each break.
	 * Left alone, OpenPDF cuts such a word (a long link, a file path) wherever the line
	 * ends, and the reader cannot tell a cut from a space.
	 */
	static String breakable(String text, BaseFont font, float size, float width) {
		if (text == null) {
			return "";
		}
		// No word is wider than its length in the font's widest character, so most text
		// needs no measuring at all.
		float widest = font.getFontDescriptor(BaseFont.AWT_MAXADVANCE, size);
		if (text.length() * widest <= width) {
			return text;
		}
		Matcher words = WORD.matcher(text);
		StringBuilder out = new StringBuilder(text.length());
		int written = 0;
		while (words.find()) {
			if ((words.end() - words.start()) * widest <= width) {
				continue;
			}
			String word = words.group();
			if (font.getWidthPoint(word, size) <= width) {
				continue;
			}
			out.append(text, written, words.start());
			breakWord(word, font, size, width, out);
			written = words.end();
		}
		return out.append(text, written, text.length()).toString();
	}

	private static void breakWord(String word, BaseFont font, float size, float width, StringBuilder out) {
		int start = 0;
		while (start < word.length()) {
			int end = start;
			while (end < word.length()) {
				int next = word.offsetByCodePoints(end, 1);
				String piece = word.substring(start, next) + ((next < word.length()) ? "-" : "");
				if (font.getWidthPoint(piece, size) > width && end > start) {
					break;
				}
				end = next;
			}
			out.append(word, start, end);
			if (end < word.length()) {
				out.append("-\n");
			}
			start = end;
		}
	}

	static String date(LocalDate date) {
		return (date != null) ? Dates.uk(date) : NONE;
	}

	static String days(int days) {
		return days + ((days == 1) ? " day" : " days");
	}

	/** How often something happened: never, once, twice, 3 times. */
	static String times(int n) {
		return switch (n) {
			case 0 -> "never";
			case 1 -> "once";
			case 2 -> "twice";
			default -> n + " times";
		};
	}

	/**
	 * A share in a narrow column: percent, count and any small-sample flag on lines of
	 * their own.
	 */
	static String shareStacked(Share share) {
		if (share.empty()) {
			return NONE;
		}
		return share.percent() + "%" + (share.small() ? Share.SMALL_SAMPLE_MARK : "") + "\n" + share.count() + " of "
				+ share.of();
	}

}
