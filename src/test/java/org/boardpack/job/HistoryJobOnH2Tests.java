package org.boardpack.job;

import java.io.IOException;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link HistoryJobTests} on H2, the database a council starts with. */
class HistoryJobOnH2Tests extends HistoryJobTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) throws IOException {
		HistoryDatabase.H2.register(registry);
	}

}
