package org.safercommunities;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event a module publishes has a listener (of its type or of an interface it implements), or a reason
 * written here: an event nobody hears is either dead code or a reaction someone forgot.
 */
class EventListenersTests {

	/** Events published on purpose with no listener yet, and why. */
	private static final Map<String, String> HEARD_BY_NOBODY_BECAUSE = Map.of(
			"RepeatFlagRaised", "people (issue 12): for the cases module, built alongside, to suggest a CS MARAC referral",
			"PeopleMerged", "people (issue 12): for the cases module, built alongside, to show a case's merged parties");

	private static final Path SOURCES = Path.of("src/main/java");

	private static final Pattern PUBLISHED = Pattern
		.compile("publishEvent\\(\\s*(?:new\\s+([A-Z]\\w*)\\s*\\(|([A-Z]\\w*)\\.of\\()");

	private static final Pattern LISTENER = Pattern.compile(
			"@(?:EventListener|ApplicationModuleListener|TransactionalEventListener)(?:\\([^)]*\\))?(?:\\s+@\\w+(?:\\([^)]*\\))?)*\\s+(?:public\\s+)?void\\s+\\w+\\(\\s*(?:final\\s+)?([A-Z]\\w*)\\s+\\w+\\s*\\)");

	@Test
	void everyPublishedEventHasAListenerOrAReason() throws Exception {
		Map<String, Class<?>> types = typesByName();
		List<Class<?>> published = new ArrayList<>();
		List<Class<?>> heard = new ArrayList<>();
		for (String code : sources().values()) {
			Matcher publish = PUBLISHED.matcher(code);
			while (publish.find()) {
				String name = publish.group(1) != null ? publish.group(1) : publish.group(2);
				published.add(type(types, name));
			}
			Matcher listen = LISTENER.matcher(code);
			while (listen.find()) {
				if (types.containsKey(listen.group(1))) {
					heard.add(types.get(listen.group(1)));
				}
			}
		}
		assertThat(published).as("events published in src/main/java").isNotEmpty();
		List<String> unheard = new ArrayList<>();
		for (Class<?> event : published) {
			boolean listened = heard.stream().anyMatch(listener -> listener.isAssignableFrom(event));
			if (!listened && !HEARD_BY_NOBODY_BECAUSE.containsKey(event.getSimpleName())) {
				unheard.add(event.getName());
			}
		}
		assertThat(unheard).as("events published with no listener and no reason in " + getClass().getSimpleName())
			.isEmpty();
	}

	private static Class<?> type(Map<String, Class<?>> types, String name) {
		assertThat(types).as("the published type " + name + " is one of ours").containsKey(name);
		return types.get(name);
	}

	private static Map<Path, String> sources() throws IOException {
		Map<Path, String> sources = new HashMap<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				sources.put(file, Files.readString(file));
			}
		}
		return sources;
	}

	/** Our top-level types by simple name (event names are unique across modules). */
	private static Map<String, Class<?>> typesByName() throws Exception {
		Map<String, Class<?>> types = new HashMap<>();
		for (Path file : sources().keySet()) {
			String name = SOURCES.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
			if (!name.endsWith("package-info")) {
				try {
					Class<?> type = Class.forName(name, false, EventListenersTests.class.getClassLoader());
					types.put(type.getSimpleName(), type);
				}
				catch (ClassNotFoundException ex) {
					// a file holding only other, smaller types (e.g. several repositories): none is an event
				}
			}
		}
		return types;
	}

}
