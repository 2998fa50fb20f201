package org.boardpack.job;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Collections;
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

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.context.annotation.Lazy;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.validation.annotation.Validated;

/**
 * What the person running the job asked for: the options, bound once by Spring Boot from
 * the command line (and any other property source, application.properties giving the
 * defaults that run the sample on seeds/ into output/). The options have no prefix
 * ({@code --period=2021-01}), so the record binds the top level: its components are the
 * options every run has; each declared input's pair ({@code --actions=FILE},
 * {@code --actions-sheet=NAME}) is taken from {@code properties}, since the inputs are
 * declared by beans and cannot be components.
 * <p>
 * Boot validates the record as it binds it ({@link #validate}, the record being its own
 * {@link Validator}: no Bean Validation provider is on the class path, and none is needed
 * for messages of the form the command line prints). It is bound when the runner first
 * asks for it ({@link Lazy}), not as Spring starts, so that a bad option is reported as a
 * run's failure (one line, exit 2, the status file and the notice), and so that
 * {@code --history}, which reads no other option, is not refused for one.
 * <p>
 * A run that names no input reads every declared input's seed file; once any input is
 * named, an input not named is left out of the run (and a required one must be named).
 * {@link #resolve} turns the options into the run's {@link RunParameters}.
 *
 * @param period the month reported on (yyyy-mm), or auto for the one the next board
 * reports on
 * @param today the day --period=auto takes as today; null for the clock's
 * @param asAt the date the data is as at, as written; null for the default
 * @param inbox the drop folder the period's files are taken from; null when the inputs
 * are named
 * @param output the folder the period's folder is made in
 * @param template the authority's template
 * @param rerun produce a period again from inputs it was already produced from
 * @param newHistory start a new history although the output folder holds months the
 * history database does not
 * @param maxRejectPercent the reject limit, as written; null for none
 * @param history list the months the history database holds in place of a run
 * @param properties every property by name, as text: the input options are among them
 */
