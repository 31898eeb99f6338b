package org.safercommunities.system;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.htmlunit.cssparser.parser.CSSErrorHandler;
import org.htmlunit.cssparser.parser.CSSException;
import org.htmlunit.cssparser.parser.CSSOMParser;
import org.htmlunit.cssparser.parser.CSSParseException;
import org.htmlunit.cssparser.parser.InputSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every stylesheet we serve parses cleanly with a real CSS3 parser. A browser recovers from a missing brace by
 * swallowing every later rule, so a typo shows only as a broken layout far away from it (a 0 px ward map).
 */
class StylesheetParseTests {

	private static final Path STATIC = Path.of("src/main/resources/static");

	@Test
	void everyStylesheetUnderStaticParsesWithoutErrors() throws IOException {
		List<Path> stylesheets;
		try (Stream<Path> files = Files.walk(STATIC)) {
			stylesheets = files.filter(file -> file.toString().endsWith(".css")).sorted().toList();
		}
		assertThat(stylesheets).as("stylesheets under " + STATIC).isNotEmpty();

		List<String> problems = new ArrayList<>();
		for (Path stylesheet : stylesheets) {
			problems.addAll(problemsIn(STATIC.relativize(stylesheet).toString(),
					Files.newBufferedReader(stylesheet, StandardCharsets.UTF_8)));
		}
		assertThat(problems).as("CSS parse errors (file:line:column: message)").isEmpty();
	}

	@Test
	void aRuleWithoutItsClosingBraceIsReportedWithItsFileAndLine() throws IOException {
		String css = ".safer-map {\n  height: 320px;\n\n.safer-ward-map {\n  height: 480px;\n}\n";

		List<String> problems = problemsIn("broken.css", new StringReader(css));

		assertThat(problems).isNotEmpty();
		assertThat(problems.get(0)).startsWith("broken.css:4:");
	}

	/** Parses one stylesheet and returns each warning or error as "file:line:column: parser's message". */
	static List<String> problemsIn(String name, Reader css) throws IOException {
		List<String> problems = new ArrayList<>();
		CSSOMParser parser = new CSSOMParser();
		parser.setErrorHandler(new CSSErrorHandler() {
			@Override
			public void warning(CSSParseException problem) throws CSSException {
				record(problem);
			}

			@Override
			public void error(CSSParseException problem) throws CSSException {
				record(problem);
			}

			@Override
			public void fatalError(CSSParseException problem) throws CSSException {
				record(problem);
			}

			private void record(CSSParseException problem) {
				problems.add(name + ":" + problem.getLineNumber() + ":" + problem.getColumnNumber() + ": "
						+ problem.getMessage());
			}
		});
		try (InputSource source = new InputSource(css)) {
			parser.parseStyleSheet(source, null);
		}
		return problems;
	}

}
