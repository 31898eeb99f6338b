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
 *
 * <p>Whichever way an H2 database stored in files is chosen (application.yml's embedded default,
 * {@code DATABASE_URL}, {@code SPRING_DATASOURCE_URL}), its URL gets {@value #H2_CRASH_SAFE} unless it sets
 * {@code WRITE_DELAY} itself. H2's default (500 ms) acknowledges a commit before it reaches the file: a process
 * killed within that time lost reports whose reference had already been shown (issue 10). With 0, every commit is
 * written to the file before it returns, so it survives the death of the process; it is not forced to the disk
 * (no fsync), so a power cut or an operating system crash may still lose the last commits (bench/README.md).
 */
class DatabaseUrlEnvironmentPostProcessor implements EnvironmentPostProcessor {

	static final String PROPERTY_SOURCE = "databaseUrl";

	static final String H2_CRASH_SAFE_SOURCE = "h2CrashSafeUrl";

	static final String H2_CRASH_SAFE = "WRITE_DELAY=0";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String databaseUrl = environment.getProperty("DATABASE_URL");
		if (StringUtils.hasText(databaseUrl)) {
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
		String url = environment.getProperty("spring.datasource.url");
		String crashSafe = crashSafe(url);
		if (crashSafe != null && !crashSafe.equals(url)) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource(H2_CRASH_SAFE_SOURCE, Map.of("spring.datasource.url", crashSafe)));
		}
	}

	/**
	 * An H2 URL of a database kept in files, with {@value #H2_CRASH_SAFE} added unless it already says how long
	 * to delay writes. Other URLs (PostgreSQL, H2 in memory) are returned as they are.
	 */
	static String crashSafe(String url) {
		if (url == null || !url.regionMatches(true, 0, "jdbc:h2:", 0, 8) || url.regionMatches(true, 8, "mem:", 0, 4)
				|| url.toUpperCase(java.util.Locale.ROOT).contains(";WRITE_DELAY=")) {
			return url;
		}
		return url + ";" + H2_CRASH_SAFE;
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
