package org.safercommunities;

import java.sql.Connection;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.safercommunities.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The -Ppostgres run must really run on PostgreSQL, and the default run on H2: never silently the other. */
@IntegrationTest
class DatabaseSelectionIntegrationTests {

	@Autowired
	DataSource dataSource;

	@Test
	void theTestsRunOnTheDatabaseTheBuildAskedFor() throws Exception {
		String wanted = System.getProperty("safer.test.database", "h2");
		try (Connection connection = dataSource.getConnection()) {
			assertThat(connection.getMetaData().getURL()).startsWith("postgres".equals(wanted) ? "jdbc:postgresql:" : "jdbc:h2:");
		}
	}

}
