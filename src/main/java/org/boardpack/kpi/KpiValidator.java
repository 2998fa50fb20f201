package org.boardpack.kpi;

import static org.boardpack.kpi.KpiColumn.ACTION_REFS;
import static org.boardpack.kpi.KpiColumn.BENCHMARK_YEAR;
import static org.boardpack.kpi.KpiColumn.COMMENTARY;
import static org.boardpack.kpi.KpiColumn.DENOMINATOR;
import static org.boardpack.kpi.KpiColumn.DOMAIN;
import static org.boardpack.kpi.KpiColumn.ENGLAND;
import static org.boardpack.kpi.KpiColumn.KPI_ID;
import static org.boardpack.kpi.KpiColumn.MEASURE;
import static org.boardpack.kpi.KpiColumn.NUMERATOR;
import static org.boardpack.kpi.KpiColumn.OWNER;
import static org.boardpack.kpi.KpiColumn.PERIOD;
import static org.boardpack.kpi.KpiColumn.POLARITY;
import static org.boardpack.kpi.KpiColumn.STAT_NEIGHBOURS;
import static org.boardpack.kpi.KpiColumn.TARGET;
import static org.boardpack.kpi.KpiColumn.TARGET_HIGH;
import static org.boardpack.kpi.KpiColumn.TARGET_LOW;
import static org.boardpack.kpi.KpiColumn.TOLERANCE;
import static org.boardpack.kpi.KpiColumn.UNIT;
import static org.boardpack.kpi.KpiColumn.VALUE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.boardpack.input.Canonical;
import org.boardpack.input.InputRow;
import org.boardpack.input.RejectKind;
import org.boardpack.input.RowCheck;
import org.boardpack.input.SeenIds;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStream;

/**
 * Turns a row of the measures file into a {@link MeasureValue}, or rejects it with every
 * problem found.
 */
public class KpiValidator implements ItemProcessor<InputRow<KpiColumn>, MeasureValue>, ItemStream {

	/** Longest measure code stored. */
	static final int MAX_ID = 100;

	/**
	 * Decimal places a rate worked out from its counts is kept to: as the pack prints it.
	 */
	static final int RATE_SCALE = 1;

	private final SeenIds lineByMeasureMonth = new SeenIds();

	private final Canonical names = new Canonical();

	@Override
	public void open(ExecutionContext executionContext) {
		this.lineByMeasureMonth.clear();
	}

	@Override
	public MeasureValue process(InputRow<KpiColumn> row) {
		RowCheck<KpiColumn> check = new RowCheck<>(row);
		YearMonth month = check.requiredMonth(PERIOD);
		String kpiId = check.requiredText(KPI_ID);
		if (kpiId != null && kpiId.length() > MAX_ID) {
			check.problem(KPI_ID, RejectKind.TOO_LONG, "a kpi_id of more than " + MAX_ID + " characters");
			kpiId = null;
		}
		String measure = this.names.of(check.requiredText(MEASURE));
		String domain = this.names.of(check.text(DOMAIN));
		Unit unit = check.choice(UNIT, Unit::parse, Unit.ALLOWED);
		Polarity polarity = check.requiredChoice(POLARITY, Polarity::parse, Polarity.ALLOWED);
		BigDecimal numerator = check.nonNegativeDecimal(NUMERATOR);
		BigDecimal denominator = check.nonNegativeDecimal(DENOMINATOR);
		BigDecimal value = value(check, row, (unit != null) ? unit : Unit.NUMBER, numerator, denominator);
		Target target = target(check, row, polarity);
		BigDecimal tolerance = check.nonNegativeDecimal(TOLERANCE);
		BigDecimal statNeighbours = check.decimal(STAT_NEIGHBOURS);
		BigDecimal england = check.decimal(ENGLAND);
		String benchmarkYear = this.names.of(check.text(BENCHMARK_YEAR));
		String owner = this.names.of(check.text(OWNER));
		String commentary = check.text(COMMENTARY);
		List<String> actionRefs = refs(check.text(ACTION_REFS));
		String recordId = (kpiId != null && month != null) ? kpiId + " " + month : kpiId;
		if (check.ok()) {
			long first = this.lineByMeasureMonth.firstSeen(kpiId + "\u0000" + month, row.line());
			if (first >= 0) {
				check.problem(KPI_ID, RejectKind.DUPLICATE,
						kpiId + " already has a figure for " + month + " on line " + first);
			}
		}
		check.throwIfRejected(recordId);
		return new MeasureValue(month, kpiId, measure, domain, value, numerator, denominator,
				(unit != null) ? unit : Unit.NUMBER, polarity, target, tolerance, statNeighbours, england,
				benchmarkYear, owner, commentary, actionRefs, row.line());
	}

