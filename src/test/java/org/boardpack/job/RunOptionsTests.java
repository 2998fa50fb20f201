package org.boardpack.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Path;

import org.boardpack.BoardPackException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.SimpleCommandLinePropertySource;

/**
 * The options as Spring Boot binds them from a command line, over the defaults of
 * application.properties: top-level names, switches, the inputs' options, and a value
 * that cannot be used refused in the one line a run prints.
 */
class RunOptionsTests {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withUserConfiguration(Options.class)
		.withPropertyValues("period=2021-01", "output=output", "template=templates/northmoor.yml");

	@Test
	void theDefaultsRunTheSample() {
		RunOptions options = bind();
		assertThat(options.period()).isEqualTo("2021-01");
		assertThat(options.output()).isEqualTo(Path.of("output"));
		assertThat(options.template()).isEqualTo(Path.of("templates/northmoor.yml"));
		assertThat(options.rerun()).isFalse();
		assertThat(options.newHistory()).isFalse();
		assertThat(options.history()).isFalse();
		assertThat(options.scheduled()).isFalse();
		assertThat(options.asAt()).isNull();
		assertThat(options.inbox()).isNull();
		assertThat(options.maxRejectPercent()).isNull();
	}

	@Test
	void theCommandLineOverridesTheDefaultsAndASwitchWithoutAValueIsOn() {
		RunOptions options = bind("--period=auto", "--today=2021-02-01", "--as-at=01/02/2021", "--rerun",
				"--new-history=false", "--max-reject-percent=5%", "--inbox=drop ", "--output= out");
		assertThat(options.scheduled()).isTrue();
		assertThat(options.today()).isEqualTo("2021-02-01");
		assertThat(options.asAt()).isEqualTo("01/02/2021");
		assertThat(options.rerun()).isTrue();
		assertThat(options.newHistory()).isFalse();
		assertThat(options.maxRejectPercent()).isEqualTo("5%");
		assertThat(options.inbox()).isEqualTo(Path.of("drop"));
		assertThat(options.output()).isEqualTo(Path.of("out"));
	}

	@Test
	void eachInputsOptionsAreTakenByTheirNames() {
		RunOptions options = bind("--actions=plan.xlsx", "--actions-sheet=Plan", "--audits=");
		assertThat(options.properties()).containsEntry("actions", "plan.xlsx")
			.containsEntry("actions-sheet", "Plan")
			.containsEntry("audits", "");
		assertThat(options.toString()).doesNotContain("plan.xlsx").doesNotContain("actions-sheet");
	}

	@Test
	void aValueThatCannotBeUsedIsRefusedInOneLine() {
		assertRefused("--period=2021-13", "--period must be a month written like 2021-01, not '2021-13'");
		assertRefused("--today=2021-01-20",
				"--today is the day --period=auto looks for the next board from; with --period=2021-01 give "
						+ "--as-at for the date the data is as at");
		assertRefused("--max-reject-percent=lots", "--max-reject-percent must be a number, not 'lots'");
		assertRefused("--max-reject-percent=101", "--max-reject-percent must be between 0 and 100, not 101");
		assertRefused("--output=", "--output needs a value");
	}

	@Test
	void historyReadsNoOtherOptionSoChecksNone() {
		assertThat(bind("--history", "--period=2021-13").history()).isTrue();
	}

	private void assertRefused(String option, String line) {
		this.contexts
			.withInitializer((context) -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new SimpleCommandLinePropertySource(option)))
			.run((context) -> assertThatExceptionOfType(BoardPackException.class)
				.isThrownBy(() -> RunOptions.bound(context.getBeanProvider(RunOptions.class)))
				.withMessage(line)
				.satisfies((ex) -> assertThat(ex.exitCode()).isEqualTo(BoardPackException.ExitCode.USAGE)));
	}

	private RunOptions bind(String... args) {
		RunOptions[] bound = new RunOptions[1];
		this.contexts
			.withInitializer((context) -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new SimpleCommandLinePropertySource(args)))
			.run((context) -> bound[0] = RunOptions.bound(context.getBeanProvider(RunOptions.class)));
		return bound[0];
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(RunOptions.class)
	static class Options {

	}

}
