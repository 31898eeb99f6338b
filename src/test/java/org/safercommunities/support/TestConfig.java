package org.safercommunities.support;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

@TestConfiguration(proxyBeanMethods = false)
public class TestConfig {

	private static final AtomicBoolean CLEANED = new AtomicBoolean();

	/** Each test run starts from an empty, freshly migrated database, once per JVM however many contexts. */
	@Bean
	FlywayMigrationStrategy cleanOnceThenMigrate() {
		return flyway -> {
			if (CLEANED.compareAndSet(false, true)) {
				flyway.clean();
			}
			flyway.migrate();
		};
	}

	@Bean
	TestData testData(org.safercommunities.organisations.Organisations organisations,
			org.safercommunities.security.StaffAccounts accounts) {
		return new TestData(organisations, accounts);
	}

}
