package org.safercommunities.security;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safercommunities.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Guard: every handler under /staff, whatever module adds it, refuses a visitor who is not signed in.
 * A new staff page that slips past the security rules fails here.
 */
@IntegrationTest
class StaffEndpointGuardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyStaffAddressNeedsSignIn() throws Exception {
		int checked = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
			for (String pattern : mapping.getKey().getPatternValues()) {
				if (!pattern.startsWith("/staff")) {
					continue;
				}
				String path = pattern.replaceAll("\\{[^}]+}", "1");
				for (RequestMethod method : methodsOf(mapping.getKey())) {
					int status = mvc.perform(request(method.asHttpMethod(), path)).andReturn().getResponse().getStatus();
					assertThat(status).as(method + " " + path).isIn(302, 403);
					checked++;
				}
			}
		}
		assertThat(checked).as("staff endpoints checked").isGreaterThan(10);
	}

	/** And every one of them refuses an officer who gave the password but not yet the authenticator's code. */
	@Test
	void everyStaffAddressNeedsTheSecondFactorWhereTheRoleSeesPersonalData() throws Exception {
		var officer = data.aStaffUser(org.safercommunities.shared.Role.OFFICER);
		jakarta.servlet.http.Cookie halfSignedIn = org.safercommunities.support.SignIn
			.attempt(mvc, officer.getEmail(), org.safercommunities.support.TestData.PASSWORD).getResponse()
			.getCookie(org.safercommunities.support.SignIn.SESSION_COOKIE);
		int checked = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
			for (String pattern : mapping.getKey().getPatternValues()) {
				if (!pattern.startsWith("/staff")) {
					continue;
				}
				String path = pattern.replaceAll("\\{[^}]+}", "1");
				for (RequestMethod method : methodsOf(mapping.getKey())) {
					var request = request(method.asHttpMethod(), path).cookie(halfSignedIn);
					if (method != RequestMethod.GET) {
						request.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
					}
					var response = mvc.perform(request).andReturn().getResponse();
					assertThat(response.getRedirectedUrl()).as(method + " " + path + " with the password alone")
						.isEqualTo("/login/mfa");
					checked++;
				}
			}
		}
		assertThat(checked).as("staff endpoints checked").isGreaterThan(10);
	}

	@Autowired
	org.safercommunities.support.TestData data;

	private static java.util.Set<RequestMethod> methodsOf(RequestMappingInfo info) {
		var methods = info.getMethodsCondition().getMethods();
		return methods.isEmpty() ? java.util.Set.of(RequestMethod.GET) : methods;
	}

}
