package org.boardpack.job;

import static org.boardpack.job.BoardPackJobConfiguration.AS_AT;
import static org.boardpack.job.BoardPackJobConfiguration.MAX_REJECT_PERCENT;
import static org.boardpack.job.BoardPackJobConfiguration.OUTPUT;
import static org.boardpack.job.BoardPackJobConfiguration.PERIOD;
import static org.boardpack.job.BoardPackJobConfiguration.TEMPLATE;
import static org.boardpack.job.BoardPackJobConfiguration.TEMPLATE_SHA;
import static org.boardpack.job.RunOptions.INPUT_PREFIX;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.TreeMap;
import java.util.Map;

import org.boardpack.input.InputFile;
import org.boardpack.report.OutputFolder;

import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * A run's job parameters, typed: what every step reads from them, in one place.
 *
 * @param period the month reported on
 * @param asAt the date the data is as at
 * @param inputs the run's input files by input name, in order of name; an input left out
 * has none
 * @param template the authority's template
 * @param templateSha256 the template's SHA-256 when the run started
 * @param output the output root
 * @param maxRejectPercent the reject limit; null for none
 */
public record RunParameters(YearMonth period, LocalDate asAt, Map<String, InputFile> inputs, Path template,
		String templateSha256, Path output, Double maxRejectPercent) {

	public static RunParameters of(JobParameters parameters) {
		Map<String, InputFile> inputs = new TreeMap<>();
		parameters.parameters().forEach((parameter) -> {
			String key = parameter.name();
			if (key.startsWith(INPUT_PREFIX) && !key.endsWith(".sheet")) {
				inputs.put(key.substring(INPUT_PREFIX.length()),
						new InputFile(Path.of((String) parameter.value()), parameters.getString(key + ".sheet")));
			}
		});
		return new RunParameters(YearMonth.parse(parameters.getString(PERIOD)), parameters.getLocalDate(AS_AT), inputs,
				Path.of(parameters.getString(TEMPLATE)), parameters.getString(TEMPLATE_SHA),
				Path.of(parameters.getString(OUTPUT)), parameters.getDouble(MAX_REJECT_PERCENT));
	}

	/** The file of an input; null when the run leaves the input out. */
	public InputFile input(String name) {
		return this.inputs.get(name);
	}

	/** The period as stored in the database: yyyy-mm. */
	public String key() {
		return this.period.toString();
	}

	public OutputFolder folder() {
		return new OutputFolder(this.output, this.period);
	}

}
