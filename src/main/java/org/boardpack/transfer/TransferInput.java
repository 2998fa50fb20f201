package org.boardpack.transfer;

import java.nio.file.Path;
import java.util.List;

import org.boardpack.input.InputDeclaration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The case transfers between teams as an input of the job: --transfers=FILE, one row per
 * transfer. The file holds children's references, so its rejects and messages never quote
 * them. Not required: a run without it leaves the drift page out and says so.
 */
@Configuration(proxyBeanMethods = false)
public class TransferInput {

	/** The input's name: its option, and its role in the rejects and the manifest. */
	public static final String NAME = "transfers";

	@Bean
	InputDeclaration<TransferColumn, Transfer> transfersInput(TransferRepository transfers) {
		return new InputDeclaration<>(NAME, "the case transfers", TransferColumn.class, false,
				Path.of("seeds/transfers.csv"), 5000, List.of(), TransferValidator::new,
				(run) -> new TransferLoader(transfers, run));
	}

}
