package org.boardpack.job;

import static org.boardpack.job.BoardPackJobConfiguration.ACTIONS;
import static org.boardpack.job.BoardPackJobConfiguration.ACTIONS_SHEET;
import static org.boardpack.job.BoardPackJobConfiguration.AS_AT;
import static org.boardpack.job.BoardPackJobConfiguration.AUDITS;
import static org.boardpack.job.BoardPackJobConfiguration.AUDITS_SHEET;
import static org.boardpack.job.BoardPackJobConfiguration.INPUTS;
import static org.boardpack.job.BoardPackJobConfiguration.MAX_REJECT_PERCENT;
import static org.boardpack.job.BoardPackJobConfiguration.OUTPUT;
import static org.boardpack.job.BoardPackJobConfiguration.PERIOD;
import static org.boardpack.job.BoardPackJobConfiguration.TEMPLATE;
import static org.boardpack.job.BoardPackJobConfiguration.TEMPLATE_SHA;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.boardpack.BoardPackException.ExitCode;
import org.boardpack.BoardPackException;
import org.boardpack.input.Dates;
import org.boardpack.input.InputFile;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.boot.ApplicationArguments;
import org.springframework.core.env.Environment;

/**
 * What the person running the job asked for. Every option has a default
 * (application.properties) that runs the sample on seeds/ into output/.
 *
 * @param period the month reported on
 * @param asAt the date the data is as at: the period's last day unless given
 * @param actions the action plan
 * @param audits the case audit results
 * @param output the folder the period's folder is made in
 * @param template the authority's template
 * @param rerun produce a period again from inputs it was already produced from
 * @param maxRejectPercent fail the run when more than this percent of a file's rows are
 * rejected; null for no limit
 */
