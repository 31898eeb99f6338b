package org.safercommunities.system;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseUrlEnvironmentPostProcessorTests {

	@Test
	void aPlatformStyleUrlBecomesJdbcSettings() {
		assertThat(DatabaseUrlEnvironmentPostProcessor
			.datasourceProperties("postgres://safer:p%40ss:word@db.internal:6543/safer?sslmode=require"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("spring.datasource.url",
					"jdbc:postgresql://db.internal:6543/safer?sslmode=require", "spring.datasource.username", "safer",
					"spring.datasource.password", "p@ss:word"));
	}

	@Test
	void aJdbcUrlIsUsedAsItIs() {
		assertThat(DatabaseUrlEnvironmentPostProcessor.datasourceProperties("jdbc:postgresql://localhost/safer"))
			.containsExactlyEntriesOf(Map.of("spring.datasource.url", "jdbc:postgresql://localhost/safer"));
	}

	@Test
	void anUnknownSchemeIsRefusedClearly() {
		assertThatThrownBy(() -> DatabaseUrlEnvironmentPostProcessor.datasourceProperties("mysql://h/db"))
			.hasMessageContaining("DATABASE_URL must be");
	}

	@Test
	void explicitSpringSettingsStillWin() {
		MockEnvironment environment = new MockEnvironment();
		environment.getPropertySources()
			.addFirst(new org.springframework.core.env.MapPropertySource("systemEnvironment",
					Map.of("DATABASE_URL", "postgres://a:b@h/db", "SPRING_DATASOURCE_URL", "jdbc:postgresql://other/db")));

		new DatabaseUrlEnvironmentPostProcessor().postProcessEnvironment(environment, null);

		assertThat(environment.getPropertySources().get(DatabaseUrlEnvironmentPostProcessor.PROPERTY_SOURCE)
			.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://h/db");
		assertThat(environment.getPropertySources().precedenceOf(environment.getPropertySources().get("systemEnvironment")))
			.isLessThan(environment.getPropertySources()
				.precedenceOf(environment.getPropertySources().get(DatabaseUrlEnvironmentPostProcessor.PROPERTY_SOURCE)));
	}

}
