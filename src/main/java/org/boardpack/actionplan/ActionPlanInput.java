package org.boardpack.actionplan;

import java.nio.file.Path;

import org.boardpack.input.InputDeclaration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The action plan as an input of the job: --actions=FILE, required in every run. */
@Configuration(proxyBeanMethods = false)
public class ActionPlanInput {

	/** The input's name: its option, and its role in the rejects and the manifest. */
	public static final String NAME = "actions";

	@Bean
	InputDeclaration<ActionColumn, Action> actionsInput(ActionRepository actions) {
		return new InputDeclaration<>(NAME, "the action plan", ActionColumn.class, true, Path.of("seeds/actions.csv"),
				500, DerivedColumn.HEADERS, ActionValidator::new, (run) -> new ActionLoader(actions, run.key()));
	}

}
