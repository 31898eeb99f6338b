package org.safercommunities.system;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10: on the embedded default (H2 in files), a process killed right after a report was committed lost
 * it, although its reference had been shown. A commit must be in the database file before it returns.
 */
class H2CrashSafetyTests {

	/** The datasource URL the application would use, from application.yml and the environment post-processor. */
	static String configuredUrl(java.util.Map<String, Object> environmentVariables) {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("application.yml"));
		Properties properties = yaml.getObject();
		MockEnvironment environment = new MockEnvironment();
		environment.getPropertySources().addLast(new PropertiesPropertySource("application.yml", properties));
		environment.getPropertySources()
			.addFirst(new org.springframework.core.env.SystemEnvironmentPropertySource("systemEnvironment", environmentVariables));
		new DatabaseUrlEnvironmentPostProcessor().postProcessEnvironment(environment, null);
		return environment.getProperty("spring.datasource.url");
	}

	@Test
	void theEmbeddedDefaultWritesEveryCommitToTheFile() {
		String url = configuredUrl(java.util.Map.of());

		assertThat(url).startsWith("jdbc:h2:file:./data/safer-communities;MODE=PostgreSQL;")
			.contains(";WRITE_DELAY=0")
			.doesNotContain("WRITE_DELAY=500");
		assertThat(url.split(";WRITE_DELAY=", -1)).as("WRITE_DELAY set once in %s", url).hasSize(2);
	}

	@Test
	void anH2FileDatabaseChosenByTheEnvironmentIsCrashSafeToo() {
		assertThat(configuredUrl(java.util.Map.of("DATABASE_URL", "jdbc:h2:file:/srv/safer/db;MODE=PostgreSQL")))
			.isEqualTo("jdbc:h2:file:/srv/safer/db;MODE=PostgreSQL;WRITE_DELAY=0");
		assertThat(DatabaseUrlEnvironmentPostProcessor.crashSafe("jdbc:h2:./data/x;MODE=PostgreSQL"))
			.isEqualTo("jdbc:h2:./data/x;MODE=PostgreSQL;WRITE_DELAY=0");
	}

	@Test
	void otherDatabasesAndAnExplicitChoiceAreLeftAlone() {
		assertThat(DatabaseUrlEnvironmentPostProcessor.crashSafe("jdbc:h2:mem:safer-test;MODE=PostgreSQL"))
			.isEqualTo("jdbc:h2:mem:safer-test;MODE=PostgreSQL");
		assertThat(DatabaseUrlEnvironmentPostProcessor.crashSafe("jdbc:postgresql://db/safer"))
			.isEqualTo("jdbc:postgresql://db/safer");
		assertThat(DatabaseUrlEnvironmentPostProcessor.crashSafe("jdbc:h2:file:./x;write_delay=100"))
			.isEqualTo("jdbc:h2:file:./x;write_delay=100");
		assertThat(configuredUrl(java.util.Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://db/safer")))
			.isEqualTo("jdbc:postgresql://db/safer");
	}

	/**
	 * The real thing: a child JVM commits rows one by one to an H2 file database with the application's URL
	 * settings and says so after each commit; it is killed (SIGKILL on Linux) as soon as it has said it for the
	 * 300th time. Every row it said was committed must be in the file. H2's default write delay lost the last
	 * few hundred milliseconds of them.
	 */
	@Test
	void aCommittedRowSurvivesTheProcessBeingKilled(@TempDir Path directory) throws Exception {
		String settings = configuredUrl(java.util.Map.of()).replaceFirst("^jdbc:h2:file:[^;]*", "");
		String url = "jdbc:h2:file:" + directory.resolve("crash").toAbsolutePath() + settings;
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement()) {
			statement.execute("create table sent (id integer primary key, reference varchar(12) not null)");
		}
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), CommitUntilKilled.class.getName(), url)
			.redirectErrorStream(true)
			.start();
		int acknowledged = 0;
		List<String> output = new ArrayList<>();
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				if (line.startsWith("committed ")) {
					acknowledged = Integer.parseInt(line.substring("committed ".length()));
					if (acknowledged >= 300) {
						child.destroyForcibly();
						break;
					}
				}
				else {
					output.add(line);
				}
			}
		}
		finally {
			child.destroyForcibly();
			child.waitFor(10, TimeUnit.SECONDS);
		}
		assertThat(acknowledged).as("the child committed rows before it was killed; its output: %s", output).isGreaterThanOrEqualTo(300);

		List<Integer> missing = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				PreparedStatement find = connection.prepareStatement("select count(*) from sent where id = ?")) {
			for (int id = 1; id <= acknowledged; id++) {
				find.setInt(1, id);
				try (ResultSet row = find.executeQuery()) {
					row.next();
					if (row.getInt(1) != 1) {
						missing.add(id);
					}
				}
			}
		}
		assertThat(missing).as("rows committed (and acknowledged) before the kill but not in the file, of %d", acknowledged)
			.isEmpty();
	}

	/** The child process: commits one row at a time, forever, and says so after each commit. */
	static final class CommitUntilKilled {

		public static void main(String[] args) throws Exception {
			try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
				connection.setAutoCommit(false);
				try (PreparedStatement insert = connection.prepareStatement("insert into sent (id, reference) values (?, ?)")) {
					for (int id = 1;; id++) {
						insert.setInt(1, id);
						insert.setString(2, "HC-" + id);
						insert.executeUpdate();
						connection.commit();
						System.out.println("committed " + id);
						System.out.flush();
					}
				}
			}
		}

	}

}