	/**
	 * The month's figure: numerator / denominator scaled by the unit when both are given
	 * (the counts win over a value typed beside them), else the value.
	 */
	private static BigDecimal value(RowCheck<KpiColumn> check, InputRow<KpiColumn> row, Unit unit, BigDecimal numerator,
			BigDecimal denominator) {
		BigDecimal given = check.decimal(VALUE);
		boolean hasNumerator = row.get(NUMERATOR) != null;
		boolean hasDenominator = row.get(DENOMINATOR) != null;
		if (hasNumerator != hasDenominator) {
			KpiColumn absent = hasNumerator ? DENOMINATOR : NUMERATOR;
			check.problem(absent, RejectKind.MISSING_VALUE,
					"numerator and denominator go together: " + absent.canonical() + " is missing");
			return null;
		}
		if (!hasNumerator) {
			if (given == null && row.get(VALUE) == null) {
				check.problem(VALUE, RejectKind.MISSING_VALUE,
						"value is required unless numerator and denominator are given");
			}
			return given;
		}
		if (numerator == null || denominator == null) {
			return null;
		}
		if (denominator.signum() == 0) {
			check.problem(DENOMINATOR, RejectKind.OUT_OF_RANGE, "the denominator is 0, so there is no rate");
			return null;
		}
		if (unit.share() && numerator.compareTo(denominator) > 0) {
			check.problem(NUMERATOR, RejectKind.OUT_OF_RANGE, "the numerator " + numerator.toPlainString()
					+ " is above its denominator " + denominator.toPlainString());
			return null;
		}
		return numerator.multiply(unit.scale()).divide(denominator, RATE_SCALE, RoundingMode.HALF_UP);
	}

	/**
	 * The target its polarity reads: target for higher and lower, target_low and
	 * target_high for a band. The other kind given instead is rejected, not passed over,
	 * so a measure never shows "no target" because a column was misread.
	 */
	private static Target target(RowCheck<KpiColumn> check, InputRow<KpiColumn> row, Polarity polarity) {
		BigDecimal single = check.decimal(TARGET);
		BigDecimal low = check.decimal(TARGET_LOW);
		BigDecimal high = check.decimal(TARGET_HIGH);
		if (polarity == null) {
			return Target.NONE;
		}
		if (polarity == Polarity.BAND) {
			if (row.get(TARGET) != null) {
				check.problem(TARGET, RejectKind.UNKNOWN_VALUE,
						"a band measure's target is target_low and target_high; target is for higher and lower");
			}
			if (low != null && high != null && low.compareTo(high) > 0) {
				check.problem(TARGET_LOW, RejectKind.OUT_OF_RANGE,
						"target_low " + low.toPlainString() + " is above target_high " + high.toPlainString());
			}
			return Target.band(low, high);
		}
		if (row.get(TARGET_LOW) != null || row.get(TARGET_HIGH) != null) {
			check.problem((row.get(TARGET_LOW) != null) ? TARGET_LOW : TARGET_HIGH, RejectKind.UNKNOWN_VALUE,
					"target_low and target_high are for a band measure; a " + polarity.name().toLowerCase()
							+ " measure's target is target");
		}
		return (single != null) ? Target.of(single) : Target.NONE;
	}

	private static List<String> refs(String text) {
		List<String> refs = new ArrayList<>();
		if (text != null) {
			for (String ref : text.split("[;,]")) {
				if (!ref.isBlank()) {
					refs.add(ref.strip());
				}
			}
		}
		return refs;
	}

}
