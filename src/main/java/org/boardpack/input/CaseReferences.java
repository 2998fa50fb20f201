package org.boardpack.input;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What a child's case reference looks like in this authority (the template's pattern,
 * Northmoor's {@code NMB-} and six digits), so any text that matches it is masked
 * wherever it was typed: a case reference pasted into an update, an audit id column or a
 * date column never reaches an output, a message or the log. Only the columns that are
 * case references keep them, for the places the template allows.
 * <p>
 * One pattern serves the whole run and is kept here, installed when the template is
 * loaded, because logback builds the log's converters itself and they mask with it too.
 */
public final class CaseReferences {

	/** What a masked case reference reads as. */
	public static final String MASK = "[case reference]";

	private static volatile Pattern pattern;

	private CaseReferences() {
	}

	/**
	 * Installs the template's pattern.
	 * @param regex a Java regular expression, or null or blank for none
	 * @throws PatternSyntaxException when it is not a valid one
	 */
	public static void use(String regex) {
		pattern = (regex == null || regex.isBlank()) ? null : Pattern.compile(regex);
	}

	/** The text with every case reference in it masked; the same instance if none. */
	public static String mask(String text) {
		Pattern current = pattern;
		if (text == null || current == null) {
			return text;
		}
		Matcher matcher = current.matcher(text);
		return matcher.find() ? matcher.replaceAll(MASK) : text;
	}

	/** Whether the text holds a case reference. */
	public static boolean within(String text) {
		Pattern current = pattern;
		return text != null && current != null && current.matcher(text).find();
	}

}
