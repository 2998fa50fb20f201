package org.boardpack.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.boardpack.BoardPackException.ExitCode;
import org.boardpack.BoardPackException;
import org.boardpack.actionplan.Rag;
import org.boardpack.actionplan.Status;
import org.boardpack.input.CaseReferences;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

/**
 * Reads a template from YAML with Spring Boot's binder (so names bind relaxed:
 * report-title, reportTitle) and checks that everything the outputs print is there,
 * naming what is missing in one line.
 */
public final class TemplateLoader {

	/**
	 * A schema name PostgreSQL takes without quotes, folds to nothing else and does not
	 * keep for itself (pg_...): so the name a council writes is the schema it finds.
	 */
	private static final Pattern SCHEMA_NAME = Pattern.compile("(?!pg_)[a-z_][a-z0-9_]{0,62}");

	private TemplateLoader() {
	}

	public static Template load(Path path) {
		String name = path.toString();
		if (!Files.isRegularFile(path)) {
			throw new BoardPackException("template " + name + ": not found", ExitCode.USAGE);
		}
		List<PropertySource<?>> sources;
		try {
			sources = new YamlPropertySourceLoader().load(name, new FileSystemResource(path));
		}
		catch (IOException | RuntimeException ex) {
			throw new BoardPackException("template " + name + ": not valid YAML (" + ex.getMessage() + ")",
					ExitCode.USAGE, ex);
		}
		Template template;
		try {
			template = new Binder(ConfigurationPropertySources.from(sources)).bind("", Template.class)
				.orElseThrow(() -> new BoardPackException("template " + name + ": is empty", ExitCode.USAGE));
			if (template.audits() != null) {
				CaseReferences.use(template.audits().caseReferencePattern());
			}
		}
		catch (PatternSyntaxException ex) {
			throw new BoardPackException("template " + name + ": 'audits.case-reference-pattern' is not a regular "
					+ "expression (" + ex.getDescription() + ")", ExitCode.USAGE, ex);
		}
		catch (BindException ex) {
			String property = (ex.getProperty() != null) ? ex.getProperty().getName().toString()
					: ex.getName().toString();
			Throwable root = ex;
			while (root.getCause() != null) {
				root = root.getCause();
			}
			throw new BoardPackException("template " + name + ": '" + property + "' " + root.getMessage(),
					ExitCode.USAGE, ex);
		}
		List<String> missing = missing(template);
		if (!missing.isEmpty()) {
			throw new BoardPackException("template " + name + ": missing " + String.join(", ", missing),
					ExitCode.USAGE);
		}
		if (!SCHEMA_NAME.matcher(template.historySchema()).matches()) {
			throw new BoardPackException("template " + name + ": 'history-schema' '" + template.historySchema()
					+ "' (the schema of the authority's history in a shared PostgreSQL database; when not given, "
					+ "its name made lower case) must be 1 to 63 lower-case letters, digits and _, not starting "
					+ "with a digit or pg_: set history-schema: in the template", ExitCode.USAGE);
		}
		return template;
	}

	private static List<String> missing(Template t) {
		List<String> missing = new ArrayList<>();
		require(missing, t.authority(), "authority");
		require(missing, t.board(), "board");
		require(missing, t.reportTitle(), "report-title");
		require(missing, t.protectiveMarking(), "protective-marking");
		require(missing, t.author(), "author");
		require(missing, t.rag(), "rag");
		require(missing, t.audits(), "audits");
		require(missing, t.legend(), "legend");
		require(missing, t.kpis(), "kpis");
		for (String colour : Template.COLOUR_NAMES) {
			require(missing, t.colours().get(colour), "colours." + colour);
		}
		if (t.legend() != null) {
			for (Rag rag : Rag.values()) {
				require(missing, t.legend().rag().get(rag), "legend.rag." + rag.label().toLowerCase());
			}
			for (Status status : Status.values()) {
				require(missing, t.legend().status().get(status),
						"legend.status." + status.label().toLowerCase().replace(' ', '-'));
			}
		}
		if (t.audits() != null && t.audits().trendMonths() < 1) {
			missing.add("audits.trend-months (1 or more)");
		}
		if (t.kpis() != null && t.kpis().trendMonths() < 2) {
			missing.add("kpis.trend-months (2 or more)");
		}
		if (t.kpis() != null && t.kpis().longRedMonths() < 1) {
			missing.add("kpis.long-red-months (1 or more)");
		}
		if (t.transfers().trendMonths() < 1) {
			missing.add("transfers.trend-months (1 or more)");
		}
		if (t.transfers().standardWorkingDays() < 1
				|| t.transfers().routes().stream().anyMatch((r) -> r.standardWorkingDays() < 1)) {
			missing.add("transfers.standard-working-days (1 or more, for every route too)");
		}
		if (t.transfers().routes().stream().anyMatch((r) -> r.from() == null || r.to() == null)) {
			missing.add("transfers.routes' from and to");
		}
		if (t.mattersForTheBoard() < 1) {
			missing.add("matters-for-the-board (1 or more)");
		}
		return missing;
	}

	private static void require(List<String> missing, Object value, String name) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			missing.add(name);
		}
	}

}
