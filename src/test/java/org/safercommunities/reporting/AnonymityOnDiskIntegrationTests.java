package org.safercommunities.reporting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.safercommunities.support.TestConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person types is never written to disk in the clear, not even in the old pages of the embedded database's
 * file: a named report sent, and another abandoned half way, on an H2 file database of its own, then the file's
 * every byte searched (after a checkpoint, so nothing is still only in memory).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestConfig.class)
@ExtendWith(OutputCaptureExtension.class)
class AnonymityOnDiskIntegrationTests {

	private static final Path FOLDER = newFolder();

	private static final String NAME = "Ottoline Brackenridge";

	private static final String EMAIL = "ottoline.b@example.org";

	private static final String WHAT = "A driver shouted abuse at Ottoline near the library";

	@DynamicPropertySource
	static void ownFileDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + FOLDER.resolve("safer") + ";MODE=PostgreSQL;"
				+ "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
		registry.add("spring.datasource.username", () -> "sa");
		registry.add("spring.datasource.password", () -> "");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void typedAnswersAreNowhereInTheDatabaseFilesOrTheLog(CapturedOutput output) throws Exception {
		Journey sent = new Journey(mvc).answerAll(Journey.ANONYMOUS);
		sent.answer("what", "incidentTypes", "VERBAL_ABUSE", "whatHappened", WHAT);
		sent.answer("about-you", "giveDetails", "YES", "name", NAME, "email", EMAIL, "phone", "07700 900123");
		sent.answer("contact", "safeToContact", "YES", "contactMethods", "EMAIL", "contactTimes", "Evenings");
		sent.answer("support", Journey.ANONYMOUS.get("support"));
		var receipt = sent.sendAndConfirm();

		Journey abandoned = new Journey(mvc).answerAll(Journey.ANONYMOUS);
		abandoned.answer("what", "incidentTypes", "VERBAL_ABUSE", "whatHappened", WHAT + " again");
		abandoned.answer("about-you", "giveDetails", "YES", "name", NAME, "email", EMAIL, "phone", "07700 900123");

		jdbc.sql("checkpoint sync").update();
		List<String> found = filesContaining(NAME, EMAIL, "Brackenridge", "07700 900123", WHAT, receipt.secret());
		assertThat(found).as("typed answers in the clear in the database files under " + FOLDER).isEmpty();
		assertThat(output.getAll()).doesNotContain(NAME, EMAIL, "Brackenridge", WHAT, receipt.secret());
	}

	private static List<String> filesContaining(String... needles) throws IOException {
		List<String> found = new ArrayList<>();
		List<Path> files;
		try (Stream<Path> walk = Files.walk(FOLDER)) {
			files = walk.filter(Files::isRegularFile).toList();
		}
		assertThat(files).as("database files written").isNotEmpty();
		for (Path file : files) {
			byte[] bytes = Files.readAllBytes(file);
			String latin = new String(bytes, StandardCharsets.ISO_8859_1);
			String utf16 = new String(bytes, StandardCharsets.UTF_16BE) + new String(bytes, 1, bytes.length - 1,
					StandardCharsets.UTF_16BE);
			for (String needle : needles) {
				if (latin.contains(needle) || utf16.contains(needle)) {
					found.add(file.getFileName() + " holds " + needle);
				}
			}
		}
		return found;
	}

	private static Path newFolder() {
		try {
			return Files.createTempDirectory("safer-anonymity-");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
