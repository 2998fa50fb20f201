package org.boardpack.pack;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import org.boardpack.kpi.AssessedMeasure;
import org.boardpack.kpi.Contradiction;
import org.boardpack.kpi.Direction;
import org.boardpack.kpi.KpiRules;
import org.boardpack.kpi.MeasureMonth;
import org.boardpack.kpi.MeasureRag;
import org.boardpack.kpi.MeasureValue;
import org.boardpack.kpi.Polarity;
import org.boardpack.kpi.Position;
import org.boardpack.kpi.Scorecard;
import org.boardpack.kpi.Target;
import org.boardpack.kpi.Unit;

/**
 * The performance scorecard as both outputs word it: one row per measure, grouped by
 * domain, every figure written out with its unit and its counts, the rule it is rated by,
 * and notes on what is small or missing. Absent when the run read no measures.
 *
 * @param present whether measures were read this run
 * @param period the month reported on
 * @param groups the measures by domain, in the file's order
 * @param rule how a measure is rated, one sentence a line
 * @param notes small denominators, measures not reported this month, benchmark years
 * @param contradictions one line per done action whose measure has long been Red
 * @param months every stored month of every measure, for the tracker's Measures sheet
 */
public record Performance(boolean present, YearMonth period, List<Group> groups, List<String> rule, List<String> notes,
		List<String> contradictions, List<MonthRow> months) {

	/** Domain heading for measures whose rows give none. */
	static final String OTHER = "Other measures";

	private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

	public Performance {
		groups = List.copyOf(groups);
		rule = List.copyOf(rule);
		notes = List.copyOf(notes);
		contradictions = List.copyOf(contradictions);
		months = List.copyOf(months);
	}

	/** No measures were read this run. */
	public static Performance absent(YearMonth period, KpiRules rules) {
		return new Performance(false, period, List.of(), rule(rules),
				List.of("No performance measures were loaded for this run, so there is no scorecard this month."),
				List.of(), List.of());
	}

	public List<Row> rows() {
		return this.groups.stream().flatMap((g) -> g.rows().stream()).toList();
	}

	/** A domain's measures. */
	public record Group(String domain, List<Row> rows) {

		public Group {
			rows = List.copyOf(rows);
		}

	}

	/**
	 * One measure's line of the scorecard.
	 *
	 * @param measure the assessed measure the words are for
	 * @param name the measure as the board knows it
	 * @param latest the period's figure with its unit, e.g. "87.8%"
	 * @param counts the counts behind it, e.g. "187 of 213", with "small" when the
	 * denominator is; empty when not given
	 * @param target e.g. "90% or more", "18% to 24%", "No target"
	 * @param rag the RAG, NO_TARGET when not rated
	 * @param ragLabel "Green", "Amber", "Red" or "Not rated"
	 * @param lastMonth the direction since last month, e.g. "Improving from 86%"
	 * @param yearAgo the direction since a year earlier
	 * @param statNeighbours e.g. "Better (82.1%)"
	 * @param england e.g. "Worse (84.1%)"
	 * @param trend the trend's figures, oldest first, null for a month without one
	 * @param trendText the trend in words, for a reader who cannot see the line
	 * @param monthsRed e.g. "4" or "–"
	 */
	public record Row(AssessedMeasure measure, String name, String latest, String counts, String target, MeasureRag rag,
			String ragLabel, String lastMonth, String yearAgo, String statNeighbours, String england,
			List<BigDecimal> trend, String trendText, String monthsRed) {

		public Row {
			trend = java.util.Collections.unmodifiableList(new ArrayList<>(trend));
		}

	}

	/**
	 * One stored month of a measure, worded.
	 *
	 * @param month the month with what is derived for it
	 * @param ragLabel "Green", "Amber", "Red" or "Not rated"
	 * @param lastMonth "Improving", "Worsening", "No change" or "Not known"
	 * @param target the month's target in words
	 */
	public record MonthRow(MeasureMonth month, String ragLabel, String lastMonth, String target) {
	}

	static Performance of(Scorecard scorecard) {
		KpiRules rules = scorecard.rules();
		Map<String, List<Row>> byDomain = new LinkedHashMap<>();
		List<String> small = new ArrayList<>();
		List<String> years = new ArrayList<>();
		for (AssessedMeasure m : scorecard.measures()) {
			MeasureValue v = m.latest();
			byDomain.computeIfAbsent((v.domain() != null) ? v.domain() : OTHER, (d) -> new ArrayList<>()).add(row(m));
			if (m.smallDenominator()) {
				small.add(v.measure() + " (" + counts(v) + ")");
			}
			if (v.benchmarkYear() != null && !years.contains(v.benchmarkYear())) {
				years.add(v.benchmarkYear());
			}
		}
		List<Group> groups = new ArrayList<>();
		byDomain.forEach((domain, rows) -> groups.add(new Group(domain, rows)));
		List<String> notes = new ArrayList<>();
		if (!small.isEmpty()) {
			notes.add("Small numbers (a denominator below " + rules.smallDenominatorBelow()
					+ "), so read the rate with care: " + String.join("; ", small) + ".");
		}
		if (!years.isEmpty()) {
			notes.add("Statistical neighbours' and England's figures are for " + String.join(" and ", years)
					+ ", the latest published.");
		}
		for (MeasureValue v : scorecard.notReported()) {
			notes.add(v.measure() + ": no figure for " + month(scorecard.period()) + "; the latest is "
					+ figure(v.value(), v.unit()) + " for " + month(v.month()) + ".");
		}
		List<String> contradictions = new ArrayList<>();
		for (Contradiction c : scorecard.contradictions()) {
			contradictions.add(contradiction(c));
		}
		List<MonthRow> months = new ArrayList<>();
		for (MeasureMonth m : scorecard.months()) {
			months.add(new MonthRow(m, ragLabel(m.rag()), direction(m.lastMonth()),
					target(m.value().target(), m.value().polarity(), m.value().unit())));
		}
		return new Performance(true, scorecard.period(), groups, rule(rules), notes, contradictions, months);
	}

	static String contradiction(Contradiction c) {
		MeasureValue v = c.measure().latest();
		return c.action().ref() + " is " + c.action().status().label().toLowerCase(Locale.UK) + ", but "
				+ lowerFirst(v.measure()) + " has been Red for " + c.measure().monthsRed() + " months ("
				+ figure(v.value(), v.unit()) + " against a target of " + target(v.target(), v.polarity(), v.unit())
				+ ")";
	}

	private static Row row(AssessedMeasure m) {
		MeasureValue v = m.latest();
		List<BigDecimal> trend = new ArrayList<>();
		StringJoiner trendText = new StringJoiner("; ");
		for (AssessedMeasure.Point p : m.trend()) {
			trend.add(p.value());
			if (p.value() != null) {
				trendText.add(p.month().format(SHORT_MONTH) + " " + figure(p.value(), v.unit()));
			}
		}
		String counts = v.hasCounts() ? counts(v) + (m.smallDenominator() ? ", small" : "") : "";
		return new Row(m, v.measure(), figure(v.value(), v.unit()), counts, target(v.target(), v.polarity(), v.unit()),
				m.rag(), ragLabel(m.rag()), change(m.lastMonth(), v.unit()), change(m.yearAgo(), v.unit()),
				position(m.statNeighbours(), v.statNeighbours(), v.unit()),
				position(m.england(), v.england(), v.unit()), trend,
				v.measure() + ", " + m.trend().size() + " months to "
						+ month(m.trend().get(m.trend().size() - 1).month()) + ": " + trendText,
				(m.monthsRed() > 0) ? String.valueOf(m.monthsRed()) : "–");
	}

	static List<String> rule(KpiRules rules) {
		List<String> lines = new ArrayList<>();
		lines.add("Higher is better: Green at or above target; Amber below it by no more than the tolerance; "
				+ "Red beyond. Lower is better: the mirror image. Band: Green inside the band; Amber outside it by "
				+ "no more than the tolerance; Red beyond. A measure without a target is not rated.");
		StringJoiner defaults = new StringJoiner(", ");
		rules.defaultTolerance()
			.forEach((unit, tolerance) -> defaults
				.add(number(tolerance) + ((unit == Unit.PERCENT) ? " points for a percentage"
						: (unit == Unit.NUMBER) ? " for a number" : " for a figure in " + unit.label())));
		lines.add("The tolerance is the measure's own, in its unit; where a measure gives none: "
				+ ((defaults.length() > 0) ? defaults + "; none for other units (no Amber)." : "none (no Amber)."));
		lines.add("Direction compares with last month and with the same month a year earlier: improving when the "
				+ "figure moved the way that is better (for a band, nearer the band), worsening the other way.");
		lines.add(
				"Months red counts the months in a row, to this one, rated Red. A change of " + rules.sharpMovePercent()
						+ "% or more of last month's figure is a sharp move (not said of a denominator below "
						+ rules.smallDenominatorBelow() + ").");
		return lines;
	}

	private static String ragLabel(MeasureRag rag) {
		return rag.rated() ? rag.rag().label() : "Not rated";
	}

	private static String direction(Direction direction) {
		return switch (direction) {
			case IMPROVING -> "Improving";
			case WORSENING -> "Worsening";
			case NO_CHANGE -> "No change";
			case NOT_KNOWN -> "Not known";
		};
	}

	private static String change(AssessedMeasure.Change change, Unit unit) {
		String from = (change.before() != null) ? " from " + figure(change.before(), unit) : "";
		return switch (change.direction()) {
			case IMPROVING -> "Improving" + from;
			case WORSENING -> "Worsening" + from;
			case NO_CHANGE -> "No change" + from;
			case NOT_KNOWN ->
				(change.before() == null) ? "No figure for " + change.month().format(SHORT_MONTH) : "Not judged" + from;
		};
	}

	private static String position(Position position, BigDecimal benchmark, Unit unit) {
		if (benchmark == null) {
			return "–";
		}
		String figure = " (" + figure(benchmark, unit) + ")";
		return switch (position) {
			case BETTER -> "Better" + figure;
			case WORSE -> "Worse" + figure;
			case SAME -> "Same" + figure;
			case NOT_KNOWN -> figure.strip();
		};
	}

	static String target(Target target, Polarity polarity, Unit unit) {
		if (polarity == Polarity.BAND) {
			if (!target.isBand()) {
				return "No target";
			}
			if (target.low() == null) {
				return figure(target.high(), unit) + " or less";
			}
			if (target.high() == null) {
				return figure(target.low(), unit) + " or more";
			}
			return figure(target.low(), unit) + " to " + figure(target.high(), unit);
		}
		if (target.value() == null) {
			return "No target";
		}
		return figure(target.value(), unit) + ((polarity == Polarity.HIGHER) ? " or more" : " or less");
	}

	/** "87.8%", "12", "18.5 days", "31.2 per 10,000". */
	static String figure(BigDecimal value, Unit unit) {
		String number = number(value);
		return switch (unit) {
			case PERCENT -> number + "%";
			case PER_10000 -> number + " per 10,000";
			case DAYS, WEEKS -> number + " " + unit.label();
			case NUMBER -> number;
		};
	}

	static String number(BigDecimal value) {
		DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value);
	}

	private static String counts(MeasureValue v) {
		return number(v.numerator()) + (v.unit().share() ? " of " : " / ") + number(v.denominator());
	}

	static String month(YearMonth month) {
		return month.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));
	}

	private static String lowerFirst(String text) {
		return (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1)))
				? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
	}

	/** Whether a direction reads as a worsening, for the key messages. */
	static boolean worsening(AssessedMeasure m) {
		return m.lastMonth().direction() == Direction.WORSENING;
	}

}
