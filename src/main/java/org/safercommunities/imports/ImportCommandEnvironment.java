package org.safercommunities.imports;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code java -jar safer-communities.jar import …} runs an import and exits: no web server, no banner, and
 * only warnings in the log, so the terminal progress bar stays readable.
 */
class ImportCommandEnvironment implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String arguments = environment.getProperty("nonOptionArgs", "");
		if (arguments.equals(ImportCommand.COMMAND) || arguments.startsWith(ImportCommand.COMMAND + ",")) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("importCommand", Map.of("spring.main.web-application-type", "none",
						"spring.main.banner-mode", "off", "logging.level.root", "WARN")));
		}
	}

}
