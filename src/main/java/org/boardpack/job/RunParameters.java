package org.boardpack.job;

import static org.boardpack.job.BoardPackJobConfiguration.ACTIONS;
import static org.boardpack.job.BoardPackJobConfiguration.ACTIONS_SHEET;
import static org.boardpack.job.BoardPackJobConfiguration.AS_AT;
import static org.boardpack.job.BoardPackJobConfiguration.AUDITS;
import static org.boardpack.job.BoardPackJobConfiguration.AUDITS_SHEET;
import static org.boardpack.job.BoardPackJobConfiguration.MAX_REJECT_PERCENT;
import static org.boardpack.job.BoardPackJobConfiguration.OUTPUT;
import static org.boardpack.job.BoardPackJobConfiguration.PERIOD;
import static org.boardpack.job.BoardPackJobConfiguration.TEMPLATE;
import static org.boardpack.job.BoardPackJobConfiguration.TEMPLATE_SHA;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import org.boardpack.input.InputFile;
import org.boardpack.report.OutputFolder;

import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * A run's job parameters, typed: what every step reads from them, in one place.
 *
 * @param period the month reported on
 * @param asAt the date the data is as at
 * @param actions the action plan
 * @param audits the case audit results
 * @param template the authority's template
 * @param templateSha256 the template's SHA-256 when the run started
 * @param output the output root
 * @param maxRejectPercent the reject limit; null for none
 */
public record RunParameters(YearMonth period, LocalDate asAt, InputFile actions, InputFile audits, Path template,
		String templateSha256, Path output, Double maxRejectPercent) {

	public static RunParameters of(JobParameters parameters) {
		return new RunParameters(YearMonth.parse(parameters.getString(PERIOD)), parameters.getLocalDate(AS_AT),
				new InputFile(Path.of(parameters.getString(ACTIONS)), parameters.getString(ACTIONS_SHEET)),
				new InputFile(Path.of(parameters.getString(AUDITS)), parameters.getString(AUDITS_SHEET)),
				Path.of(parameters.getString(TEMPLATE)), parameters.getString(TEMPLATE_SHA),
				Path.of(parameters.getString(OUTPUT)), parameters.getDouble(MAX_REJECT_PERCENT));
	}

	/** The period as stored in the database: yyyy-mm. */
	public String key() {
		return this.period.toString();
	}

	public OutputFolder folder() {
		return new OutputFolder(this.output, this.period);
	}

}
