package org.safercommunities.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Checks every rendered page for text a person should never read: a message placeholder left unfilled
 * ({@code {0}}, {@code '{0}'}: a message used without its arguments, or an apostrophe that MessageFormat took
 * as a quote), a missing message key as Thymeleaf shows it ({@code ??key_en??}), and a US-style date.
 * Run on every page the integration tests (MockMvc) and the browser tests render.
 */
public final class PageChecks {

	private static final Pattern PLACEHOLDER = Pattern.compile("'?\\{\\d+(,[^}]*)?}'?");

	private static final Pattern MISSING_KEY = Pattern.compile("\\?\\?[\\w.\\-]+\\?\\?");

	/** "December 1, 2026": UK pages write "1 December 2026". */
	private static final Pattern US_DATE = Pattern.compile(
			"\\b(January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}, \\d{4}\\b");

	private PageChecks() {
	}

	/** Each problem found in the page, as "what: the text found"; empty when the page is clean. */
	public static List<String> problemsIn(String html) {
		Document page = Jsoup.parse(html);
		// Scripts and styles are code, not text anyone reads; braces there are the language's own.
		page.select("script, style, template").remove();
		String shown = page.outerHtml();
		List<String> problems = new ArrayList<>();
		find(PLACEHOLDER, shown, "unfilled message placeholder", problems);
		find(MISSING_KEY, shown, "missing message key", problems);
		find(US_DATE, shown, "US-style date", problems);
		return problems;
	}

	/** Fails naming the page and each problem, when there is one. */
	public static void assertClean(String url, String html) {
		List<String> problems = problemsIn(html);
		if (!problems.isEmpty()) {
			throw new AssertionError("Page " + url + " shows " + String.join("; ", problems));
		}
	}

	private static void find(Pattern pattern, String text, String what, List<String> problems) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			int from = Math.max(0, matcher.start() - 40);
			int to = Math.min(text.length(), matcher.end() + 40);
			problems.add(what + " \"" + matcher.group() + "\" in \"" + text.substring(from, to).replaceAll("\\s+", " ") + "\"");
		}
	}

}
