package org.safercommunities.system;

import org.junit.jupiter.api.Test;
import org.safercommunities.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SecurityHeadersIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void everyPageHasAStrictNoncedContentSecurityPolicy() throws Exception {
		MockHttpServletResponse first = mvc.perform(get("/")).andReturn().getResponse();
		MockHttpServletResponse second = mvc.perform(get("/")).andReturn().getResponse();

		String policy = first.getHeader("Content-Security-Policy");
		assertThat(policy).contains("script-src 'self' 'nonce-", "frame-ancestors 'none'", "object-src 'none'")
			.doesNotContain("unsafe-inline", "unsafe-eval");
		assertThat(policy).isNotEqualTo(second.getHeader("Content-Security-Policy"));
		String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
		assertThat(first.getContentAsString()).contains("nonce=\"" + nonce + "\"");
	}

	@Test
	void framingReferrerAndPermissionsAreLockedDown() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/login")).andReturn().getResponse();

		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("Permissions-Policy")).contains("camera=()");
	}

	@Test
	void hstsIsSentOnlyOverHttps() throws Exception {
		assertThat(mvc.perform(get("/").secure(true)).andReturn().getResponse().getHeader("Strict-Transport-Security"))
			.contains("max-age=31536000", "includeSubDomains");
		assertThat(mvc.perform(get("/")).andReturn().getResponse().getHeader("Strict-Transport-Security")).isNull();
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() throws Exception {
		mvc.perform(post("/login").param("email", "a@b.example").param("password", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void everyFormCarriesTheCsrfToken() throws Exception {
		assertThat(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString())
			.containsPattern("<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\"");
	}

}
