package org.boardpack.workforce;

import java.nio.file.Path;
import java.util.List;

import org.boardpack.input.InputDeclaration;
import org.boardpack.input.MonthlyLoader;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The workforce and caseload figures as an input of the job: --workforce=FILE, one row
 * per team per month. Not required: a run without it leaves the workforce page out and
 * says so.
 */
@Configuration(proxyBeanMethods = false)
public class WorkforceInput {

	/** The input's name: its option, and its role in the rejects and the manifest. */
	public static final String NAME = "workforce";

	@Bean
	InputDeclaration<WorkforceColumn, TeamMonth> teamMonthsInput(WorkforceRepository workforce, CaseloadCaps caps) {
		return new InputDeclaration<>(NAME, "the workforce and caseloads", WorkforceColumn.class, false,
				Path.of("seeds/workforce.csv"), 1000, List.of(), WorkforceValidator::new,
				(run) -> new MonthlyLoader<>(workforce, run.period(), WorkforceFindings.monthsNeeded(caps),
						new MonthlyLoader.Identity<TeamMonth>(NAME, TeamMonth::month, (m) -> m.team() + " " + m.month(),
								TeamMonth::line, "team and period")));
	}

}
