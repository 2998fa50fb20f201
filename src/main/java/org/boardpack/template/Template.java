package org.boardpack.template;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.boardpack.actionplan.Rag;
import org.boardpack.actionplan.RagRules;
import org.boardpack.actionplan.Status;
import org.boardpack.kpi.KpiRules;
import org.boardpack.transfer.TransferRules;
import org.boardpack.workforce.CaseloadCaps;

/**
 * An authority's template, bound from templates/*.yml.
 *
 * @param authority the council's name
 * @param board the board's name
 * @param reportTitle the pack's title, e.g. "Improvement plan progress report"
 * @param protectiveMarking e.g. OFFICIAL, on every page
 * @param author who produces the pack, for the PDF's metadata
 * @param meetings board meeting dates by period (yyyy-mm)
 * @param boardIsAsked what the board is asked to do with the pack
 * @param sections section headings by number, used when the plan gives none
 * @param colours the authority's colours: blue, green, amber, red, heading, rule
 * @param rag thresholds of the derived RAG
 * @param audits audit settings
 * @param mattersForTheBoard the most items listed as matters for the board
 * @param legend what each RAG colour and status means here
 * @param columns extra header aliases by input (actions, audits) and canonical column
 * @param kpis how performance measures are judged
 * @param tracker how the XLSX tracker prints and what its dropdowns offer
 * @param language the language the pack is written in, as a BCP 47 tag (en-GB when not
 * given), for screen readers
 * @param transfers the standards case transfers are judged by; the defaults of
 * {@link TransferRules#DEFAULT} when not given
 * @param bankHolidays the days that are not working days besides weekends; England and
 * Wales' bank holidays 2018 to 2027 when not given
 * @param workforce the caseload caps and the workforce trend's months; the defaults when
 * the template has no {@code workforce:} section
 * @param inbox for runs from a drop folder (--inbox): the name patterns (globs, case
 * ignored) of each input's file in the month's folder; the inputs listed are the ones a
 * scheduled run waits for
 * @param notice who is told by e-mail how each run went; nobody when not given
 * @param historySchema the PostgreSQL schema that holds this authority's history, so
 * several authorities share one database, each with its own months; when not given, the
 * authority's name made into one ({@link #schemaName(String)})
 */
public record Template(String authority, String board, String reportTitle, String protectiveMarking, String author,
		Map<String, LocalDate> meetings, List<String> boardIsAsked, Map<Integer, String> sections,
		Map<String, Rgb> colours, RagRules rag, AuditSettings audits, int mattersForTheBoard, Legend legend,
		Map<String, Map<String, List<String>>> columns, KpiRules kpis, TrackerSettings tracker, String language,
		TransferRules transfers, List<LocalDate> bankHolidays, CaseloadCaps workforce, Map<String, List<String>> inbox,
		Notice notice, String historySchema) {

	/** The colour names every template defines. */
	public static final List<String> COLOUR_NAMES = List.of("blue", "green", "amber", "red", "heading", "rule");

	public Template {
		meetings = (meetings != null) ? Map.copyOf(meetings) : Map.of();
		boardIsAsked = (boardIsAsked != null) ? List.copyOf(boardIsAsked) : List.of();
		sections = (sections != null) ? Map.copyOf(sections) : Map.of();
		colours = (colours != null) ? Map.copyOf(colours) : Map.of();
		columns = (columns != null) ? Map.copyOf(columns) : Map.of();
		tracker = (tracker != null) ? tracker : new TrackerSettings(null, false, null);
		language = (language != null && !language.isBlank()) ? language : "en-GB";
		transfers = (transfers != null) ? transfers : TransferRules.DEFAULT;
		bankHolidays = (bankHolidays != null) ? List.copyOf(bankHolidays) : BankHolidays.ENGLAND_AND_WALES;
		workforce = (workforce != null) ? workforce : CaseloadCaps.defaults();
		inbox = (inbox != null) ? Map.copyOf(inbox) : Map.of();
		notice = (notice != null) ? notice : new Notice(null, null);
		historySchema = (historySchema != null && !historySchema.isBlank()) ? historySchema.strip()
				: schemaName(authority);
	}

	/**
	 * The board meeting next on or after a day, and the period it reports on.
	 * @param day the day looked from
	 * @return empty when the calendar has no meeting on or after it
	 */
	public java.util.Optional<Map.Entry<String, LocalDate>> nextMeeting(LocalDate day) {
		return this.meetings.entrySet()
			.stream()
			.filter((m) -> !m.getValue().isBefore(day))
			.min(Map.Entry.comparingByValue());
	}

	/**
	 * An authority's name as a PostgreSQL schema name: lower case, accents dropped, every
	 * run of other characters one underscore, none at either end, at most 63 characters
	 * (PostgreSQL's longest name). "Northmoor Metropolitan Borough Council" gives
	 * northmoor_metropolitan_borough_council.
	 * @return null when there is no name
	 */
	public static String schemaName(String authority) {
		if (authority == null) {
			return null;
		}
		String plain = Normalizer.normalize(authority, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "_");
		String trimmed = plain.replaceAll("^_+|_+$", "");
		return trimmed.substring(0, Math.min(trimmed.length(), 63)).replaceAll("_+$", "");
	}

	public Rgb colour(Rag rag) {
		return this.colours.get(rag.name().toLowerCase(Locale.ROOT));
	}

	public Rgb colour(String name) {
		return this.colours.get(name);
	}

	/** Extra aliases for one input's columns, by canonical column name. */
	public Map<String, List<String>> aliases(String input) {
		return this.columns.getOrDefault(input, Map.of());
	}

	/**
	 * @param trendMonths months shown in the audit trend
	 * @param smallSampleBelow fewer audits than this is flagged as a small sample
	 * @param caseRefsInTracker whether the tracker's Audits sheet may show case
	 * references
	 * @param caseReferencePattern what a case reference looks like (a regular
	 * expression): text matching it is masked everywhere else
	 */
	public record AuditSettings(int trendMonths, int smallSampleBelow, boolean caseRefsInTracker,
			String caseReferencePattern) {
	}

	/**
	 * The tracker's print set-up and dropdowns.
	 *
	 * @param paper the paper its sheets print on; A4 when not given
	 * @param printAllColumns whether the Actions sheet prints every column, not only the
	 * ones officers work with
	 * @param owners owners the Owner dropdown offers beside those the plan names (a new
	 * lead officer, a role)
	 */
	public record TrackerSettings(Paper paper, boolean printAllColumns, List<String> owners) {

		public TrackerSettings {
			paper = (paper != null) ? paper : Paper.A4;
			owners = (owners != null) ? List.copyOf(owners) : List.of();
		}

	}

	/**
	 * Who hears how a run went.
	 *
	 * @param to the addresses each run's notice goes to
	 * @param from the address it comes from (spring.mail.username's when not given)
	 */
	public record Notice(List<String> to, String from) {

		public Notice {
			to = (to != null) ? List.copyOf(to) : List.of();
		}

	}

	/** The paper sizes a tracker prints on. */
	public enum Paper {

		A4, A3

	}

	/** What each RAG colour and each status means for this authority. */
	public record Legend(Map<Rag, String> rag, Map<Status, String> status) {

		public Legend {
			rag = (rag != null) ? Map.copyOf(rag) : Map.of();
			status = (status != null) ? Map.copyOf(status) : Map.of();
		}

	}

}
