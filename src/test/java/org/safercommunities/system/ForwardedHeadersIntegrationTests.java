package org.safercommunities.system;

import org.junit.jupiter.api.Test;
import org.safercommunities.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Links never come from the request's Host or X-Forwarded-Host, even through a trusted proxy: a forged host must
 * not turn the service's own links or redirects into links to somewhere else. (Same settings as the rate limit
 * tests, so the two share one application context.)
 */
@IntegrationTest
@TestPropertySource(properties = { "safer.reporting.rate-limit.reports-per-client=2",
		"safer.reporting.rate-limit.follow-up-attempts-per-client=3", "safer.web.trusted-proxies=10.0.0.0/8" })
class ForwardedHeadersIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aForgedForwardedHostNeverAppearsInLinksOrRedirects() throws Exception {
		for (String client : new String[] { "192.0.2.31", "10.9.9.9" }) {
			for (String page : new String[] { "/get-help", "/report", "/follow-up", "/directory", "/" }) {
				MvcResult result = forged(page, client);
				assertThat(result.getResponse().getStatus()).as(page).isEqualTo(200);
				assertThat(result.getResponse().getContentAsString()).as(page + " from " + client)
					.contains("href=\"http://localhost" + page + "?lang=pl\"")
					.doesNotContain("evil.example");
			}
			MvcResult staff = forged("/staff", client);
			assertThat(staff.getResponse().getRedirectedUrl()).isEqualTo("/login");
			assertThat(staff.getResponse().getHeader("Location")).doesNotContain("evil.example");
		}
	}

	@Test
	void aTrustedProxySaysWhetherTheClientUsedHttpsAndNobodyElseDoes() throws Exception {
		MvcResult viaProxy = mvc.perform(get("/get-help").header("X-Forwarded-Proto", "https").with(from("10.0.0.5")))
			.andReturn();
		MvcResult direct = mvc.perform(get("/get-help").header("X-Forwarded-Proto", "https").with(from("192.0.2.32")))
			.andReturn();

		assertThat(viaProxy.getResponse().getHeader("Strict-Transport-Security")).as("HSTS through the proxy").isNotNull();
		assertThat(direct.getResponse().getHeader("Strict-Transport-Security")).as("HSTS for a forged header").isNull();
	}

	private MvcResult forged(String page, String client) throws Exception {
		return mvc.perform(get(page).header("Host", "evil.example")
			.header("X-Forwarded-Host", "evil.example")
			.header("X-Forwarded-Proto", "https")
			.header("Forwarded", "host=evil.example;proto=https")
			.with(from(client))).andReturn();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
