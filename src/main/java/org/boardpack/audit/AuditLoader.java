package org.boardpack.audit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.boardpack.input.StoreRefused;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Loads a period's audits: each chunk's audits dated in the period are stored row by row,
 * and every audit up to the as-at date is counted into the {@link AuditCube}. The cube is
 * stored with the last chunk, in that chunk's transaction, once the reader reports the
 * end of the file; so a run killed part way has stored no partial counts, and the step,
 * started again, clears the period and reads the file from the top.
 */
public class AuditLoader implements ItemStreamWriter<AuditResult> {

	/**
	 * Execution-context key: audits valid but dated after the as-at date, so not counted.
	 */
	public static final String AFTER_AS_AT = "audits.afterAsAt";

	private final AuditRepository repository;

	private final BooleanSupplier inputExhausted;

	private final AuditCube cube = new AuditCube();

	private String period;

	private LocalDate periodStart;

	private LocalDate asAt;

	private long afterAsAt;

	private boolean stored;

	/**
	 * @param inputExhausted whether the reader has read the file's last row
	 */
	public AuditLoader(AuditRepository repository, BooleanSupplier inputExhausted) {
		this.repository = repository;
		this.inputExhausted = inputExhausted;
	}

	/** The period this run loads and the date its data is as at. */
	public void bind(YearMonth period, LocalDate asAt) {
		this.period = period.toString();
		this.periodStart = period.atDay(1);
		this.asAt = asAt;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.repository.deletePeriod(this.period);
		this.cube.clear();
		this.afterAsAt = 0;
		this.stored = false;
	}

	@Override
	public void write(Chunk<? extends AuditResult> chunk) {
		List<AuditResult> inPeriod = new ArrayList<>();
		for (AuditResult audit : chunk) {
			if (audit.auditDate().isAfter(this.asAt)) {
				this.afterAsAt++;
				continue;
			}
			this.cube.add(audit);
			if (!audit.auditDate().isBefore(this.periodStart)) {
				inPeriod.add(audit);
			}
		}
		try {
			this.repository.insertResults(this.period, inPeriod);
		}
		catch (DataIntegrityViolationException ex) {
			throw StoreRefused.of("audits", inPeriod, AuditResult::auditId, AuditResult::line, "audit id", ex);
		}
	}

	@Override
	public void update(ExecutionContext executionContext) {
		executionContext.putLong(AFTER_AS_AT, this.afterAsAt);
		if (!this.stored && this.inputExhausted.getAsBoolean()) {
			this.repository.insertCube(this.period, this.cube);
			this.stored = true;
		}
	}

}
