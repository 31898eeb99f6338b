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
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/** What the README and TRANSLATIONS.md say about the code is checked against the code, so it cannot go stale. */
class DocumentationTests {

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");

	@Test
	void theArchitectureTableListsExactlyTheModules() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		String architecture = readme.substring(readme.indexOf("## Architecture"));
		architecture = architecture.substring(0, architecture.indexOf("\n## ", 3));
		Set<String> listed = new TreeSet<>();
		Matcher row = Pattern.compile("(?m)^\\| `([a-z]+)` \\|").matcher(architecture);
		while (row.find()) {
			listed.add(row.group(1));
		}
		Set<String> modules = new TreeSet<>();
		ApplicationModules.of(SaferCommunitiesApplication.class)
			.forEach(module -> modules.add(module.getIdentifier().toString()));
		assertThat(listed).as("modules in the README's Architecture table").isEqualTo(modules);
	}

	@Test
	void translationsListEveryTranslatedBundleWithItsKeyCount() throws IOException {
		List<String> bundles = new ArrayList<>();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			files.map(file -> file.getFileName().toString())
				.filter(name -> name.endsWith("_pl.properties"))
				.map(name -> name.substring(0, name.length() - "_pl.properties".length()))
				.sorted()
				.forEach(bundles::add);
		}
		String translations = Files.readString(Path.of("TRANSLATIONS.md"));
		Matcher english = Pattern.compile("(?m)^\\| `en` \\| English \\(source\\) \\| (.*?) \\| (\\d+) \\((.*?)\\) \\|")
			.matcher(translations);
		assertThat(english.find()).as("the English row of TRANSLATIONS.md").isTrue();
		Set<String> documented = new TreeSet<>();
		Matcher file = Pattern.compile("`([a-z-]+)\\.properties`").matcher(english.group(1));
		while (file.find()) {
			documented.add(file.group(1));
		}
		assertThat(documented).as("bundles TRANSLATIONS.md lists").containsExactlyInAnyOrderElementsOf(bundles);
		int total = 0;
		for (String bundle : bundles) {
			total += keys(bundle);
		}
		assertThat(Integer.parseInt(english.group(2))).as("keys per language in TRANSLATIONS.md").isEqualTo(total);
		Matcher languages = Pattern.compile("(?m)^\\| `[a-z-]+` \\| .* \\| `\\*_[a-z_]+\\.properties` \\| (\\d+) \\|")
			.matcher(translations);
		int rows = 0;
		while (languages.find()) {
			rows++;
			assertThat(Integer.parseInt(languages.group(1))).as("keys of a translated language: " + languages.group())
				.isEqualTo(total);
		}
		assertThat(rows).as("translated languages listed").isGreaterThanOrEqualTo(6);
	}

	private static int keys(String bundle) throws IOException {
		return (int) Files.readAllLines(BUNDLES.resolve(bundle + ".properties"), StandardCharsets.ISO_8859_1).stream()
			.filter(line -> line.matches("^[a-z].*=.*"))
			.count();
	}

}
