package org.boardpack.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.boardpack.pack.BoardPack;

/**
 * A pack rendered and read back as a reader would see it: text per page, bookmarks and
 * document properties.
 */
final class RenderedPdf {

	final byte[] bytes;

	final List<String> pages;

	final List<Map<String, Object>> bookmarks;

	final Map<String, String> info;

	final PdfReader reader;

	private RenderedPdf(byte[] bytes) throws IOException {
		this.bytes = bytes;
		this.reader = new PdfReader(bytes);
		PdfTextExtractor extractor = new PdfTextExtractor(withArtifactsAsText(new PdfReader(bytes)));
		List<String> pages = new ArrayList<>();
		for (int i = 1; i <= this.reader.getNumberOfPages(); i++) {
			pages.add(extractor.getTextFromPage(i));
		}
		this.pages = List.copyOf(pages);
		List<Map<String, Object>> bookmarks = SimpleBookmark.getBookmarkList(this.reader);
		this.bookmarks = (bookmarks != null) ? bookmarks : List.of();
		this.info = this.reader.getInfo();
	}

	/**
	 * The pages with their frame read as text too: a tagged pack marks the frame as an
	 * artifact, which the text extractor leaves out, as a screen reader does, but the
	 * tests read the marking and page numbers on every page.
	 */
	private static PdfReader withArtifactsAsText(PdfReader reader) throws IOException {
		byte[] artifact = "/Artifact".getBytes(StandardCharsets.US_ASCII);
		byte[] span = "/Span    ".getBytes(StandardCharsets.US_ASCII);
		for (int i = 1; i <= reader.getNumberOfPages(); i++) {
			byte[] content = reader.getPageContent(i);
			for (int at = 0; at <= content.length - artifact.length; at++) {
				if (Arrays.equals(content, at, at + artifact.length, artifact, 0, artifact.length)) {
					System.arraycopy(span, 0, content, at, span.length);
				}
			}
			reader.setPageContent(i, content);
		}
		return reader;
	}

	static RenderedPdf of(BoardPack pack) {
		return read(bytes(pack));
	}

	static byte[] bytes(BoardPack pack) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			new PdfBoardPack().render(pack, out, Path.of(System.getProperty("java.io.tmpdir")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static RenderedPdf read(byte[] bytes) {
		try {
			return new RenderedPdf(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The text of a page, numbered from 1 as printed. */
	String page(int number) {
		return this.pages.get(number - 1);
	}

	/** The number of the first page whose text has this in it. */
	int pageWith(String text) {
		for (int i = 0; i < this.pages.size(); i++) {
			if (this.pages.get(i).contains(text)) {
				return i + 1;
			}
		}
		throw new AssertionError("no page has '" + text + "'");
	}

	String all() {
		return String.join("\n", this.pages);
	}

	/**
	 * A page's text without white space: cells of a table run together in the extracted
	 * text, spaced or not.
	 */
	String squeezed(int number) {
		return squeeze(page(number));
	}

	static String squeeze(String text) {
		return text.replaceAll("\\s+", "");
	}

	/** Each text without white space, to compare with {@link #squeezed(int)}. */
	static String[] squeeze(String... texts) {
		String[] squeezed = new String[texts.length];
		for (int i = 0; i < texts.length; i++) {
			squeezed[i] = squeeze(texts[i]);
		}
		return squeezed;
	}

	/** The text from one marker to the next, e.g. one action's row of a table. */
	static String between(String text, String from, String to) {
		int start = text.indexOf(from);
		if (start < 0) {
			throw new AssertionError("'" + from + "' is not in the text");
		}
		int end = text.indexOf(to, start + from.length());
		return text.substring(start, (end >= 0) ? end : text.length());
	}

	/** The page a bookmark points at, from its "3 FitH 798.5" destination. */
	static int page(Map<String, Object> bookmark) {
		return Integer.parseInt(((String) bookmark.get("Page")).split(" ")[0]);
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> kids(Map<String, Object> bookmark) {
		Object kids = bookmark.get("Kids");
		return (kids != null) ? (List<Map<String, Object>>) kids : List.of();
	}

}
