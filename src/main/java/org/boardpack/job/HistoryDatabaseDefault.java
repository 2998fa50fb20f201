package org.boardpack.job;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Unless a JDBC URL is given, keeps the history in an H2 file database under the output
 * folder (OUTPUT/history/boardpack.mv.db), written as an absolute path because H2 refuses
 * paths relative to the working directory. It sits beside the packs it explains and
 * survives between monthly runs. Each commit is written at once (no write delay), so a
 * run killed with SIGKILL loses nothing it had committed and is resumed where it stood.
 */
class HistoryDatabaseDefault implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty("spring.datasource.url")) {
			return;
		}
		Path database = Path.of(environment.getProperty("output", "output"), "history", "boardpack")
			.toAbsolutePath()
			.normalize();
		environment.getPropertySources()
			.addLast(new MapPropertySource("boardpackHistoryDatabase",
					Map.of("spring.datasource.url", "jdbc:h2:file:" + database + ";WRITE_DELAY=0")));
	}

	/**
	 * A database URL as a user finds the database: an H2 file database as its file
	 * (OUTPUT/history/boardpack.mv.db), any other as its URL without its options (which
	 * may hold a password).
	 */
	static String describe(String url) {
		String bare = url.split("[;?]", 2)[0];
		return bare.startsWith("jdbc:h2:file:") ? bare.substring("jdbc:h2:file:".length()) + ".mv.db" : bare;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
