package org.boardpack.job;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;

import org.boardpack.input.InputFile;

/** Builds the options a person would pass, for job tests that launch the real job. */
final class JobTestSupport {

	static final Path TEMPLATE = Path.of("templates/northmoor.yml");

	static final Path SEED_ACTIONS = Path.of("seeds/actions.csv");

	static final Path SEED_AUDITS = Path.of("seeds/audits.csv");

	private JobTestSupport() {
	}

	static RunParameters options(String period, Path actions, Path audits, Path output) {
		YearMonth month = YearMonth.parse(period);
		return RunParameters.starting(month, month.atEndOfMonth(),
				Map.of("actions", new InputFile(actions, null), "audits", new InputFile(audits, null)), TEMPLATE,
				output, null);
	}

}
