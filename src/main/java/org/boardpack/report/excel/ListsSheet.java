package org.boardpack.report.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.boardpack.pack.BoardPack;
import org.boardpack.actionplan.AssessedAction;

/**
 * A hidden sheet holding the lists the Actions sheet's dropdowns offer: owners (the
 * plan's and the template's), sections (the template's and the plan's) and themes. Each
 * list is a named range, as a dropdown's list too long to spell out in its rule must be.
 */
final class ListsSheet {

	static final String NAME = "Lists";

	static final String OWNERS = "OwnerList";

	static final String SECTIONS = "SectionList";

	static final String THEMES = "ThemeList";

	private ListsSheet() {
	}

	/**
	 * Writes the lists.
	 * @return the names of the lists written: a list with nothing in it has no name
	 */
	static List<String> write(XSSFWorkbook book, XSSFSheet sheet, BoardPack pack) {
		TreeSet<String> owners = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		TreeSet<Integer> sections = new TreeSet<>(pack.template().sections().keySet());
		TreeSet<String> themes = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		owners.addAll(pack.template().tracker().owners());
		for (AssessedAction a : pack.actions()) {
			owners.add(a.action().owner());
			sections.add(a.action().section());
			if (a.action().theme() != null) {
				themes.add(a.action().theme());
			}
		}
		Map<String, List<?>> lists = new TreeMap<>();
		lists.put(OWNERS, List.copyOf(owners));
		lists.put(SECTIONS, List.copyOf(sections));
		lists.put(THEMES, List.copyOf(themes));
		List<String> named = new ArrayList<>();
		int column = 0;
		for (Map.Entry<String, List<?>> list : lists.entrySet()) {
			column(sheet, column, list.getKey(), list.getValue());
			if (!list.getValue().isEmpty()) {
				Name name = book.createName();
				name.setNameName(list.getKey());
				name.setRefersToFormula(new AreaReference(new CellReference(NAME, 1, column, true, true),
						new CellReference(NAME, list.getValue().size(), column, true, true),
						book.getSpreadsheetVersion())
					.formatAsString());
				named.add(list.getKey());
			}
			column++;
		}
		book.setSheetHidden(book.getSheetIndex(sheet), true);
		return named;
	}

	private static void column(XSSFSheet sheet, int column, String header, List<?> values) {
		row(sheet, 0).createCell(column).setCellValue(header);
		for (int i = 0; i < values.size(); i++) {
			Object value = values.get(i);
			if (value instanceof Integer number) {
				row(sheet, i + 1).createCell(column).setCellValue(number);
			}
			else {
				row(sheet, i + 1).createCell(column).setCellValue((String) value);
			}
		}
	}

	private static XSSFRow row(XSSFSheet sheet, int index) {
		XSSFRow row = sheet.getRow(index);
		return (row != null) ? row : sheet.createRow(index);
	}

}
