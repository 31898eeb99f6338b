package org.safercommunities.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GOV.UK class names contain "__", which Thymeleaf reads as its pre-processing marker inside th: expressions.
 * Such a template fails only when the page is rendered, so catch it here: write the class in a plain
 * {@code class} attribute, or escape it as {@code \_\_}.
 */
class TemplateLintTests {

	private static final Pattern EXPRESSION_WITH_DOUBLE_UNDERSCORE = Pattern.compile("th:[a-z]+=\"[^\"]*[a-z]__[a-z][^\"]*\"");

	@Test
	void noUnescapedDoubleUnderscoreInsideExpressions() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : files.filter(file -> file.toString().endsWith(".html")).toList()) {
				Matcher matcher = EXPRESSION_WITH_DOUBLE_UNDERSCORE.matcher(Files.readString(template));
				while (matcher.find()) {
					problems.add(template.getFileName() + ": " + matcher.group());
				}
			}
		}
		assertThat(problems).isEmpty();
	}

}
