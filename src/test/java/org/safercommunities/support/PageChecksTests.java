package org.safercommunities.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The page check finds what it is for, and leaves code and ordinary text alone. */
class PageChecksTests {

	@Test
	void findsUnfilledPlaceholdersMissingKeysAndUsDates() {
		assertThat(PageChecks.problemsIn("<p>We shared your report on {0}.</p>")).singleElement()
			.asString().contains("unfilled message placeholder \"{0}\"");
		assertThat(PageChecks.problemsIn("<p>It is due on '{1}'.</p>")).singleElement().asString().contains("'{1}'");
		assertThat(PageChecks.problemsIn("<p>{0,number,integer} reports</p>")).hasSize(1);
		assertThat(PageChecks.problemsIn("<input aria-label=\"Rate {2}\">")).hasSize(1);
		assertThat(PageChecks.problemsIn("<h1>??reporting.title_en??</h1>")).singleElement().asString()
			.contains("missing message key");
		assertThat(PageChecks.problemsIn("<td>December 1, 2026</td>")).singleElement().asString().contains("US-style date");
	}

	@Test
	void leavesScriptsAndOrdinaryTextAlone() {
		assertThat(PageChecks.problemsIn("<script>const rows = {0: 'a'}; const t = `${x}{1}`;</script>"
				+ "<style>.a{color:red}</style><p>1 December 2026, {with braces} and a ? or two ??</p>"
				+ "<div data-json='{\"a\":1}'></div>")).isEmpty();
	}

	@Test
	void failsNamingThePageAndTheText() {
		assertThatThrownBy(() -> PageChecks.assertClean("/follow-up/report", "<p>Shared on {0}.</p>"))
			.hasMessageContaining("/follow-up/report").hasMessageContaining("{0}").hasMessageContaining("Shared on");
	}

}
