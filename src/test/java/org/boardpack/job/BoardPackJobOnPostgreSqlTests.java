package org.boardpack.job;

import java.io.IOException;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link BoardPackJobTests} on PostgreSQL, the production database (a real server on
 * loopback).
 */
class BoardPackJobOnPostgreSqlTests extends BoardPackJobTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) throws IOException {
		HistoryDatabase.POSTGRESQL.register(registry);
	}

}
