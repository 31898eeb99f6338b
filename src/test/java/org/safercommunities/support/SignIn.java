package org.safercommunities.support;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/** Signs in through the real sign-in form and returns the session cookie, as a browser would keep it. */
public final class SignIn {

	public static final String SESSION_COOKIE = "SAFER_SESSION";

	private SignIn() {
	}

	public static Cookie as(MockMvc mvc, String email) throws Exception {
		MvcResult result = attempt(mvc, email, TestData.PASSWORD);
		assertThat(result.getResponse().getRedirectedUrl()).as("sign-in of " + email).isEqualTo("/staff");
		Cookie cookie = result.getResponse().getCookie(SESSION_COOKIE);
		assertThat(cookie).as("session cookie").isNotNull();
		return cookie;
	}

	public static MvcResult attempt(MockMvc mvc, String email, String password) throws Exception {
		return mvc.perform(formLogin("/login").userParameter("email").user(email).password(password)).andReturn();
	}

}
