package org.boardpack.kpi;

import java.nio.file.Path;
import java.util.List;

import org.boardpack.input.InputDeclaration;
import org.boardpack.input.MonthlyLoader;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The performance measures as an input of the job: --kpis=FILE, one row per measure per
 * month. Not required: a run without it leaves the scorecard out and says so.
 */
@Configuration(proxyBeanMethods = false)
public class KpiInput {

	/** The input's name: its option, and its role in the rejects and the manifest. */
	public static final String NAME = "kpis";

	@Bean
	InputDeclaration<KpiColumn, MeasureValue> kpisInput(KpiRepository kpis, KpiRules rules) {
		return new InputDeclaration<>(NAME, "the performance measures", KpiColumn.class, false,
				Path.of("seeds/kpis.csv"), 1000, List.of(), KpiValidator::new,
				(run) -> new MonthlyLoader<>(kpis, run.period(), Scorecard.monthsNeeded(rules),
						new MonthlyLoader.Identity<MeasureValue>(NAME, MeasureValue::month,
								(v) -> v.kpiId() + " " + v.month(), MeasureValue::line, "kpi_id and period")));
	}

}
