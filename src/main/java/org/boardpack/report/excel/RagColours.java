package org.boardpack.report.excel;

import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FontFormatting;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFColor;

import org.boardpack.actionplan.Rag;
import org.boardpack.template.Template;

/**
 * Colours a RAG column by conditional formatting, not by cell style, so the colour
 * follows the value: when an officer changes Green to Red the cell turns red. The rules
 * run to the foot of the sheet, so rows an officer adds are coloured too. A value matches
 * its word or its letter, in any case, as the reader accepts them.
 */
final class RagColours {

	private RagColours() {
	}

	/** Colours the column's cells from {@code firstRow} down. */
	static void apply(Sheet sheet, Template template, int firstRow, int column) {
		SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
		CellRangeAddress[] range = { new CellRangeAddress(firstRow, SheetWriter.LAST_ROW, column, column) };
		String cell = new CellReference(firstRow, column, false, false).formatAsString();
		for (Rag rag : Rag.values()) {
			ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(
					"OR(" + cell + "=\"" + rag.label() + "\"," + cell + "=\"" + rag.letter() + "\")");
			XSSFColor fill = Styles.colour(template.colour(rag));
			PatternFormatting pattern = rule.createPatternFormatting();
			// Excel takes a conditional solid fill from its background colour; set both,
			// for readers that do not.
			pattern.setFillBackgroundColor(fill);
			pattern.setFillForegroundColor(fill);
			pattern.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
			FontFormatting font = rule.createFontFormatting();
			font.setFontColor(Styles.textOn(template.colour(rag)));
			formatting.addConditionalFormatting(range, rule);
		}
	}

}
