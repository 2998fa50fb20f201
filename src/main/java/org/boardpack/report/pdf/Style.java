package org.boardpack.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;

import org.boardpack.actionplan.Rag;
import org.boardpack.template.Rgb;
import org.boardpack.template.Template;

/**
 * The pack's fonts, sizes and colours. The fonts are Liberation Sans from the classpath,
 * embedded and subset, so the pack looks the same on a bare CI machine as on the chair's
 * tablet and keeps names like Siân and O’Neill. Colours come from the template.
 */
final class Style {

	static final float TITLE = 22;

	static final float PART = 15;

	static final float SUBHEADING = 11;

	static final float BODY = 9.5f;

	static final float TABLE = 8;

	static final float SMALL = 7;

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	private static final Color INK = new Color(0x1A, 0x1A, 0x1A);

	private static final Color MUTED = new Color(0x59, 0x59, 0x59);

	private final Template template;

	private final BaseFont regular;

	private final BaseFont bold;

	private final BaseFont italic;

	/**
	 * Each font's character widths in thousandths of an em, as they are first looked up;
	 * -1 where not yet.
	 */
	private final Map<BaseFont, int[]> widths = new IdentityHashMap<>();

	private Style(Template template, BaseFont regular, BaseFont bold, BaseFont italic) {
		this.template = template;
		this.regular = regular;
		this.bold = bold;
		this.italic = italic;
	}

	/**
	 * Loads the fonts afresh for one document: a font object keeps the glyphs it used,
	 * per document.
	 */
	static Style of(Template template) {
		return new Style(template, font("liberation/LiberationSans-Regular.ttf"),
				font("liberation/LiberationSans-Bold.ttf"), font("liberation/LiberationSans-Italic.ttf"));
	}

	BaseFont regular() {
		return this.regular;
	}

	BaseFont boldFont() {
		return this.bold;
	}

	Font body(float size) {
		return new Font(this.regular, size, Font.NORMAL, INK);
	}

	Font bold(float size) {
		return new Font(this.bold, size, Font.NORMAL, INK);
	}

	Font italic(float size) {
		return new Font(this.italic, size, Font.NORMAL, MUTED);
	}

	Font heading(float size) {
		return new Font(this.bold, size, Font.NORMAL, heading());
	}

	Font on(Color fill, float size) {
		return new Font(this.bold, size, Font.NORMAL, inkOn(fill));
	}

	Color heading() {
		return colour(this.template.colour("heading"));
	}

	Color rule() {
		return colour(this.template.colour("rule"));
	}

	Color muted() {
		return MUTED;
	}

	Color ink() {
		return INK;
	}

	Color rag(Rag rag) {
		return colour(this.template.colour(rag));
	}

	/**
	 * Near-black or white, whichever contrasts more with the fill (WCAG 2 contrast
	 * ratio): amber takes near-black, the others white, all at 4.5:1 or more.
	 */
	Color inkOn(Color fill) {
		return (contrast(fill, INK) >= contrast(fill, Color.WHITE)) ? INK : Color.WHITE;
	}

	/** The WCAG 2 contrast ratio of two colours, from 1 to 21. */
	static double contrast(Color a, Color b) {
		double la = luminance(a);
		double lb = luminance(b);
		return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
	}

	private static double luminance(Color c) {
		return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
	}

	private static double linear(int channel) {
		double c = channel / 255.0;
		return (c <= 0.03928) ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

	/**
	 * A character's width in points, as BaseFont.getWidthPoint gives it to the same bit:
	 * the font looks each character up in a hash map every time, and a pack sets millions
	 * of them.
	 */
	float width(BaseFont font, int c, float size) {
		if (c > Character.MAX_VALUE) {
			return font.getWidthPoint(c, size);
		}
		int[] units = this.widths.computeIfAbsent(font, (f) -> {
			int[] none = new int[Character.MAX_VALUE + 1];
			Arrays.fill(none, -1);
			return none;
		});
		if (units[c] < 0) {
			units[c] = font.getWidth(c);
		}
		return units[c] * 0.001f * size;
	}

	/** "January 2021". */
	static String month(YearMonth period) {
		return period.format(MONTH);
	}

	/** A label in bold followed by text, as one phrase. */
	Phrase labelled(String label, String text, float size, float width) {
		Phrase phrase = new Phrase();
		phrase.add(new Chunk(label + " ", bold(size)));
		phrase.add(new Chunk(Words.breakable(text, this.regular, size, width), body(size)));
		return phrase;
	}

	private static Color colour(Rgb rgb) {
		return new Color(rgb.red(), rgb.green(), rgb.blue());
	}

	private static BaseFont font(String resource) {
		try (InputStream in = Style.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("font " + resource + " is missing from the classpath");
			}
			BaseFont font = BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
					in.readAllBytes(), null);
			font.setSecureRandom(subsetTagSource(resource));
			// OpenPDF's CIDSet lists every glyph of the font, not those of the subset,
			// which
			// PDF/UA (through PDF/A's font rules) takes as wrong; it is optional, so left
			// out.
			font.setIncludeCidSet(false);
			return font;
		}
		catch (IOException ex) {
			throw new IllegalStateException("font " + resource + " could not be read", ex);
		}
	}

	/**
	 * The subset tag (ABCDEF+LiberationSans) is drawn at random by default, so two runs
	 * would differ. A generator seeded from the font's name, before first use, gives each
	 * font the same tag every run.
	 */
	private static SecureRandom subsetTagSource(String resource) {
		try {
			SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
			random.setSeed(resource.getBytes(StandardCharsets.UTF_8));
			return random;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA1PRNG is missing from this Java runtime", ex);
		}
	}

}
