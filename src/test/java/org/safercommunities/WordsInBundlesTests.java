package org.safercommunities;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sentence a person reads comes from the message bundles: no Java string literal in {@code src/main/java}
 * looks like English shown to people (a phrase starting with a capital, ending in a full stop, or of four words or
 * more). Left alone: arguments of log calls, exception messages and assertions, annotation values (cron, SQL,
 * defaults), audit details (a record kept as written, like a log line), SQL text, demo data and the short
 * allow-list below. A failure lists each literal with its file and line.
 */
class WordsInBundlesTests {

	private static final Path SOURCES = Path.of("src/main/java");

	/** Three words in a row, separated by spaces: a phrase, not a key, code, path or CSS class. */
	private static final Pattern PHRASE = Pattern.compile("\\p{L}+ +\\p{L}+ +\\p{L}+");

	/** printf and MessageFormat placeholders, which stand for values rather than words. */
	private static final Pattern PLACEHOLDER = Pattern.compile("%[-#+ 0,(]*\\d*(\\.\\d+)?[a-zA-Z%]|\\{\\d+}");

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	/**
	 * SQL as this code writes it: lower case (a sentence starts with a capital, so "Select an area" is not SQL), or
	 * upper-case keywords.
	 */
	private static final Pattern SQL = Pattern.compile("^\\s*(select|insert into|update \\w+ set|delete from|with \\w+ as)\\b"
			+ "|\\b(from|join) \\w+( \\w+)? (where|order by|group by|on)\\b|\\bwhere [\\w.]+ (=|<|>|in\\b|between\\b|is\\b)"
			+ "|^[\\s,]*(from|where|and|order by|group by|values)\\b|\\b(case when|is null|is not null|group by|from stdin)\\b"
			+ "|\\b(SELECT|INSERT INTO|UPDATE|DELETE FROM|FROM|WHERE)\\b");

	/**
	 * Calls whose string arguments people do not read as page text: log lines (also {@code getLogger(..).warn}),
	 * exception messages (thrown, or passed up through {@code super}), assertions, annotation values, and audit
	 * details, which are a record written once and shown as recorded, like a log line.
	 */
	private static final Pattern DEVELOPER_CALL = Pattern.compile("(?i)(^|\\.)(log|logger)\\.\\w+$"
			+ "|^\\.(trace|debug|info|warn|error)$|^throw new |^new [\\w.]*(Exception|Error)$|^super$"
			+ "|^Assert\\.\\w+$|^Objects\\.requireNonNull$|^@[\\w.]+$"
			+ "|^audit\\.(record|recordEach|append)$");

	/** Sample records for the demo: data, like rows a user types, not the service's own words. */
	private static final Set<String> DATA_FILES = Set.of("org/safercommunities/demo/",
			"org/safercommunities/directory/DirectoryDemoData.java", "org/safercommunities/plans/PlansDemoData.java");

	/** Literals that look like sentences but are not the service's own words, each with the reason. */
	private static final Set<String> ALLOWED = Set.of(
			// The licence's attribution carried inside the GeoJSON data itself; pages show
			// performance.attribution.boundaries
			"org/safercommunities/geography/Geography.java: Contains National Statistics data © Crown copyright and ",
			"org/safercommunities/geography/Geography.java: database right; Contains OS data © Crown copyright and database "
					+ "right. Contains public sector ",
			"org/safercommunities/geography/Geography.java: information licensed under the Open Government Licence v3.0.",
			// A column of the police.uk street-level CSV, the published format the import reads
			"org/safercommunities/imports/StreetCrimeColumns.java: Last outcome category",
			// police.uk crime types, matched against the files as published
			"org/safercommunities/imports/StreetCrimeValidator.java: Criminal damage and arson",
			"org/safercommunities/imports/StreetCrimeValidator.java: Possession of weapons",
			"org/safercommunities/imports/StreetCrimeValidator.java: Theft from the person",
			"org/safercommunities/imports/StreetCrimeValidator.java: Violence and sexual offences",
			"org/safercommunities/imports/StreetCrimeValidator.java: Public disorder and weapons",
			// The default name of the first organisation, a record the administrator can rename
			"org/safercommunities/security/FirstAdministrator.java: Community Safety Team");

