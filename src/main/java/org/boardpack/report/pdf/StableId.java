package org.boardpack.report.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Makes a finished PDF's file identifier a hash of its content. OpenPDF writes a random
 * /ID into the trailer, so the same pack would differ byte for byte between runs. The
 * identifier is replaced in place by one of the same length, so no offset in the
 * cross-reference section moves. The section is found from the last startxref, so either
 * a cross-reference table with its trailer or a compressed cross-reference stream, whose
 * dictionary holds the trailer's entries, will do.
 */
final class StableId {

	private static final byte[] STARTXREF = "startxref".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ID = "/ID [<".getBytes(StandardCharsets.US_ASCII);

	private static final int HEX = 32;

	private StableId() {
	}

	static byte[] apply(byte[] pdf) {
		int xref = crossReferenceSection(pdf);
		int id = (xref >= 0) ? indexOf(pdf, ID, xref) : -1;
		int first = id + ID.length;
		int second = first + HEX + 2;
		if (id < 0 || second + HEX >= pdf.length || pdf[first + HEX] != '>' || pdf[first + HEX + 1] != '<'
				|| pdf[second + HEX] != '>') {
			throw new IllegalStateException("the PDF's trailer has no file identifier where one was expected");
		}
		byte[] hash = HexFormat.of().formatHex(md5(pdf, xref)).getBytes(StandardCharsets.US_ASCII);
		byte[] stable = pdf.clone();
		System.arraycopy(hash, 0, stable, first, HEX);
		System.arraycopy(hash, 0, stable, second, HEX);
		return stable;
	}

	/**
	 * Where the last cross-reference section begins, by the offset after the last
	 * startxref; -1 if there is none.
	 */
	private static int crossReferenceSection(byte[] pdf) {
		int at = lastIndexOf(pdf, STARTXREF, pdf.length);
		if (at < 0) {
			return -1;
		}
		int i = at + STARTXREF.length;
		while (i < pdf.length && (pdf[i] == '\r' || pdf[i] == '\n' || pdf[i] == ' ')) {
			i++;
		}
		long offset = 0;
		int digits = 0;
		while (i < pdf.length && pdf[i] >= '0' && pdf[i] <= '9' && digits < 10) {
			offset = offset * 10 + (pdf[i++] - '0');
			digits++;
		}
		return (digits > 0 && offset < at) ? (int) offset : -1;
	}

	/**
	 * MD5, as the PDF specification suggests for identifiers, of everything before the
	 * cross-reference section.
	 */
	private static byte[] md5(byte[] pdf, int length) {
		try {
			MessageDigest digest = MessageDigest.getInstance("MD5");
			digest.update(pdf, 0, length);
			return digest.digest();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("MD5 is missing from this Java runtime", ex);
		}
	}

	private static int lastIndexOf(byte[] data, byte[] pattern, int before) {
		for (int i = before - pattern.length; i >= 0; i--) {
			if (matches(data, pattern, i)) {
				return i;
			}
		}
		return -1;
	}

	private static int indexOf(byte[] data, byte[] pattern, int from) {
		for (int i = from; i <= data.length - pattern.length; i++) {
			if (matches(data, pattern, i)) {
				return i;
			}
		}
		return -1;
	}

	private static boolean matches(byte[] data, byte[] pattern, int at) {
		for (int j = 0; j < pattern.length; j++) {
			if (data[at + j] != pattern[j]) {
				return false;
			}
		}
		return true;
	}

}
