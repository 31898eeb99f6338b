package org.safercommunities.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.safercommunities.imports.ImportKind;
import org.safercommunities.imports.ImportStatus;
import org.safercommunities.organisations.OrganisationType;
import org.safercommunities.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible string is a message key: no literal text in templates, no key used that the English bundle
 * lacks, and every other language file has exactly the English keys.
 */
class I18nPropertiesSyncTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");

	/** Text between tags, ignoring whitespace, punctuation-only runs and Thymeleaf comments. */
	private static final Pattern TEXT_NODE = Pattern.compile(">([^<>]*\\p{L}[^<>]*)<");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-z0-9][a-z0-9.\\-]*)[}(]");

	@Test
	void templatesHaveNoLiteralText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
			Matcher matcher = TEXT_NODE.matcher(html);
			while (matcher.find()) {
				String openingTag = html.substring(html.lastIndexOf('<', matcher.start()), matcher.start() + 1);
				boolean replaced = openingTag.contains("th:text") || openingTag.contains("th:utext")
						|| openingTag.startsWith("<script") || openingTag.startsWith("<style"); // code, not words
				if (!replaced) {
					problems.add(TEMPLATES.relativize(template) + ": \"" + matcher.group(1).strip() + "\"");
				}
			}
		}
		assertThat(problems).as("literal text in templates").isEmpty();
	}

	@Test
	void everyKeyUsedExistsInEnglish() throws IOException {
		Set<String> english = englishKeys();
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template).replaceAll("(?s)<!--.*?-->", ""));
			while (matcher.find()) {
				if (!english.contains(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		for (Role role : Role.values()) {
			if (!english.contains(role.messageKey())) {
				missing.add(role.messageKey());
			}
		}
		for (OrganisationType type : OrganisationType.values()) {
			if (!english.contains(type.messageKey())) {
				missing.add(type.messageKey());
			}
		}
		for (ImportKind kind : ImportKind.values()) {
			for (String key : List.of(kind.messageKey(), kind.messageKey() + ".hint")) {
				if (!english.contains(key)) {
					missing.add(key);
				}
			}
		}
		for (ImportStatus status : ImportStatus.values()) {
			if (!english.contains(status.messageKey())) {
				missing.add(status.messageKey());
			}
		}
		assertThat(missing).as("message keys missing from the English bundles").isEmpty();
	}

	@Test
	void everyTranslationHasExactlyTheEnglishKeys() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path translation : files.filter(file -> file.getFileName().toString().contains("_")).toList()) {
				String base = translation.getFileName().toString().replaceAll("_[^.]+\\.properties$", ".properties");
				Set<String> expected = load(BUNDLES.resolve(base)).stringPropertyNames();
				assertThat(load(translation).stringPropertyNames()).as(translation.toString())
					.containsExactlyInAnyOrderElementsOf(expected);
			}
		}
	}

	@Test
	void everyOfferedLanguageHasEveryPublicBundle() throws IOException {
		String yaml = Files.readString(Path.of("src/main/resources/application.yml"));
		Matcher languages = Pattern.compile("\\n\\s+languages: ([a-z,\\-]+)").matcher(yaml);
		assertThat(languages.find()).isTrue();
		List<String> missing = new ArrayList<>();
		for (String tag : languages.group(1).split(",")) {
			if (tag.equals("en")) {
				continue;
			}
			String suffix = tag.contains("-") ? tag.replace("-", "__") : tag;
			for (String bundle : List.of("messages", "statements", "reporting", "directory", "opendata", "busy")) {
				if (!Files.exists(BUNDLES.resolve(bundle + "_" + suffix + ".properties"))) {
					missing.add(bundle + "_" + suffix);
				}
			}
		}
		assertThat(missing).as("bundles missing for offered languages").isEmpty();
	}

	/** The keys of every base (English) bundle: each file in i18n/ without an underscore in its name. */
	private static Set<String> englishKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path bundle : files.filter(file -> file.toString().endsWith(".properties"))
				.filter(file -> !file.getFileName().toString().contains("_"))
				.toList()) {
				keys.addAll(load(bundle).stringPropertyNames());
			}
		}
		return keys;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(in);
		}
		return properties;
	}

}