	@Test
	void noEnglishSentenceIsBuiltInJava() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
				String name = SOURCES.relativize(file).toString().replace('\\', '/');
				if (DATA_FILES.stream().anyMatch(name::startsWith)) {
					continue;
				}
				for (Literal literal : literals(Files.readString(file))) {
					if (readByPeople(literal) && !ALLOWED.contains(name + ": " + literal.text())) {
						found.add(name + ":" + literal.line() + ": \"" + literal.text() + "\"");
					}
				}
			}
		}
		assertThat(found)
			.as("English sentences built in Java (move them to a message bundle, see TRANSLATIONS.md):%n  %s",
					String.join(System.lineSeparator() + "  ", found))
			.isEmpty();
	}

	@Test
	void theScannerSeesSentencesAndSkipsDeveloperText() {
		String source = """
				class Sample {
					// "A comment is not a sentence."
					void run() {
						log.info("Queued {} e-mails for the day", count);
						throw new IllegalStateException("The cache is not ready yet");
						throw new UnreadableValue("A stored value could not be read");
						LoggerFactory.getLogger(Sample.class).warn("{} could not be read", uri);
						audit.record("REPORT_VIEWED", "hate_report", id, "Officer opened the report");
					}
					@Scheduled(cron = "0 0 6 * * *")
					String sql = "delete from report_draft where expires_at < ?";
					String key = "performance.rag.red";
					String shown = "Directory entries need attention";
					String tail = "%s of the way there.";
					String fragment = "%s is close to the %s control limit";
					String error = "Select the area from the list";
				}
				""";
		List<String> flagged = literals(source).stream().filter(WordsInBundlesTests::readByPeople)
			.map(literal -> literal.line() + ": " + literal.text()).toList();
		assertThat(flagged).containsExactly("13: Directory entries need attention", "14: %s of the way there.",
				"15: %s is close to the %s control limit", "16: Select the area from the list");
	}

	/**
	 * A phrase (three words in a row) that starts with a capital letter, ends in a full stop or has four words or
	 * more, outside developer calls and SQL.
	 */
	private static boolean readByPeople(Literal literal) {
		if (literal.calls().stream().anyMatch(call -> DEVELOPER_CALL.matcher(call).find())
				|| SQL.matcher(literal.text()).find()) {
			return false;
		}
		String words = PLACEHOLDER.matcher(literal.text()).replaceAll(" ").strip();
		if (!PHRASE.matcher(words).find()) {
			return false;
		}
		String start = words.replaceFirst("^[^\\p{L}]+", "");
		return Character.isUpperCase(start.charAt(0)) || words.matches("(?s).*[.?!:]$")
				|| WORD.matcher(words).results().count() >= 4;
	}

	/** A string literal, its line, and the calls (or annotations) it is an argument of, innermost first. */
	private record Literal(int line, String text, List<String> calls) {
	}

	/** The string literals and text blocks of a Java source, skipping comments and character literals. */
	private static List<Literal> literals(String source) {
		List<Literal> literals = new ArrayList<>();
		Deque<String> calls = new ArrayDeque<>();
		int line = 1;
		int i = 0;
		while (i < source.length()) {
			char c = source.charAt(i);
			if (source.startsWith("//", i)) {
				i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
			}
			else if (source.startsWith("/*", i)) {
				int end = source.indexOf("*/", i + 2) + 2;
				line += count(source, i, end);
				i = end;
			}
			else if (source.startsWith("\"\"\"", i)) {
				int end = source.indexOf("\"\"\"", i + 3);
				while (source.charAt(end - 1) == '\\') {
					end = source.indexOf("\"\"\"", end + 1);
				}
				literals.add(new Literal(line, source.substring(i + 3, end).strip(), List.copyOf(calls)));
				line += count(source, i, end);
				i = end + 3;
			}
			else if (c == '"' || c == '\'') {
				int end = i + 1;
				while (source.charAt(end) != c) {
					end += source.charAt(end) == '\\' ? 2 : 1;
				}
				if (c == '"') {
					literals.add(new Literal(line, source.substring(i + 1, end), List.copyOf(calls)));
				}
				i = end + 1;
			}
			else {
				if (c == '\n') {
					line++;
				}
				else if (c == '(') {
					calls.push(callBefore(source, i));
				}
				else if (c == ')' && !calls.isEmpty()) {
					calls.pop();
				}
				i++;
			}
		}
		return literals;
	}

	/** The name before an opening bracket: "log.info", "throw new UndecryptableValue", "@Scheduled". */
	private static String callBefore(String source, int bracket) {
		int end = bracket;
		while (end > 0 && Character.isWhitespace(source.charAt(end - 1))) {
			end--;
		}
		int start = end;
		while (start > 0 && (Character.isJavaIdentifierPart(source.charAt(start - 1))
				|| source.charAt(start - 1) == '.' || source.charAt(start - 1) == '@')) {
			start--;
		}
		String name = source.substring(start, end);
		String before = source.substring(Math.max(0, start - 10), start);
		return before.endsWith("throw new ") ? "throw new " + name : before.endsWith("new ") ? "new " + name : name;
	}

	private static int count(String source, int from, int to) {
		return (int) source.substring(from, to).chars().filter(ch -> ch == '\n').count();
	}

}
