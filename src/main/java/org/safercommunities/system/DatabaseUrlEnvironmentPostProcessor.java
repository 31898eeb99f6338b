package org.safercommunities.system;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Lets a platform's {@code DATABASE_URL} choose the database, in either the JDBC form
 * ({@code jdbc:postgresql://host/db}) or the common {@code postgres://user:password@host:port/db} form.
 * Explicit {@code SPRING_DATASOURCE_*} settings still win.
 */
class DatabaseUrlEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String PROPERTY_SOURCE = "databaseUrl";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String databaseUrl = environment.getProperty("DATABASE_URL");
		if (!StringUtils.hasText(databaseUrl)) {
			return;
		}
		Map<String, Object> properties = datasourceProperties(databaseUrl.strip());
		// After system properties and environment variables, so SPRING_DATASOURCE_* can override.
		MapPropertySource source = new MapPropertySource(PROPERTY_SOURCE, properties);
		if (environment.getPropertySources().contains("systemEnvironment")) {
			environment.getPropertySources().addAfter("systemEnvironment", source);
		}
		else {
			environment.getPropertySources().addLast(source);
		}
	}

	static Map<String, Object> datasourceProperties(String databaseUrl) {
		Map<String, Object> properties = new HashMap<>();
		if (databaseUrl.startsWith("jdbc:")) {
			properties.put("spring.datasource.url", databaseUrl);
			return properties;
		}
		URI uri = URI.create(databaseUrl);
		if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
			throw new IllegalArgumentException("DATABASE_URL must be jdbc:… or postgres://…, not " + uri.getScheme() + "://…");
		}
		String port = uri.getPort() > 0 ? ":" + uri.getPort() : "";
		String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
		properties.put("spring.datasource.url", "jdbc:postgresql://" + uri.getHost() + port + uri.getRawPath() + query);
		if (uri.getRawUserInfo() != null) {
			String[] credentials = uri.getRawUserInfo().split(":", 2);
			properties.put("spring.datasource.username", decode(credentials[0]));
			properties.put("spring.datasource.password", credentials.length > 1 ? decode(credentials[1]) : "");
		}
		return properties;
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

}
