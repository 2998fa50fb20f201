package org.boardpack.input;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.boardpack.BoardPackException;
import org.w3c.dom.Element;

/**
 * One sheet of an XLSX workbook, pulled row by row from the sheet's XML so a large sheet
 * never sits in memory. Date cells become ISO dates, percent cells the percent they show,
 * formulas their cached values, rich text its visible runs. Without a sheet named, the
 * first visible sheet is read. POI's zip-bomb guard stays on.
 */
final class XlsxSource implements TabularSource {

	private static final String SHEET_NS_ROW = "row";

	/** How near a whole number a cell's value is read as that number. */
	private static final BigDecimal NEARLY_WHOLE = new BigDecimal("1e-9");

	private final String name;

	private final OPCPackage workbook;

	private final InputStream sheet;

	private final XMLStreamReader xml;

	private final ReadOnlySharedStringsTable sharedStrings;

	private final StylesTable styles;

	private final boolean date1904;

	private final String sheetName;

	private final Path path;

	private long lastLine;

	XlsxSource(Path path, String name, String wantedSheet) throws IOException {
		this.name = name;
		this.path = path;
		try {
			this.workbook = OPCPackage.open(path.toFile(), PackageAccess.READ);
		}
		catch (Exception ex) {
			throw new InputFileException(name, problem("is not a readable .xlsx workbook", ex), ex);
		}
		try {
			XSSFReader reader = new XSSFReader(this.workbook);
			this.sharedStrings = new ReadOnlySharedStringsTable(this.workbook, false);
			this.styles = reader.getStylesTable();
			Element workbookXml = workbookElement(reader);
			this.date1904 = isDate1904(workbookXml);
			Set<String> hidden = hiddenSheets(workbookXml);
			XSSFReader.SheetIterator sheets = reader.getSheetIterator();
			List<String> names = new ArrayList<>();
			InputStream found = null;
			String foundName = null;
			while (sheets.hasNext()) {
				InputStream candidate = sheets.next();
				String candidateName = sheets.getSheetName();
				names.add(candidateName);
				boolean wanted = (wantedSheet != null) ? candidateName.equalsIgnoreCase(wantedSheet.strip())
						: !hidden.contains(candidateName);
				if (found == null && wanted) {
					found = candidate;
					foundName = candidateName;
				}
				else {
					candidate.close();
				}
			}
			if (found == null) {
				throw new InputFileException(name, (wantedSheet == null) ? "has no visible sheet"
						: "has no sheet named '" + wantedSheet + "' (its sheets: " + String.join(", ", names) + ")");
			}
			this.sheet = found;
			this.sheetName = foundName;
			this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(found);
		}
		catch (InputFileException ex) {
			this.workbook.revert();
			throw ex;
		}
		catch (Exception ex) {
			this.workbook.revert();
			throw new InputFileException(name, problem("is a ZIP file but not a usable Excel workbook", ex), ex);
		}
	}

	private static Element workbookElement(XSSFReader reader) throws Exception {
		try (InputStream in = reader.getWorkbookData()) {
			return DocumentHelper.readDocument(in).getDocumentElement();
		}
	}

	private static boolean isDate1904(Element root) {
		var properties = root.getElementsByTagNameNS(root.getNamespaceURI(), "workbookPr");
		if (properties.getLength() == 0) {
			return false;
		}
		String value = ((Element) properties.item(0)).getAttribute("date1904");
		return "1".equals(value) || "true".equalsIgnoreCase(value);
	}

	/**
	 * Sheets hidden from officers (state hidden or veryHidden): a workbook's lookup lists
	 * often sit first, hidden, and are never the sheet meant.
	 */
	private static Set<String> hiddenSheets(Element root) {
		Set<String> hidden = new HashSet<>();
		var sheets = root.getElementsByTagNameNS(root.getNamespaceURI(), "sheet");
		for (int i = 0; i < sheets.getLength(); i++) {
			Element sheet = (Element) sheets.item(i);
			String state = sheet.getAttribute("state");
			if ("hidden".equals(state) || "veryHidden".equals(state)) {
				hidden.add(sheet.getAttribute("name"));
			}
		}
		return hidden;
	}

	@Override
	public Record next() {
		try {
			while (this.xml.hasNext()) {
				if (this.xml.next() == XMLStreamConstants.START_ELEMENT
						&& SHEET_NS_ROW.equals(this.xml.getLocalName())) {
					return readRow();
				}
			}
			return null;
		}
		catch (XMLStreamException | RuntimeException ex) {
			if (ex instanceof InputFileException inputFileException) {
				throw inputFileException;
			}
			throw new InputFileException(this.name, problem("sheet '" + this.sheetName + "' could not be read", ex),
					ex);
		}
	}

