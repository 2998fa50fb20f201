package org.boardpack.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a CSV file in the encodings Excel and LibreOffice save: UTF-8 (with or
 * without a byte-order mark), UTF-16 with a byte-order mark ("Unicode text"), or
 * Windows-1252 (Excel's plain "CSV (Comma delimited)"). A file is read as UTF-8 until a
 * byte shows it is not; if everything before that byte was plain ASCII (the same in both
 * encodings) the rest is read as Windows-1252, so nothing already read changes meaning. A
 * file that mixes UTF-8 with other bytes, or holds a byte Windows-1252 does not define,
 * is refused naming the line, never turned into question marks.
 */
final class CsvText extends Reader {

	private static final int BUFFER = 64 * 1024;

	private final InputStream in;

	private final String name;

	private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);

	private CharsetDecoder decoder;

	private Encoding encoding;

	private boolean endOfInput;

	private boolean nonAscii;

	private long line = 1;

	CsvText(InputStream in, String name) throws IOException {
		this.in = in;
		this.name = name;
		this.bytes.limit(0);
		fill();
		this.encoding = byteOrderMark();
		this.decoder = decoder(this.encoding.charset);
	}

	/** Skips a byte-order mark and says which encoding it marks; UTF-8 without one. */
	private Encoding byteOrderMark() {
		int b0 = byteAt(0);
		int b1 = byteAt(1);
		if (b0 == 0xFF && b1 == 0xFE) {
			this.bytes.position(2);
			return Encoding.UTF_16LE;
		}
		if (b0 == 0xFE && b1 == 0xFF) {
			this.bytes.position(2);
			return Encoding.UTF_16BE;
		}
		if (b0 == 0xEF && b1 == 0xBB && byteAt(2) == 0xBF) {
			this.bytes.position(3);
		}
		return Encoding.UTF_8;
	}

	private int byteAt(int index) {
		return (index < this.bytes.limit()) ? this.bytes.get(index) & 0xFF : -1;
	}

	private static CharsetDecoder decoder(Charset charset) {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	/** The encoding the file was read in; final once the whole file has been read. */
	Encoding encoding() {
		return this.encoding;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		CharBuffer out = CharBuffer.wrap(buffer, offset, length);
		while (out.position() == offset) {
			int before = out.position();
			CoderResult result = this.decoder.decode(this.bytes, out, this.endOfInput);
			look(buffer, before, out.position());
			if (result.isError()) {
				switchOrRefuse(result);
			}
			else if (result.isUnderflow()) {
				if (this.endOfInput) {
					this.decoder.flush(out);
					return (out.position() == offset) ? -1 : out.position() - offset;
				}
				fill();
			}
		}
		return out.position() - offset;
	}

	/** Tops the buffer up from the file; its position is where decoding resumes. */
	private void fill() throws IOException {
		this.bytes.compact();
		int read = this.in.read(this.bytes.array(), this.bytes.position(), this.bytes.remaining());
		if (read < 0) {
			this.endOfInput = true;
		}
		else {
			this.bytes.position(this.bytes.position() + read);
		}
		this.bytes.flip();
	}

	/** Counts lines (for messages) and notes whether any text beyond ASCII was read. */
	private void look(char[] buffer, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = buffer[i];
			if (c == '\n') {
				this.line++;
			}
			else if (c > 0x7F) {
				this.nonAscii = true;
			}
		}
	}

	private void switchOrRefuse(CoderResult result) {
		int bad = this.bytes.get(this.bytes.position()) & 0xFF;
		if (this.encoding == Encoding.UTF_8 && !this.nonAscii) {
			this.encoding = Encoding.WINDOWS_1252;
			this.decoder = decoder(this.encoding.charset);
			return;
		}
		String where = "line " + this.line + " holds a byte (0x" + Integer.toHexString(bad).toUpperCase() + ") ";
		throw new InputFileException(this.name, switch (this.encoding) {
			case UTF_8 -> where + "that is not UTF-8, after text that is: the file mixes two encodings; "
					+ "save it again from Excel as \"CSV UTF-8 (Comma delimited)\"";
			case WINDOWS_1252 -> where + "that is not a character in UTF-8 or in Windows-1252 (Excel's plain CSV); "
					+ "save it again from Excel as \"CSV UTF-8 (Comma delimited)\"";
			case UTF_16LE, UTF_16BE -> where + "that is not UTF-16 text (the file starts as Excel's Unicode text); "
					+ "save it again from Excel as \"CSV UTF-8 (Comma delimited)\"";
		});
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

	/** The encodings a CSV file is read in. */
	enum Encoding {

		UTF_8(StandardCharsets.UTF_8), UTF_16LE(StandardCharsets.UTF_16LE), UTF_16BE(StandardCharsets.UTF_16BE),
		WINDOWS_1252(Charset.forName("windows-1252"));

		private final Charset charset;

		Encoding(Charset charset) {
			this.charset = charset;
		}

	}

}
