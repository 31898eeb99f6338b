package org.safercommunities.system;

import org.junit.jupiter.api.Test;
import org.safercommunities.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class LanguageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aSupportedLanguageIsRememberedInAnEssentialCookie() throws Exception {
		var response = mvc.perform(get("/?lang=en")).andExpect(status().isOk()).andReturn().getResponse();

		assertThat(response.getCookie("safer_lang")).isNotNull();
		assertThat(response.getContentAsString()).contains("<html class=\"govuk-template\" lang=\"en\"");
	}

	@Test
	void anUnofferedLanguageFallsBackToTheDefaultInsteadOfMixingLanguages() throws Exception {
		var response = mvc.perform(get("/?lang=xx")).andExpect(status().isOk()).andReturn().getResponse();

		assertThat(response.getCookie("safer_lang")).isNull();
		assertThat(response.getContentAsString()).contains("lang=\"en\"");
	}

}
