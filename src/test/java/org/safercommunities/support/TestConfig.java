package org.safercommunities.support;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
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
