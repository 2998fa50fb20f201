package org.boardpack.job;

import static org.boardpack.job.BoardPackJobConfiguration.AS_AT;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.boardpack.BoardPackException;
import org.boardpack.BoardPackException.ExitCode;
import org.boardpack.input.Dates;
import org.boardpack.input.InputDeclaration;
import org.boardpack.input.InputFile;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.boot.ApplicationArguments;
import org.springframework.core.env.Environment;

/**
 * What the person running the job asked for. Every option has a default
 * (application.properties) that runs the sample on seeds/ into output/: a run that names
 * no input reads every declared input's seed file; once any input is named, an input not
 * named is left out of the run (and a required one must be named).
 *
 * @param period the month reported on
 * @param asAt the date the data is as at: the period's last day unless given
 * @param inputs the run's input files by input name, in order of name; an input left out
 * has none
 * @param output the folder the period's folder is made in
 * @param template the authority's template
 * @param rerun produce a period again from inputs it was already produced from
 * @param newHistory start a new history although the output folder holds months the
 * history database does not
 * @param maxRejectPercent fail the run when more than this percent of a file's rows are
 * rejected; null for no limit
 */
public record RunOptions(YearMonth period, LocalDate asAt, Map<String, InputFile> inputs, Path output, Path template,
		boolean rerun, boolean newHistory, Double maxRejectPercent) {

	/**
	 * Options the job understands besides one per declared input (and its sheet), and
	 * Spring's own (spring.*, logging.*).
	 */
	static final Set<String> NAMES = Set.of("period", "as-at", "output", "template", "rerun", "new-history",
			"max-reject-percent", "help");

	/**
	 * Job-parameter key of an input's file: input.NAME; its sheet is input.NAME.sheet.
	 */
	static final String INPUT_PREFIX = "input.";

	public RunOptions {
		inputs = Collections.unmodifiableMap(new TreeMap<>(inputs));
	}

	public static final String USAGE = """
			boardpack: the monthly Improvement Board pack (PDF) and action tracker (XLSX).

			Usage: java -jar target/boardpack.jar [options]

			  --period=YYYY-MM            month reported on (default 2021-01, the sample's)
			  --as-at=DATE                date the data is as at (default: the period's last day)
			  --actions=FILE              action plan, CSV or XLSX (always needed once any input is named)
			  --actions-sheet=NAME        sheet to read when the plan is a workbook (default: the first)
			  --audits=FILE               case audit results, CSV or XLSX
			  --audits-sheet=NAME         sheet to read when the audits are a workbook (default: the first)
			  --kpis=FILE                 performance measures, CSV or XLSX, one row per measure per month
			  --kpis-sheet=NAME           sheet to read when the measures are a workbook (default: the first)
			  --transfers=FILE            case transfers between teams, CSV or XLSX, one row per transfer
			  --transfers-sheet=NAME      sheet to read when the transfers are a workbook (default: the first)
			  --workforce=FILE            workforce and caseloads, CSV or XLSX, one row per team per month
			  --workforce-sheet=NAME      sheet to read when the workforce is a workbook (default: the first)
			  (with no input named, every input is read from seeds/; once one is named, an input
			  not named is left out of the run, and the pack says so)
			  --output=DIR                where the period's folder is written (default output)
			  --template=FILE             the authority's template (default templates/northmoor.yml)
			  --rerun                     produce a period again from inputs it was already produced from
			  --new-history               start a new history database although the output folder holds
			                              months it does not (after a database was lost and not restored)
			  --max-reject-percent=N      fail the run if more than N% of a file's rows are rejected
			  --spring.datasource.url=URL history database (default: H2 file output/history/boardpack)

			Exit codes: 0 done; 1 failed; 2 bad option or template; 3 an input file cannot be used;
			4 too many rows rejected; 6 another run is producing this period now; 7 the history
			database does not hold months the output folder has (restore it, or --new-history).""";

	/**
	 * The run's job parameters. The period, the as-at date and a digest of which inputs
	 * it reads identify it: each file's path, size and time of last change (reading a
	 * national-scale file to hash it would hold the run up for a second; its SHA-256 is
	 * worked out as it is loaded), the sheets, and the template's SHA-256. A corrected
	 * file makes a new run of the period; the same files resume or decline the last one.
	 */
	public JobParameters toJobParameters() {
		String templateSha = new InputFile(this.template, null).sha256();
		List<String> identity = new ArrayList<>();
		this.inputs.values().forEach((file) -> {
			identity.add(file.name());
			identity.add(file.fingerprint());
			identity.add(String.valueOf(file.sheet()));
		});
		identity.add(templateSha);
		JobParametersBuilder builder = new JobParametersBuilder().addString(PERIOD, this.period.toString(), true)
			.addLocalDate(AS_AT, this.asAt, true)
			.addString(INPUTS, sha256(String.join("\n", identity)), true)
			.addString(OUTPUT, this.output.toString(), false)
			.addString(TEMPLATE, this.template.toString(), false)
			.addString(TEMPLATE_SHA, templateSha, false);
		this.inputs.forEach((name, file) -> {
			builder.addString(INPUT_PREFIX + name, file.name(), false);
			if (file.sheet() != null) {
				builder.addString(INPUT_PREFIX + name + ".sheet", file.sheet(), false);
			}
		});
		if (this.maxRejectPercent != null) {
			builder.addDouble(MAX_REJECT_PERCENT, this.maxRejectPercent, false);
		}
		return builder.toJobParameters();
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

	static RunOptions from(Environment env, ApplicationArguments arguments, Inputs declared) {
		Set<String> unknown = new TreeSet<>();
		for (String name : arguments.getOptionNames()) {
			boolean input = declared.all()
				.stream()
				.anyMatch((d) -> d.name().equals(name) || d.sheetOption().equals(name));
			if (!NAMES.contains(name) && !input && !name.startsWith("spring.") && !name.startsWith("logging.")
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
		return new RunOptions(period, asAt, inputs(env, declared), Path.of(required(env, "output")),
				Path.of(required(env, "template")), flag(env, arguments, "rerun"), flag(env, arguments, "new-history"),
				percent(env.getProperty("max-reject-percent")));
	}

	/**
	 * Every input's seed file when none is named; else the named ones, a required input
	 * not named being refused.
	 */
	private static Map<String, InputFile> inputs(Environment env, Inputs declared) {
		boolean anyNamed = declared.all().stream().anyMatch((d) -> blankToNull(env.getProperty(d.name())) != null);
		Map<String, InputFile> inputs = new LinkedHashMap<>();
		for (InputDeclaration<?, ?> input : declared.all()) {
			String named = blankToNull(env.getProperty(input.name()));
			String sheet = blankToNull(env.getProperty(input.sheetOption()));
			if (named != null) {
				inputs.put(input.name(), new InputFile(Path.of(named), sheet));
			}
			else if (anyNamed && input.required()) {
				throw usage("--" + input.name() + " needs a value: " + input.description()
						+ " is needed in every run (name no input at all to run the sample in seeds/)");
			}
			else if (sheet != null && anyNamed) {
				throw usage(
						"--" + input.sheetOption() + " names a sheet of --" + input.name() + ", which is not named");
			}
			else if (!anyNamed) {
				inputs.put(input.name(), new InputFile(input.seed(), sheet));
			}
		}
		return inputs;
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

	static BoardPackException usage(String message) {
		return new BoardPackException(message, ExitCode.USAGE);
	}

}
