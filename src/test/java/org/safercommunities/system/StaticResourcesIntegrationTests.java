package org.safercommunities.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.junit.jupiter.api.Test;
import org.safercommunities.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Static files live under fixed prefixes (StaticResourceConfiguration); everything a page links to still loads. */
@IntegrationTest
class StaticResourcesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ResourceUrlProvider resourceUrls;

	@Test
	void ownStylesScriptsWebJarsAndGovukAssetsAreServed() throws Exception {
		mvc.perform(get("/css/safer.css")).andExpect(status().isOk());
		mvc.perform(get("/js/init.js")).andExpect(status().isOk());
		mvc.perform(get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css")).andExpect(status().isOk());
		mvc.perform(get("/webjars/leaflet/dist/leaflet.js")).andExpect(status().isOk());
		mvc.perform(get("/assets/images/favicon.ico")).andExpect(status().isOk());
	}

	@Test
	void pagesLinkToTheStaticFilesTheyNeed() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("href=\"/css/safer.css\"")))
			.andExpect(content().string(Matchers.containsString("/webjars/govuk-frontend/")))
			.andExpect(content().string(Matchers.containsString("href=\"/assets/images/favicon.ico\"")));
	}

	/** A catch-all handler would make every link on every page a class-path look-up (see the configuration). */
	@Test
	void noCatchAllStaticHandlerSoOrdinaryLinksAreNotLookedUp() {
		assertThat(resourceUrls.getHandlerMap().keySet()).containsExactlyInAnyOrder("/assets/**", "/webjars/**", "/css/**",
				"/js/**");
		assertThat(resourceUrls.getForLookupPath("/report/who")).isNull();
	}

}
