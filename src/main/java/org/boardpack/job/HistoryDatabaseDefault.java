package org.boardpack.job;

import java.nio.file.Path;
import java.util.Map;

import org.boardpack.BoardPackException;
import org.boardpack.template.Template;
import org.boardpack.template.TemplateLoader;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Where the history is kept. Unless a JDBC URL is given, in an H2 file database under the
 * output folder (OUTPUT/history/boardpack.mv.db), written as an absolute path because H2
 * refuses paths relative to the working directory. It sits beside the packs it explains
 * and survives between monthly runs. Each commit is written at once (no write delay), so
 * a run killed with SIGKILL loses nothing it had committed and is resumed where it stood.
 * That file is one authority's, so its tables stay in H2's PUBLIC schema, where every
 * history made before schemas already is.
 * <p>
 * In PostgreSQL, a database several authorities may share, the history is kept in the
 * template's history schema, so each authority's months, runs and locks are its own with
 * no key to change: here every connection's search path (boardpack's tables, Spring
 * Batch's job repository and the run lock all resolve there), set before the connection
 * pool is made; Flyway, which creates the schema and keeps its own history table in it,
 * takes it from the template bean (BoardPackJobConfiguration).
 */
class HistoryDatabaseDefault implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String url = environment.getProperty("spring.datasource.url");
		if (url == null) {
			Path database = Path.of(environment.getProperty("output", "output"), "history", "boardpack")
				.toAbsolutePath()
				.normalize();
			environment.getPropertySources()
				.addLast(new MapPropertySource("boardpackHistoryDatabase",
						Map.of("spring.datasource.url", "jdbc:h2:file:" + database + ";WRITE_DELAY=0")));
		}
		else if (inAuthoritySchema(url)) {
			Template template;
			try {
				template = TemplateLoader.load(Path.of(environment.getProperty("template", "")));
			}
			catch (BoardPackException ex) {
				// the template bean says in one line what is wrong with it, and the
				// run stops before any connection is made
				return;
			}
			environment.getPropertySources()
				.addLast(new MapPropertySource("boardpackHistorySchema",
						Map.of("spring.datasource.hikari.schema", template.historySchema())));
		}
	}

	/** Whether the history is kept in the template's schema: on PostgreSQL. */
	static boolean inAuthoritySchema(String url) {
		return url.startsWith("jdbc:postgresql:");
	}

	/**
	 * A history database as a user finds it: an H2 file database as its file
	 * (OUTPUT/history/boardpack.mv.db), any other as its URL without its options (which
	 * may hold a password), and a PostgreSQL one with the authority's schema.
	 */
	static String describe(String url, Template template) {
		String bare = url.split("[;?]", 2)[0];
		if (inAuthoritySchema(url)) {
			return bare + " (schema " + template.historySchema() + ")";
		}
		return bare.startsWith("jdbc:h2:file:") ? bare.substring("jdbc:h2:file:".length()) + ".mv.db" : bare;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
