package org.safercommunities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logs hold no personal data (issue 18): run by failsafe after every other test of the build, it reads the log the
 * whole run wrote ({@code target/test-logs/safer-test.log}) for the personal values the tests and the demo seed:
 * the names, e-mail addresses and phone numbers written in their sources, found there by pattern so the list cannot
 * fall behind the tests.
 */
class LogsHoldNoPersonalDataIT {

	static final Path LOG = Path.of("target/test-logs/safer-test.log");

	/** Where people are seeded: {@code PersonDetails.named("Ottilie", "Browserfield")}, a reporter's answers, the demo. */
	private static final List<Pattern> SEEDED = List.of(
			Pattern.compile("PersonDetails(?:\\.named)?\\(\"([A-Z][a-z]+)\", \"([A-Z][A-Za-z-]{3,})\""),
			Pattern.compile("namedReport\\(reports, \"([A-Z][a-z]+ [A-Z][A-Za-z-]{3,})\""),
			Pattern.compile("\\.with\\(\"name\", \"([A-Z][a-z]+ [A-Z][A-Za-z-]{3,})\"\\)"),
			Pattern.compile("\"([a-z][a-z0-9.]*@example\\.org)\""),
			Pattern.compile("\"(07700 ?900 ?[0-9]{3})\""));

	@Test
	void theWholeRunsLogHoldsNoneOfTheSeededPersonalValues() throws IOException {
		if (System.getenv("CI") == null) {
			// A run of unit tests only (no Spring context) writes no log; on CI a missing log fails the build.
			org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(LOG), "no test log written by this run");
		}
		assertThat(LOG).as("the tests' log (application-test.yml logging.file.name)").exists();
		List<String> lines = Files.readAllLines(LOG, StandardCharsets.UTF_8);
		assertThat(lines).as("the log of the run").hasSizeGreaterThan(50);

		Set<String> values = seededValues();
		assertThat(values).as("personal values found in the test and demo sources").hasSizeGreaterThan(30);

		List<String> found = new ArrayList<>();
		for (String value : values) {
			String lower = value.toLowerCase(java.util.Locale.ROOT);
			lines.stream()
				.filter(line -> line.toLowerCase(java.util.Locale.ROOT).contains(lower))
				.findFirst()
				.ifPresent(line -> found.add(value + " in: " + line.substring(0, Math.min(line.length(), 300))));
		}
		assertThat(found).as("seeded personal values in the log (%d values checked in %d lines)", values.size(),
				lines.size()).isEmpty();
	}

	static Set<String> seededValues() throws IOException {
		Set<String> values = new TreeSet<>();
		try (Stream<Path> sources = Stream.concat(Files.walk(Path.of("src/test/java")),
				Files.walk(Path.of("src/main/java/org/safercommunities/demo")))) {
			for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
				String text = Files.readString(source, StandardCharsets.UTF_8);
				for (Pattern pattern : SEEDED) {
					Matcher matcher = pattern.matcher(text);
					while (matcher.find()) {
						values.add(matcher.groupCount() == 2 ? matcher.group(1) + " " + matcher.group(2) : matcher.group(1));
					}
				}
			}
		}
		return values;
	}

}