@ConfigurationProperties
@Validated
@Lazy
public record RunOptions(String period, String today, String asAt, Path inbox, Path output, Path template,
		boolean rerun, boolean newHistory, String maxRejectPercent, boolean history,
		Map<String, String> properties) implements Validator {

	/**
	 * Options the job understands besides one per declared input (and its sheet), and
	 * Spring's own (spring.*, logging.*).
	 */
	static final Set<String> NAMES = Set.of("period", "today", "as-at", "inbox", "output", "template", "rerun",
			"new-history", "max-reject-percent", "history", "help");

	public RunOptions {
		properties = (properties != null) ? Collections.unmodifiableMap(new TreeMap<>(properties)) : Map.of();
	}

	/**
	 * The options as the command line gives them: each as text, blank as not given, and a
	 * switch given without a value ({@code --rerun}) as on.
	 */
	@ConstructorBinding
	RunOptions(String period, String today, String asAt, String inbox, String output, String template, String rerun,
			String newHistory, String maxRejectPercent, String history, @Name("") Map<String, String> properties) {
		this(text(period), text(today), text(asAt), path(inbox), path(output), path(template), on(rerun),
				on(newHistory), text(maxRejectPercent), on(history), properties);
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
	 * The options, bound and validated: a value that cannot be used is the one line it
	 * says, exit 2.
	 */
	static RunOptions bound(ObjectProvider<RunOptions> options) {
		try {
			return options.getObject();
		}
		catch (BeansException ex) {
			for (Throwable t = ex; t != null && t.getCause() != t; t = t.getCause()) {
				if (t instanceof BindValidationException invalid) {
					throw usage(invalid.getValidationErrors().getAllErrors().get(0).getDefaultMessage());
				}
				if (t instanceof BoardPackException known) {
					throw known;
				}
			}
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> type) {
		return RunOptions.class.isAssignableFrom(type);
	}

	/**
	 * Rejects the first option whose value cannot be used on its own, in one line. With
	 * --history no other option is read, so none is checked.
	 */
	@Override
	public void validate(Object target, Errors errors) {
		RunOptions options = (RunOptions) target;
		if (options.history) {
			return;
		}
		try {
			if (options.period == null) {
				throw usage("--period needs a value");
			}
			if (!options.scheduled()) {
				options.month();
			}
			options.runDay();
			if (options.asAt != null) {
				day("--as-at", options.asAt);
			}
			if (options.output == null) {
				throw usage("--output needs a value");
			}
			if (options.template == null) {
				throw usage("--template needs a value");
			}
			options.percent();
		}
		catch (BoardPackException ex) {
			errors.reject(ex.exitCode().name(), ex.getMessage());
		}
	}

	/**
	 * Refuses an option the job does not understand, and an argument that is not one: the
	 * command line's names, which binding alone would pass over.
	 */
	static void checkNames(ApplicationArguments arguments, Inputs declared) {
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

	/**
	 * Whether the period and the as-at date come from the board calendar and the day
	 * (--period=auto): a period already produced from these same files is then not
	 * produced again only because the day moved on.
	 */
	public boolean scheduled() {
		return "auto".equalsIgnoreCase(this.period);
	}

	/**
	 * The month the run is for: --period's, or with --period=auto the one the next board
	 * reports on.
	 */
	YearMonth period(Template template) {
		return scheduled() ? nextBoard(template, runDay()) : month();
	}

	/**
	 * The run these options ask for, for the month {@link #period(Template)} gave: its
	 * as-at date, and its files, named, from the seeds or from the inbox.
	 */
	RunParameters resolve(YearMonth period, Inputs declared, Template template) {
		LocalDate today = runDay();
		if (scheduled() && today.isBefore(period.atDay(1))) {
			// a calendar whose next board reports on a month that has not begun
			throw new BoardPackException(
					"not ready: the next board, on " + Dates.uk(template.meetings().get(period.toString()))
							+ ", reports on " + period + ", which has not begun yet; try again later",
					ExitCode.NOT_READY);
		}
		LocalDate asAt = (this.asAt != null) ? asAt(period)
				: scheduled() ? min(today, period.plusMonths(1).atEndOfMonth()) : period.atEndOfMonth();
		Map<String, InputFile> inputs = (this.inbox != null) ? inbox(declared, template, period) : inputs(declared);
		return RunParameters.starting(period, asAt, inputs, this.template, this.output, percent());
	}

	private YearMonth month() {
		return month(this.period, "--period must be a month");
	}

	/** A month written yyyy-mm; otherwise the one line, starting with what was wrong. */
	private static YearMonth month(String text, String what) {
		try {
			return YearMonth.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw usage(what + " written like 2021-01, not '" + text + "'");
		}
	}

	private LocalDate runDay() {
		if (this.today != null && !scheduled()) {
			throw usage("--today is the day --period=auto looks for the next board from; with --period=" + this.period
					+ " give --as-at for the date the data is as at");
		}
		return (this.today != null) ? day("--today", this.today) : LocalDate.now();
	}

	/** The period the next board meeting on or after the day reports on. */
	private static YearMonth nextBoard(Template template, LocalDate today) {
		String period = template.nextMeeting(today)
			.orElseThrow(() -> usage("--period=auto: the template's board calendar (meetings:) has no meeting on or "
					+ "after " + Dates.uk(today) + "; add the next meetings' dates to it"))
			.getKey();
		return month(period,
				"--period=auto: the template's board calendar (meetings:) names each meeting by its month");
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	/**
	 * The period's files from the drop folder, for the inputs the template's inbox lists;
	 * naming an input as well is refused, as it is unclear which file is meant.
	 */
	private Map<String, InputFile> inbox(Inputs declared, Template template, YearMonth period) {
		List<String> names = declared.all().stream().map(InputDeclaration::name).toList();
		for (InputDeclaration<?, ?> input : declared.all()) {
			for (String option : List.of(input.name(), input.sheetOption())) {
				if (named(option) != null) {
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
		new Inbox(this.inbox, template.inbox()).files(period, names, Instant.now())
			.forEach((name, file) -> inputs.put(name, new InputFile(file, null)));
		return inputs;
	}

	/**
	 * Every input's seed file when none is named; else the named ones, a required input
	 * not named being refused.
	 */
	private Map<String, InputFile> inputs(Inputs declared) {
		boolean anyNamed = declared.all().stream().anyMatch((d) -> named(d.name()) != null);
		Map<String, InputFile> inputs = new LinkedHashMap<>();
		for (InputDeclaration<?, ?> input : declared.all()) {
			String named = named(input.name());
			String sheet = named(input.sheetOption());
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

	/** An input's option as given; null when it is not. */
	private String named(String option) {
		return text(this.properties.get(option));
	}

	private static LocalDate day(String option, String text) {
		try {
			return Dates.parse(text);
		}
		catch (DateTimeException ex) {
			throw usage(option + " '" + text + "' " + ex.getMessage());
		}
	}

	private LocalDate asAt(YearMonth period) {
		LocalDate asAt = day("--as-at", this.asAt);
		if (!YearMonth.from(asAt).equals(period) && !YearMonth.from(asAt).equals(period.plusMonths(1))) {
			throw usage("--as-at " + Dates.uk(asAt) + " is neither in " + period + " nor the month after it");
		}
		return asAt;
	}

	private Double percent() {
		if (this.maxRejectPercent == null) {
			return null;
		}
		try {
			double percent = Double.parseDouble(this.maxRejectPercent.replace("%", ""));
			if (percent < 0 || percent > 100) {
				throw usage("--max-reject-percent must be between 0 and 100, not " + this.maxRejectPercent);
			}
			return percent;
		}
		catch (NumberFormatException ex) {
			throw usage("--max-reject-percent must be a number, not '" + this.maxRejectPercent + "'");
		}
	}

	private static String text(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static Path path(String text) {
		return (text(text) != null) ? Path.of(text.strip()) : null;
	}

	/** A switch: on when given without a value, else its value read as true or false. */
	private static boolean on(String text) {
		return text != null && (text.isBlank() || Boolean.parseBoolean(text.strip()));
	}

	static BoardPackException usage(String message) {
		return new BoardPackException(message, ExitCode.USAGE);
	}

	/** The options without {@code properties}, which hold the whole environment. */
	@Override
	public String toString() {
		return "RunOptions[period=" + this.period + ", today=" + this.today + ", asAt=" + this.asAt + ", inbox="
				+ this.inbox + ", output=" + this.output + ", template=" + this.template + ", rerun=" + this.rerun
				+ ", newHistory=" + this.newHistory + ", maxRejectPercent=" + this.maxRejectPercent + ", history="
				+ this.history + "]";
	}

}
