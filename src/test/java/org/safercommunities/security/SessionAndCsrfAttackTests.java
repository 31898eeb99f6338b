package org.safercommunities.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The attack tests of issue 18 that concern the session rather than the input: CSRF on every state-changing request
 * the application maps (found from Spring MVC's own mappings, so a new controller is covered without a line here),
 * session fixation at sign-in, logout, cookie flags and the security headers on every kind of page.
 */
@IntegrationTest
class SessionAndCsrfAttackTests {

	private static final Set<RequestMethod> STATE_CHANGING = Set.of(RequestMethod.POST, RequestMethod.PUT,
			RequestMethod.PATCH, RequestMethod.DELETE);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/** Every mapped POST, PUT, PATCH and DELETE, its path variables filled with 1. */
	private List<MockHttpServletRequestBuilder> stateChangingRequests() {
		Set<String> seen = new TreeSet<>();
		List<MockHttpServletRequestBuilder> requests = new ArrayList<>();
		mappings.getHandlerMethods().keySet().forEach(info -> info.getMethodsCondition().getMethods().stream()
			.filter(STATE_CHANGING::contains)
			.forEach(method -> info.getPatternValues().forEach(pattern -> {
				String path = pattern.replaceAll("\\{[^}]*}", "1").replace("/**", "/x");
				if (seen.add(method + " " + path)) {
					requests.add(request(org.springframework.http.HttpMethod.valueOf(method.name()), path));
				}
			})));
		return requests;
	}

	@Test
	void everyStateChangingRequestWithoutItsTokenIsRefusedBeforeAnyControllerRuns() throws Exception {
		Cookie administrator = SignIn.as(mvc, data.aStaffUser(Role.ADMIN).getEmail());
		List<MockHttpServletRequestBuilder> requests = stateChangingRequests();
		assertThat(requests).as("state-changing endpoints found").hasSizeGreaterThan(100);

		List<String> failures = new ArrayList<>();
		for (MockHttpServletRequestBuilder request : requests) {
			for (Cookie session : new Cookie[] { null, administrator }) {
				MockHttpServletRequestBuilder attempt = session == null ? request : request.cookie(session);
				MvcResult result = mvc.perform(attempt).andReturn();
				String who = session == null ? "anyone" : "a signed-in administrator";
				String target = result.getRequest().getMethod() + " " + result.getRequest().getRequestURI();
				// A refusal by the CSRF filter happens before Spring MVC chooses a handler.
				if (result.getResponse().getStatus() != 403 || result.getHandler() != null) {
					failures.add(target + " from " + who + " without a CSRF token: status "
							+ result.getResponse().getStatus() + (result.getHandler() == null ? "" : ", reached "
									+ result.getHandler()));
				}
			}
		}
		assertThat(failures).as("of %d state-changing requests", requests.size()).isEmpty();
	}

	@Test
	void aStaffRequestWithItsTokenButNoSessionGoesToSignIn() throws Exception {
		// The pair to the test above: the same kind of request with a token is stopped by sign-in, not by CSRF,
		// so the 403s above are the token's.
		MockHttpServletResponse response = mvc.perform(request(org.springframework.http.HttpMethod.POST,
				"/staff/account/password").with(csrf())).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void signingInGivesANewSessionIdSoAPlantedOneIsWorthless() throws Exception {
		// Someone at a shared computer opens a staff page: the saved request creates a session before sign-in.
		Cookie planted = mvc.perform(get("/staff/cases")).andReturn().getResponse()
			.getCookie(SignIn.SESSION_COOKIE);
		assertThat(planted).as("a session before sign-in").isNotNull();

		StaffUser officer = data.aStaffUser(Role.OFFICER);
		MvcResult password = mvc.perform(request(org.springframework.http.HttpMethod.POST, "/login").with(csrf())
			.cookie(planted).param("email", officer.getEmail()).param("password", TestData.PASSWORD)).andReturn();
		assertThat(password.getResponse().getRedirectedUrl()).isEqualTo("/login/mfa");
		Cookie afterPassword = password.getResponse().getCookie(SignIn.SESSION_COOKIE);
		assertThat(afterPassword).isNotNull();
		assertThat(afterPassword.getValue()).isNotEqualTo(planted.getValue());

		Cookie signedIn = SignIn.secondFactor(mvc, officer.getEmail(), afterPassword);
		assertThat(signedIn.getValue()).isNotEqualTo(planted.getValue());
		assertThat(mvc.perform(get("/staff").cookie(planted)).andReturn().getResponse().getStatus())
			.as("the planted session is not signed in").isEqualTo(302);
	}

	@Test
	void theSessionCookieIsHiddenFromScriptsAndNotSentFromOtherSites() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/staff/cases")).andReturn().getResponse();
		String setCookie = response.getHeaders("Set-Cookie").stream()
			.filter(header -> header.startsWith(SignIn.SESSION_COOKIE + "="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie set: " + response.getHeaders("Set-Cookie")));
		assertThat(setCookie).contains("HttpOnly", "SameSite=Lax", "Path=/");
	}

	@Test
	void signingOutByALinkDoesNothingAndByTheFormEndsTheSession() throws Exception {
		Cookie session = SignIn.as(mvc, data.aStaffUser(Role.OFFICER).getEmail());

		mvc.perform(get("/logout").cookie(session)).andReturn();
		assertThat(mvc.perform(get("/staff").cookie(session)).andReturn().getResponse().getStatus())
			.as("a GET to /logout (an image on another site) does not sign out").isEqualTo(200);

		MockHttpServletResponse out = mvc.perform(request(org.springframework.http.HttpMethod.POST, "/logout")
			.cookie(session).with(csrf())).andReturn().getResponse();
		assertThat(out.getRedirectedUrl()).isEqualTo("/login?signed-out");
		Cookie cleared = out.getCookie(SignIn.SESSION_COOKIE);
		assertThat(cleared).as("the session cookie is deleted").isNotNull();
		assertThat(cleared.getMaxAge()).isZero();
		assertThat(mvc.perform(get("/staff").cookie(session)).andReturn().getResponse().getStatus())
			.as("the old session id no longer works").isEqualTo(302);
	}

	@Test
	void everyKindOfPageCarriesTheSecurityHeaders() throws Exception {
		Cookie officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER).getEmail());
		record Page(String kind, MockHttpServletRequestBuilder request, boolean html) {
		}
		List<Page> pages = List.of(new Page("public page", get("/"), true),
				new Page("public report journey", get("/report"), true),
				new Page("sign-in page", get("/login"), true),
				new Page("staff page", get("/staff").cookie(officer), true),
				new Page("staff list", get("/staff/cases").cookie(officer), true),
				new Page("page not found", get("/no-such-page"), true),
				new Page("refused page", get("/staff/admin/users").cookie(officer), true),
				new Page("stylesheet", get("/css/safer.css"), false),
				new Page("health check", get("/actuator/health"), false));

		List<String> failures = new ArrayList<>();
		for (Page page : pages) {
			MockHttpServletResponse response = mvc.perform(page.request()).andReturn().getResponse();
			expect(failures, page.kind(), response, "X-Content-Type-Options", "nosniff");
			expect(failures, page.kind(), response, "X-Frame-Options", "DENY");
			expect(failures, page.kind(), response, "Referrer-Policy", "no-referrer");
			expect(failures, page.kind(), response, "Cross-Origin-Opener-Policy", "same-origin");
			if (page.html()) {
				expect(failures, page.kind(), response, "Cache-Control", "no-store");
				expect(failures, page.kind(), response, "Content-Security-Policy", "frame-ancestors 'none'");
			}
		}
		assertThat(failures).isEmpty();
	}

	private static void expect(List<String> failures, String kind, MockHttpServletResponse response, String header,
			String expected) {
		String value = response.getHeader(header);
		if (value == null || !value.contains(expected)) {
			failures.add(kind + " (status " + response.getStatus() + "): " + header + " was " + value
					+ ", expected it to contain " + expected);
		}
	}

}
