package org.safercommunities.support;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Signs in through the real sign-in pages and returns the session cookie, as a browser would keep it: the password,
 * then (for a user whose role needs one) the authenticator app, set up on the real enrolment page the first time
 * (its secret read off the page, as a person types it into an app) and a fresh code from it after that.
 */
public final class SignIn {

	public static final String SESSION_COOKIE = "SAFER_SESSION";

	private SignIn() {
	}

	public static Cookie as(MockMvc mvc, String email) throws Exception {
		return as(mvc, email, TestData.PASSWORD);
	}

	public static Cookie as(MockMvc mvc, String email, String password) throws Exception {
		MvcResult result = attempt(mvc, email, password);
		String redirect = result.getResponse().getRedirectedUrl();
		Cookie cookie = result.getResponse().getCookie(SESSION_COOKIE);
		assertThat(cookie).as("session cookie").isNotNull();
		if ("/login/mfa".equals(redirect)) {
			return secondFactor(mvc, email, cookie);
		}
		assertThat(redirect).as("sign-in of " + email).isEqualTo("/staff");
		return cookie;
	}

	public static MvcResult attempt(MockMvc mvc, String email, String password) throws Exception {
		return mvc.perform(formLogin("/login").userParameter("email").user(email).password(password)).andReturn();
	}

	/** The step after the password: sets the app up if the server asks, else gives its next code. */
	public static Cookie secondFactor(MockMvc mvc, String email, Cookie cookie) throws Exception {
		MockHttpServletResponse codePage = mvc.perform(get("/login/mfa").cookie(cookie)).andReturn().getResponse();
		if ("/login/mfa/setup".equals(codePage.getRedirectedUrl())) {
			String page = mvc.perform(get("/login/mfa/setup").cookie(cookie)).andReturn().getResponse()
				.getContentAsString();
			Authenticator.enrolled(email, Jsoup.parse(page).selectFirst("#secret").text());
			MockHttpServletResponse done = mvc.perform(post("/login/mfa/setup").with(csrf()).cookie(cookie)
				.param("code", Authenticator.nextCode(email))).andReturn().getResponse();
			assertThat(done.getRedirectedUrl()).as("authenticator set up for " + email)
				.isEqualTo("/login/mfa/recovery-codes");
			return renewed(done, cookie);
		}
		assertThat(codePage.getStatus()).as("the code page for " + email).isEqualTo(200);
		MockHttpServletResponse done = mvc.perform(post("/login/mfa").with(csrf()).cookie(cookie)
			.param("code", Authenticator.nextCode(email))).andReturn().getResponse();
		assertThat(done.getRedirectedUrl()).as("code accepted for " + email).isEqualTo("/staff");
		return renewed(done, cookie);
	}

	/** The session id changes once the second factor is given (against session fixation). */
	private static Cookie renewed(MockHttpServletResponse response, Cookie old) {
		Cookie fresh = response.getCookie(SESSION_COOKIE);
		return fresh != null ? fresh : old;
	}

}