	private Record readRow() throws XMLStreamException {
		// Writers other than Excel may leave out a row's number: it is then the row after
		// the last, as POI's own event reader counts.
		String r = this.xml.getAttributeValue(null, "r");
		long line = (r != null) ? Long.parseLong(r) : this.lastLine + 1;
		this.lastLine = line;
		List<String> cells = new ArrayList<>();
		while (this.xml.hasNext()) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.START_ELEMENT && "c".equals(this.xml.getLocalName())) {
				String reference = this.xml.getAttributeValue(null, "r");
				int column = (reference != null) ? columnIndex(reference) : cells.size();
				String value = readCell();
				while (cells.size() < column) {
					cells.add(null);
				}
				if (column < cells.size()) {
					cells.set(column, value);
				}
				else {
					cells.add(value);
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT && SHEET_NS_ROW.equals(this.xml.getLocalName())) {
				break;
			}
		}
		return new Record(line, cells.toArray(String[]::new));
	}

	private String readCell() throws XMLStreamException {
		String type = this.xml.getAttributeValue(null, "t");
		String style = this.xml.getAttributeValue(null, "s");
		StringBuilder value = null;
		StringBuilder inline = null;
		while (this.xml.hasNext()) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				String element = this.xml.getLocalName();
				if ("v".equals(element)) {
					value = new StringBuilder(this.xml.getElementText());
				}
				else if ("rPh".equals(element)) {
					skipElement();
				}
				else if ("t".equals(element)) {
					inline = (inline == null) ? new StringBuilder() : inline;
					inline.append(this.xml.getElementText());
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT && "c".equals(this.xml.getLocalName())) {
				break;
			}
		}
		if ("inlineStr".equals(type)) {
			return (inline != null) ? inline.toString() : null;
		}
		if (value == null) {
			return null;
		}
		String raw = value.toString();
		if (type == null || "n".equals(type)) {
			return number(raw, style);
		}
		return switch (type) {
			case "s" -> this.sharedStrings.getItemAt(Integer.parseInt(raw.strip())).getString();
			case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
			default -> raw; // str (a formula's text), d (an ISO date), e (an error such
							// as #REF!)
		};
	}

	/**
	 * Skips a phonetic guide (furigana over a name): officers see only the text's visible
	 * runs.
	 */
	private void skipElement() throws XMLStreamException {
		for (int depth = 1; depth > 0 && this.xml.hasNext();) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
	}

	/**
	 * A number cell as it shows: a date cell as its date, a percent cell as the percent
	 * (0.55 shown as 55% reads 55), worked out in decimal so no binary fraction creeps
	 * in, and a number within 1e-9 of a whole one read as that whole number.
	 */
	private String number(String raw, String style) {
		double number;
		BigDecimal decimal;
		try {
			number = Double.parseDouble(raw);
			decimal = new BigDecimal(raw.strip());
		}
		catch (NumberFormatException ex) {
			return raw;
		}
		if (style != null && !style.isEmpty()) {
			XSSFCellStyle cellStyle = this.styles.getStyleAt(Integer.parseInt(style));
			if (cellStyle != null) {
				String format = cellStyle.getDataFormatString();
				if (DateUtil.isADateFormat(cellStyle.getDataFormat(), format) && DateUtil.isValidExcelDate(number)) {
					return DateUtil.getLocalDateTime(number, this.date1904).toLocalDate().toString();
				}
				if (format != null && format.contains("%")) {
					decimal = decimal.movePointRight(2);
				}
			}
		}
		BigDecimal whole = decimal.setScale(0, RoundingMode.HALF_UP);
		if (whole.subtract(decimal).abs().compareTo(NEARLY_WHOLE) < 0) {
			decimal = whole;
		}
		return decimal.stripTrailingZeros().toPlainString();
	}

	/**
	 * What went wrong, in one line. POI's zip-bomb guard explains itself over several
	 * lines addressed to programmers; officers need to know the file was refused and what
	 * to do.
	 */
	private static String problem(String what, Throwable ex) {
		String root = BoardPackException.rootMessage(ex);
		if (root.contains("Zip bomb detected")) {
			return "is refused: part of it expands far beyond what a real workbook does (a possible zip bomb); "
					+ "open it in Excel and save it again";
		}
		return what + " (" + root.lines().findFirst().orElse(root).strip() + ")";
	}

	/** "AB12" to 27: the zero-based column of a cell reference. */
	static int columnIndex(String reference) {
		int column = 0;
		for (int i = 0; i < reference.length(); i++) {
			char c = reference.charAt(i);
			if (c < 'A' || c > 'Z') {
				break;
			}
			column = column * 26 + (c - 'A' + 1);
		}
		return column - 1;
	}

	/**
	 * A workbook is read by its zip directory, not from end to end, so its bytes are
	 * hashed on their own.
	 */
	@Override
	public String sha256() {
		return new InputFile(this.path, null).sha256();
	}

	@Override
	public String describe() {
		return this.name + " (sheet '" + this.sheetName + "')";
	}

	@Override
	public void close() throws IOException {
		try {
			this.xml.close();
		}
		catch (XMLStreamException ex) {
			// Closing a reader we are done with: nothing left to lose.
		}
		this.sheet.close();
		this.workbook.revert();
	}

}
