package org.boardpack.audit;

import java.nio.file.Path;
import java.util.List;

import org.boardpack.input.InputDeclaration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The case audits as an input of the job: --audits=FILE. The file holds children's case
 * references, so its rejects and messages never quote them.
 */
@Configuration(proxyBeanMethods = false)
public class AuditInput {

	/** The input's name: its option, and its role in the rejects and the manifest. */
	public static final String NAME = "audits";

	@Bean
	InputDeclaration<AuditColumn, AuditResult> auditsInput(AuditRepository audits) {
		return new InputDeclaration<>(NAME, "the case audits", AuditColumn.class, false, Path.of("seeds/audits.csv"),
				5000, List.of(), AuditValidator::new, (run) -> new AuditLoader(audits, run));
	}

}
