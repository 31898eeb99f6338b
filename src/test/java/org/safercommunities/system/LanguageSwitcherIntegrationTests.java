package org.safercommunities.system;

import org.junit.jupiter.api.Test;
import org.safercommunities.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;

/** With more than one language configured, every page offers each by its own name, keeping the address. */
@IntegrationTest
@TestPropertySource(properties = "safer.i18n.languages=en,pl")
class LanguageSwitcherIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theSwitcherLinksToTheSamePageInEachLanguage() throws Exception {
		mvc.perform(get("/get-help"))
			.andExpect(content().string(containsString("href=\"http://localhost/get-help?lang=pl\"")))
			.andExpect(content().string(containsString("lang=\"pl\" hreflang=\"pl\">Polski</a>")))
			.andExpect(content().string(containsString("aria-current=\"true\" lang=\"en\">English</span>")));
	}

	@Test
	void choosingALanguageSetsIt() throws Exception {
		mvc.perform(get("/get-help?lang=pl"))
			.andExpect(cookie().value("safer_lang", "pl"))
			.andExpect(content().string(containsString("<html class=\"govuk-template\" lang=\"pl\"")));
	}

}
