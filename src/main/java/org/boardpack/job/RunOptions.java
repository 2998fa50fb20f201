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
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.boardpack.BoardPackException;
import org.boardpack.BoardPackException.ExitCode;
import org.boardpack.input.Dates;
import org.boardpack.input.Inbox;
import org.boardpack.input.InputDeclaration;
import org.boardpack.input.InputFile;
import org.boardpack.template.Template;

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
 * @param scheduled whether the period and the as-at date came from the board calendar and
 * the day (--period=auto): a period already produced from these same files is then not
 * produced again only because the day moved on
 */
public record RunOptions(YearMonth period, LocalDate asAt, Map<String, InputFile> inputs, Path output, Path template,
		boolean rerun, boolean newHistory, Double maxRejectPercent, boolean scheduled) {

	/**
	 * Options the job understands besides one per declared input (and its sheet), and
	 * Spring's own (spring.*, logging.*).
	 */
	static final Set<String> NAMES = Set.of("period", "today", "as-at", "inbox", "output", "template", "rerun",
			"new-history", "max-reject-percent", "history", "help");

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
			  --period=auto               the month the next board meeting in the template's calendar (on or
			                              after today) reports on, with the data as at today
			  --today=DATE                the day a --period=auto run takes as today (default: the clock's), to
			                              catch up a missed run or to try the calendar
			  --as-at=DATE                date the data is as at (default: the period's last day, or today
			                              with --period=auto)
			  --inbox=DIR                 take the period's files from DIR/YYYY-MM/, found by the template's
			                              name patterns (in place of naming each input); exit 5 until they
			                              are all there
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
			  --history                   list the months the history database holds, oldest first (when
			                              produced, the outcome, the month compared with, the files), and
			                              run nothing
			  --spring.datasource.url=URL history database (default: H2 file output/history/boardpack)

			Exit codes: 0 done (or already done); 1 failed; 2 bad option or template; 3 an input file
			cannot be used; 4 too many rows rejected; 5 not ready: the inbox lacks a file, try again
			later; 6 another run is producing this period now; 7 the history database does not hold
			months the output folder has (restore it, or --new-history).""";

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

	/**
	 * Whether --history asks for the months the history database holds in place of a run:
	 * then the other options are not read, only checked to be options.
	 */
	static boolean history(Environment env, ApplicationArguments arguments, Inputs declared) {
		if (!flag(env, arguments, "history")) {
			return false;
		}
		checkNames(arguments, declared);
		return true;
	}

	/** Refuses an option the job does not understand, and an argument that is not one. */
	private static void checkNames(ApplicationArguments arguments, Inputs declared) {
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
	}

	static RunOptions from(Environment env, ApplicationArguments arguments, Inputs declared, Template template) {
		checkNames(arguments, declared);
		boolean scheduled = scheduled(env);
		LocalDate today = today(env);
		YearMonth period = period(env, template);
		if (scheduled && today.isBefore(period.atDay(1))) {
			// a calendar whose next board reports on a month that has not begun
			throw new BoardPackException(
					"not ready: the next board, on " + Dates.uk(template.meetings().get(period.toString()))
							+ ", reports on " + period + ", which has not begun yet; try again later",
					ExitCode.NOT_READY);
		}
		String asAtText = blankToNull(env.getProperty("as-at"));
		LocalDate asAt = (asAtText != null) ? asAt(asAtText, period)
				: scheduled ? min(today, period.plusMonths(1).atEndOfMonth()) : period.atEndOfMonth();
		String inbox = blankToNull(env.getProperty("inbox"));
		Map<String, InputFile> inputs = (inbox != null) ? inbox(env, declared, template, Path.of(inbox), period)
				: inputs(env, declared);
		return new RunOptions(period, asAt, inputs, Path.of(required(env, "output")),
				Path.of(required(env, "template")), flag(env, arguments, "rerun"), flag(env, arguments, "new-history"),
				percent(env.getProperty("max-reject-percent")), scheduled);
	}

	/**
	 * The month the run is for: --period's, or with --period=auto the one the next board
	 * reports on.
	 */
	static YearMonth period(Environment env, Template template) {
		return scheduled(env) ? nextBoard(template, today(env)) : period(required(env, "period"));
	}

	private static boolean scheduled(Environment env) {
		return required(env, "period").equalsIgnoreCase("auto");
	}

	private static LocalDate today(Environment env) {
		String today = blankToNull(env.getProperty("today"));
		if (today != null && !scheduled(env)) {
			throw usage("--today is the day --period=auto looks for the next board from; with --period="
					+ required(env, "period") + " give --as-at for the date the data is as at");
		}
		return (today != null) ? day("--today", today) : LocalDate.now();
	}

	/** The period the next board meeting on or after the day reports on. */
	private static YearMonth nextBoard(Template template, LocalDate today) {
		return period(template.nextMeeting(today)
			.orElseThrow(() -> usage("--period=auto: the template's board calendar (meetings:) has no meeting on or "
					+ "after " + Dates.uk(today) + "; add the next meetings' dates to it"))
			.getKey());
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	/**
	 * The period's files from the drop folder, for the inputs the template's inbox lists;
	 * naming an input as well is refused, as it is unclear which file is meant.
	 */
	private static Map<String, InputFile> inbox(Environment env, Inputs declared, Template template, Path dir,
			YearMonth period) {
		List<String> names = declared.all().stream().map(InputDeclaration::name).toList();
		for (InputDeclaration<?, ?> input : declared.all()) {
			for (String option : List.of(input.name(), input.sheetOption())) {
				if (blankToNull(env.getProperty(option)) != null) {
					throw usage(
							"--inbox and --" + option + " are both given: name the files, or the inbox they are in");
				}
			}
		}
		if (template.inbox().isEmpty()) {
			throw usage("--inbox: the template has no inbox: section saying which files to look for");
		}
		List<String> unknown = template.inbox().keySet().stream().filter((k) -> !names.contains(k)).sorted().toList();
		if (!unknown.isEmpty()) {
			throw usage("the template's inbox: names " + String.join(", ", unknown)
					+ ", which boardpack does not read (" + String.join(", ", names) + ")");
		}
		Optional<InputDeclaration<?, ?>> required = declared.all()
			.stream()
			.filter((d) -> d.required() && !template.inbox().containsKey(d.name()))
			.findFirst();
		if (required.isPresent()) {
			throw usage("the template's inbox: does not list " + required.get().name() + ", which every run needs");
		}
		Map<String, InputFile> inputs = new LinkedHashMap<>();
		new Inbox(dir, template.inbox()).files(period, names, Instant.now())
			.forEach((name, file) -> inputs.put(name, new InputFile(file, null)));
		return inputs;
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

	private static LocalDate day(String option, String text) {
		try {
			return Dates.parse(text);
		}
		catch (DateTimeException ex) {
			throw usage(option + " '" + text + "' " + ex.getMessage());
		}
	}

	private static LocalDate asAt(String text, YearMonth period) {
		LocalDate asAt = day("--as-at", text);
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
