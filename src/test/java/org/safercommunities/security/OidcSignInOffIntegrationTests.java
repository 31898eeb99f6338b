package org.safercommunities.security;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.safercommunities.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** With OpenID Connect off (the default), sign-in is as it was: the password form only, and no provider at all. */
@IntegrationTest
class OidcSignInOffIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void theSignInPageHasNoProviderButton() throws Exception {
		Document page = Jsoup.parse(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString());

		assertThat(page.selectFirst("#sign-in-oidc")).isNull();
		assertThat(page.text()).doesNotContain("Sign in with");
		assertThat(page.selectFirst("form[action=/login] #email")).isNotNull();
		assertThat(page.selectFirst("form[action=/login] #password")).isNotNull();
	}

	@Test
	void noProviderIsConfiguredAndItsAddressesAreNotServed() throws Exception {
		assertThat(context.getBeansOfType(OidcSignIn.class)).isEmpty();
		assertThat(context.getBeansOfType(ClientRegistrationRepository.class)).isEmpty();
		assertThat(mvc.perform(get("/oauth2/authorization/council")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(get("/login/oidc/refused?no-account")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

}
