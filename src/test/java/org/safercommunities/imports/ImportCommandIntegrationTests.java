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
