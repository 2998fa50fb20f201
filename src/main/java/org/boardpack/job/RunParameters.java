package org.boardpack.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.boardpack.input.InputFile;
import org.boardpack.report.OutputFolder;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * A run, as its job parameters hold it: what {@link RunOptions} resolve to, written as
 * the job parameters of the run it starts, and read back from them by every step. The
 * job-parameter keys are here and nowhere else.
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

	/*
	 * The job parameters. period, asAt, inputs (a digest of the input files and template)
	 * and rerun identify a run: a run with the same ones resumes or declines the last, so
	 * none of them may change.
	 */

	public static final String PERIOD = "period";

	public static final String AS_AT = "asAt";

	public static final String INPUTS = "inputs";

	public static final String RERUN = "rerun";

	public static final String OUTPUT = "output";

	public static final String TEMPLATE = "template";

	public static final String TEMPLATE_SHA = "templateSha256";

	public static final String MAX_REJECT_PERCENT = "maxRejectPercent";

	/** An input's file is input.NAME; its sheet is input.NAME.sheet. */
	static final String INPUT_PREFIX = "input.";

	private static final String SHEET_SUFFIX = ".sheet";

	public RunParameters {
		inputs = Collections.unmodifiableMap(new TreeMap<>(inputs));
	}

	/** A run about to start, its template's SHA-256 taken now. */
	public static RunParameters starting(YearMonth period, LocalDate asAt, Map<String, InputFile> inputs, Path template,
			Path output, Double maxRejectPercent) {
		return new RunParameters(period, asAt, inputs, template, new InputFile(template, null).sha256(), output,
				maxRejectPercent);
	}

	/** The run its job parameters describe. */
	public static RunParameters of(JobParameters parameters) {
		Map<String, InputFile> inputs = new TreeMap<>();
		parameters.parameters().forEach((parameter) -> {
			String key = parameter.name();
			if (key.startsWith(INPUT_PREFIX) && !key.endsWith(SHEET_SUFFIX)) {
				inputs.put(key.substring(INPUT_PREFIX.length()),
						new InputFile(Path.of((String) parameter.value()), parameters.getString(key + SHEET_SUFFIX)));
			}
		});
		return new RunParameters(YearMonth.parse(parameters.getString(PERIOD)), parameters.getLocalDate(AS_AT), inputs,
				Path.of(parameters.getString(TEMPLATE)), parameters.getString(TEMPLATE_SHA),
				Path.of(parameters.getString(OUTPUT)), parameters.getDouble(MAX_REJECT_PERCENT));
	}

	/**
	 * The run's job parameters. The period, the as-at date and a digest of which inputs
	 * it reads identify it: each file's path, size and time of last change (reading a
	 * national-scale file to hash it would hold the run up for a second; its SHA-256 is
	 * worked out as it is loaded), the sheets, and the template's SHA-256. A corrected
	 * file makes a new run of the period; the same files resume or decline the last one.
	 */
	public JobParameters toJobParameters() {
		List<String> identity = new ArrayList<>();
		this.inputs.values().forEach((file) -> {
			identity.add(file.name());
			identity.add(file.fingerprint());
			identity.add(String.valueOf(file.sheet()));
		});
		identity.add(this.templateSha256);
		JobParametersBuilder builder = new JobParametersBuilder().addString(PERIOD, this.period.toString(), true)
			.addLocalDate(AS_AT, this.asAt, true)
			.addString(INPUTS, sha256(String.join("\n", identity)), true)
			.addString(OUTPUT, this.output.toString(), false)
			.addString(TEMPLATE, this.template.toString(), false)
			.addString(TEMPLATE_SHA, this.templateSha256, false);
		this.inputs.forEach((name, file) -> {
			builder.addString(INPUT_PREFIX + name, file.name(), false);
			if (file.sheet() != null) {
				builder.addString(INPUT_PREFIX + name + SHEET_SUFFIX, file.sheet(), false);
			}
		});
		if (this.maxRejectPercent != null) {
			builder.addDouble(MAX_REJECT_PERCENT, this.maxRejectPercent, false);
		}
		return builder.toJobParameters();
	}

	/**
	 * The same run's parameters as the nth rerun of it: a new job instance, since the one
	 * the parameters identify completed.
	 */
	static JobParameters rerun(JobParameters parameters, long n) {
		return new JobParametersBuilder(parameters).addLong(RERUN, n, true).toJobParameters();
	}

	/**
	 * Whether two runs read the same files (path, size, time of change, sheet) and
	 * template.
	 */
	static boolean sameFiles(JobParameters one, JobParameters other) {
		return one.getString(INPUTS).equals(other.getString(INPUTS));
	}

	/**
	 * The period a run is for, as stored (yyyy-mm), read without the rest of its
	 * parameters.
	 */
	static String periodOf(JobParameters parameters) {
		return parameters.getString(PERIOD);
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
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