public record RunOptions(YearMonth period, LocalDate asAt, InputFile actions, InputFile audits, Path output,
		Path template, boolean rerun, Double maxRejectPercent) {

	/** Options the job understands, besides Spring's own (spring.*, logging.*). */
	static final Set<String> NAMES = Set.of("period", "as-at", "actions", "actions-sheet", "audits", "audits-sheet",
			"output", "template", "rerun", "max-reject-percent", "help");

	public static final String USAGE = """
			boardpack: the monthly Improvement Board pack (PDF) and action tracker (XLSX).

			Usage: java -jar target/boardpack.jar [options]

			  --period=YYYY-MM            month reported on (default 2021-01, the sample's)
			  --as-at=DATE                date the data is as at (default: the period's last day)
			  --actions=FILE              action plan, CSV or XLSX (default seeds/actions.csv)
			  --actions-sheet=NAME        sheet to read when the plan is a workbook (default: the first)
			  --audits=FILE               case audit results, CSV or XLSX (default seeds/audits.csv)
			  --audits-sheet=NAME         sheet to read when the audits are a workbook (default: the first)
			  --output=DIR                where the period's folder is written (default output)
			  --template=FILE             the authority's template (default templates/northmoor.yml)
			  --rerun                     produce a period again from inputs it was already produced from
			  --max-reject-percent=N      fail the run if more than N% of a file's rows are rejected
			  --spring.datasource.url=URL history database (default: H2 file output/history/boardpack)

			Exit codes: 0 done; 1 failed; 2 bad option or template; 3 an input file cannot be used;
			4 too many rows rejected; 6 another run is producing this period now.""";

	/**
	 * The run's job parameters. The period, the as-at date and a digest of which inputs
	 * it reads identify it: each file's path, size and time of last change (reading a
	 * national-scale file to hash it would hold the run up for a second; its SHA-256 is
	 * worked out as it is loaded), the sheets, and the template's SHA-256. A corrected
	 * file makes a new run of the period; the same files resume or decline the last one.
	 */
	public JobParameters toJobParameters() {
		String templateSha = new InputFile(this.template, null).sha256();
		String inputs = sha256(String.join("\n", this.actions.name(), this.actions.fingerprint(),
				String.valueOf(this.actions.sheet()), this.audits.name(), this.audits.fingerprint(),
				String.valueOf(this.audits.sheet()), templateSha));
		JobParametersBuilder builder = new JobParametersBuilder().addString(PERIOD, this.period.toString(), true)
			.addLocalDate(AS_AT, this.asAt, true)
			.addString(INPUTS, inputs, true)
			.addString(ACTIONS, this.actions.name(), false)
			.addString(AUDITS, this.audits.name(), false)
			.addString(OUTPUT, this.output.toString(), false)
			.addString(TEMPLATE, this.template.toString(), false)
			.addString(TEMPLATE_SHA, templateSha, false);
		if (this.actions.sheet() != null) {
			builder.addString(ACTIONS_SHEET, this.actions.sheet(), false);
		}
		if (this.audits.sheet() != null) {
			builder.addString(AUDITS_SHEET, this.audits.sheet(), false);
		}
		if (this.maxRejectPercent != null) {
			builder.addDouble(MAX_REJECT_PERCENT, this.maxRejectPercent, false);
		}
		return builder.toJobParameters();
	}

	/** The input files by role (actions, audits), as the history stores them. */
	public Map<String, InputFile> inputs() {
		Map<String, InputFile> inputs = new LinkedHashMap<>();
		inputs.put(ACTIONS, this.actions);
		inputs.put(AUDITS, this.audits);
		return inputs;
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

	static RunOptions from(Environment env, ApplicationArguments arguments) {
		Set<String> unknown = new TreeSet<>();
		for (String name : arguments.getOptionNames()) {
			if (!NAMES.contains(name) && !name.startsWith("spring.") && !name.startsWith("logging.")
					&& !name.startsWith("boardpack.") && !name.equals("debug")) {
				unknown.add("--" + name);
			}
		}
		if (!unknown.isEmpty()) {
			throw usage("unknown option " + String.join(", ", unknown) + " (see --help)");
		}
		if (!arguments.getNonOptionArgs().isEmpty()) {
			throw usage("unexpected argument " + arguments.getNonOptionArgs().get(0)
					+ " (options are written --name=value; see --help)");
		}
		YearMonth period = period(required(env, "period"));
		String asAtText = env.getProperty("as-at");
		LocalDate asAt = (asAtText == null || asAtText.isBlank()) ? period.atEndOfMonth() : asAt(asAtText, period);
		return new RunOptions(period, asAt,
				new InputFile(Path.of(required(env, "actions")), blankToNull(env.getProperty("actions-sheet"))),
				new InputFile(Path.of(required(env, "audits")), blankToNull(env.getProperty("audits-sheet"))),
				Path.of(required(env, "output")), Path.of(required(env, "template")), flag(env, arguments, "rerun"),
				percent(env.getProperty("max-reject-percent")));
	}

	private static YearMonth period(String text) {
		try {
			return YearMonth.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw usage("--period must be a month written like 2021-01, not '" + text + "'");
		}
	}

	private static LocalDate asAt(String text, YearMonth period) {
		LocalDate asAt;
		try {
			asAt = Dates.parse(text);
		}
		catch (DateTimeException ex) {
			throw usage("--as-at '" + text + "' " + ex.getMessage());
		}
		if (!YearMonth.from(asAt).equals(period) && !YearMonth.from(asAt).equals(period.plusMonths(1))) {
			throw usage("--as-at " + Dates.uk(asAt) + " is neither in " + period + " nor the month after it");
		}
		return asAt;
	}

	private static Double percent(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			double percent = Double.parseDouble(text.strip().replace("%", ""));
			if (percent < 0 || percent > 100) {
				throw usage("--max-reject-percent must be between 0 and 100, not " + text);
			}
			return percent;
		}
		catch (NumberFormatException ex) {
			throw usage("--max-reject-percent must be a number, not '" + text + "'");
		}
	}

	private static boolean flag(Environment env, ApplicationArguments arguments, String name) {
		if (arguments.containsOption(name)) {
			List<String> values = arguments.getOptionValues(name);
			return values.isEmpty() || Boolean.parseBoolean(values.get(0));
		}
		return Boolean.parseBoolean(env.getProperty(name, "false"));
	}

	private static String required(Environment env, String name) {
		String value = env.getProperty(name);
		if (value == null || value.isBlank()) {
			throw usage("--" + name + " needs a value");
		}
		return value.strip();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static BoardPackException usage(String message) {
		return new BoardPackException(message, ExitCode.USAGE);
	}

}
