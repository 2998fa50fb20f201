package org.boardpack.report.pdf;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.TreeMap;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * A PDF validated against PDF/UA-1 by veraPDF, the validator the PDF Association
 * endorses: every rule it checks, by clause and test number, with how often it failed.
 */
public final class PdfUa {

	static {
		VeraGreenfieldFoundryProvider.initialise();
	}

	private PdfUa() {
	}

	/**
	 * The rules the PDF fails, as "7.1-3 (12 times): Content shall be marked as Artifact
	 * or tagged as real content (page 3...)", one failed check quoted per rule; empty
	 * when it conforms.
	 */
	public static Map<String, String> failures(byte[] pdf) {
		try (PDFAParser parser = Foundries.defaultInstance()
			.createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
			ValidationResult result = validator.validate(parser);
			Map<String, String> failures = new TreeMap<>();
			result.getFailedChecks()
				.forEach(
						(rule, count) -> failures.put(rule.getClause() + "-" + rule.getTestNumber(), count + " times"));
			for (TestAssertion assertion : result.getTestAssertions()) {
				if (assertion.getStatus() == TestAssertion.Status.FAILED) {
					String rule = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
					failures.computeIfPresent(rule, (r, v) -> v.contains(": ") ? v
							: v + ": " + assertion.getMessage() + " at " + assertion.getLocation().getContext());
				}
			}
			if (!result.isCompliant() && failures.isEmpty()) {
				failures.put("?", "veraPDF found the file not compliant without naming a rule");
			}
			return failures;
		}
		catch (Exception ex) {
			throw new IllegalStateException("veraPDF could not validate the PDF", ex);
		}
	}

}
