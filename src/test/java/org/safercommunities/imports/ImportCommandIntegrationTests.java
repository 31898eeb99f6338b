package org.safercommunities.imports;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safercommunities.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@TestPropertySource(properties = "safer.imports.command.exit=false")
class ImportCommandIntegrationTests {

	@Autowired
	ImportCommand command;

	@Test
	void importsFilesWithAProgressBarAndSkipsThemTheSecondTime() {
		ImportFile file = ImportTestFiles.copy("police-uk/2023-01-city-of-london-street.csv",
				"2023-06-city-of-london-street.csv", text -> text.replace(",2023-01,", ",2023-06,"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int first = command.execute(List.of("police-uk", file.path().toString()), new PrintStream(out, true,
				StandardCharsets.UTF_8));
		int second = command.execute(List.of("police-uk", file.path().toString()), new PrintStream(out, true,
				StandardCharsets.UTF_8));

		String printed = out.toString(StandardCharsets.UTF_8);
		assertThat(first).isZero();
		assertThat(second).isZero();
		assertThat(printed).contains("2023-06-city-of-london-street.csv [##############################] 100% 20 rows")
			.contains("completed, 20 imported")
			.contains("already imported as import");
	}

	@Test
	void refusesATruncatedFileForAMonthHeldUnlessToldToReplace() {
		ImportFile full = GuardedImportIntegrationTests.metMonth("2019-11", 35);
		ImportFile truncated = GuardedImportIntegrationTests.metMonth("2019-11", 3);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
		assertThat(command.execute(List.of("police-uk", full.path().toString()), print)).isZero();

		int refused = command.execute(List.of("police-uk", truncated.path().toString()), false, print);

		String printed = out.toString(StandardCharsets.UTF_8);
		assertThat(refused).isEqualTo(1);
		assertThat(printed).contains("held")
			.contains("This file has 3 rows where the data held has 35 (less than 50% of it), so nothing was replaced.")
			.contains("Rows held now: 35. Rows in this file: 3, of 3 read (0 rejected).")
			.contains("Run again with --replace");
		assertThat(rows("2019-11")).isEqualTo(35);

		out.reset();
		int replaced = command.execute(List.of("police-uk", truncated.path().toString()), true, print);

		assertThat(replaced).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("completed, 3 imported");
		assertThat(rows("2019-11")).isEqualTo(3);
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private int rows(String month) {
		return jdbc.sql("select count(*) from street_crime where force_code = 'metropolitan-police-service' and crime_month = ?")
			.param(java.time.LocalDate.parse(month + "-01")).query(Integer.class).single();
	}

	@Test
	void aWrongCommandPrintsUsage() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		assertThat(command.execute(List.of("police-scotland", "x.csv"), new PrintStream(out))).isEqualTo(2);
		assertThat(out.toString()).startsWith("Usage:");
		assertThat(command.execute(List.of("police-uk", "/no/such/file.csv"), new PrintStream(out))).isEqualTo(1);
	}

	@Test
	void theImportCommandStartsNoWebServer() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new SimpleCommandLinePropertySource("import", "police-uk", "a.csv"));

		new ImportCommandEnvironment().postProcessEnvironment(environment, null);

		assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("none");

		StandardEnvironment serving = new StandardEnvironment();
		serving.getPropertySources().addFirst(new SimpleCommandLinePropertySource("--server.port=8081"));
		new ImportCommandEnvironment().postProcessEnvironment(serving, null);
		assertThat(serving.getProperty("spring.main.web-application-type")).isNull();
		assertThat(Map.of()).isEmpty();
	}

}
