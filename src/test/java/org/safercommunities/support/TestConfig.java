package org.safercommunities.support;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;

@TestConfiguration(proxyBeanMethods = false)
public class TestConfig {

	private static final AtomicBoolean CLEANED = new AtomicBoolean();

	/** Connections that migrated each in-memory H2 database, kept open for the whole test JVM. */
	private static final java.util.Map<String, java.sql.Connection> MIGRATORS = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * Each test run starts from an empty, freshly migrated database, once per JVM however many contexts.
	 * <p>
	 * On H2 the migrations run on a connection of their own that is never closed: H2 keeps the session that created a
	 * check constraint with an {@code in (...)} list, and once that session is closed every insert the constraint
	 * checks fails with "Check constraint invalid ... The database has been closed". The session closed when the
	 * context whose pool had run the migrations was closed (a context the cache evicted, or a dirtied one).
	 */
	@Bean
	FlywayMigrationStrategy cleanOnceThenMigrate() {
		return flyway -> {
			org.flywaydb.core.Flyway migrating = flyway;
			if (flyway.getConfiguration().getDataSource() instanceof com.zaxxer.hikari.HikariDataSource pool
					&& pool.getJdbcUrl().startsWith("jdbc:h2:mem:")) {
				java.sql.Connection kept = MIGRATORS.computeIfAbsent(pool.getJdbcUrl(),
						url -> connect(url, pool.getUsername(), pool.getPassword()));
				migrating = org.flywaydb.core.Flyway.configure()
					.configuration(flyway.getConfiguration())
					.dataSource(new org.springframework.jdbc.datasource.SingleConnectionDataSource(kept, true))
					.load();
			}
			if (CLEANED.compareAndSet(false, true)) {
				migrating.clean();
			}
			migrating.migrate();
		};
	}

	private static java.sql.Connection connect(String url, String user, String password) {
		try {
			return java.sql.DriverManager.getConnection(url, user, password);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("Cannot open " + url, ex);
		}
	}

	/** Every HTML page an integration test renders is checked for unfilled placeholders and the like. */
	@Bean
	MockMvcBuilderCustomizer checkEveryRenderedPage() {
		return builder -> builder.alwaysDo(result -> {
			String type = result.getResponse().getContentType();
			if (type != null && type.startsWith("text/html")) {
				String url = result.getRequest().getRequestURI()
						+ (result.getRequest().getQueryString() == null ? "" : "?" + result.getRequest().getQueryString());
				PageChecks.assertClean(url, result.getResponse().getContentAsString());
			}
		});
	}

	@Bean
	org.safercommunities.reporting.ReportTestData reportTestData(org.springframework.context.ApplicationContext context) {
		return org.safercommunities.reporting.ReportTestData.from(context);
	}

	@Bean
	TestData testData(org.safercommunities.organisations.Organisations organisations,
			org.safercommunities.security.StaffAccounts accounts) {
		return new TestData(organisations, accounts);
	}

}
