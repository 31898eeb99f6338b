package org.safercommunities.security;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class UserAdminIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	Cookie admin;

	Organisation organisation;

	@BeforeEach
	void signInAsAdmin() throws Exception {
		admin = SignIn.as(mvc, data.aStaffUser(Role.ADMIN).getEmail());
		organisation = data.anOrganisation();
	}

	@Test
	void anAdministratorAddsAUserWhoMustThenChooseTheirOwnPassword() throws Exception {
		String email = TestData.unique("new.person") + "@test.example";

		MvcResult result = mvc.perform(post("/staff/admin/users").cookie(admin).with(csrf())
			.param("displayName", "New Person")
			.param("email", email)
			.param("organisationId", organisation.getId().toString())
			.param("roles", "OFFICER", "POLICE")
			.param("password", "temporary-pass-123"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String userId = result.getResponse().getRedirectedUrl().replace("/staff/admin/users/", "");

		mvc.perform(get("/staff/admin/users/" + userId).cookie(admin))
			.andExpect(content().string(containsString(email)))
			.andExpect(content().string(containsString("Community safety officer")))
			.andExpect(content().string(containsString("Police partner")));
		assertThat(actionsOn(userId)).contains("STAFF_USER_CREATED", "STAFF_USER_VIEWED");

		MvcResult firstSignIn = SignIn.attempt(mvc, email, "temporary-pass-123");
		assertThat(firstSignIn.getResponse().getRedirectedUrl()).as("officers need the app first")
			.isEqualTo("/login/mfa");
		Cookie session = SignIn.secondFactor(mvc, email, firstSignIn.getResponse().getCookie(SignIn.SESSION_COOKIE));
		assertThat(mvc.perform(get("/staff").cookie(session)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/staff/account/password");

		mvc.perform(post("/staff/account/password").cookie(session).with(csrf())
			.param("currentPassword", "temporary-pass-123")
			.param("newPassword", "my-own-long-secret")
			.param("confirmPassword", "my-own-long-secret"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/staff").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void badInputGetsSpecificErrorsAndKeepsWhatWasTyped() throws Exception {
		String existing = data.aStaffUser(Role.OFFICER).getEmail();

		mvc.perform(post("/staff/admin/users").cookie(admin).with(csrf())
			.param("displayName", "Typed Name")
			.param("email", existing)
			.param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: Add a staff user")))
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("<a href=\"#email\">A staff user with this email address already exists</a>")))
			.andExpect(content().string(containsString("<a href=\"#organisationId\">Select the person’s organisation</a>")))
			.andExpect(content().string(containsString("<a href=\"#roles\">Select at least one role</a>")))
			.andExpect(content().string(containsString("<a href=\"#password\">Password must be 12 characters or more</a>")))
			.andExpect(content().string(org.hamcrest.Matchers.stringContainsInOrder("href=\"#email\"",
					"href=\"#organisationId\"", "href=\"#roles\"", "href=\"#password\"")))
			.andExpect(content().string(containsString("value=\"Typed Name\"")))
			.andExpect(content().string(containsString("value=\"" + existing + "\"")));
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "disable", "enable", "unlock", "roles", "password" })
	void anActionOnAUserWhoDoesNotExistIsNotFound(String action) throws Exception {
		mvc.perform(post("/staff/admin/users/987654321/" + action).cookie(admin).with(csrf())
			.param("roles", "OFFICER").param("temporaryPassword", "a-long-enough-temporary-password"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/staff/admin/users/987654321").cookie(admin)).andExpect(status().isNotFound());
	}

	@Test
	void disablingAUserStopsTheirSignInAndIsAudited() throws Exception {
		StaffUser officer = data.aStaffUser(Role.OFFICER, organisation);

		mvc.perform(post("/staff/admin/users/" + officer.getId() + "/disable").cookie(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(SignIn.attempt(mvc, officer.getEmail(), TestData.PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/login?disabled");
		assertThat(actionsOn(officer.getId().toString())).contains("STAFF_USER_DISABLED");
	}

	@Test
	void changingRolesIsAuditedAndAtLeastOneRoleIsNeeded() throws Exception {
		StaffUser officer = data.aStaffUser(Role.OFFICER, organisation);

		mvc.perform(post("/staff/admin/users/" + officer.getId() + "/roles").cookie(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/staff/admin/users/" + officer.getId() + "/roles").cookie(admin).with(csrf())
			.param("roles", "ANALYST"))
			.andExpect(status().is3xxRedirection());

		assertThat(jdbc.sql("select role from staff_user_role where staff_user_id = ?").param(officer.getId())
			.query(String.class).list()).containsExactly("ANALYST");
		assertThat(actionsOn(officer.getId().toString())).containsOnlyOnce("STAFF_USER_ROLES_CHANGED");
	}

	@Test
	void aRefusedTemporaryPasswordComesBackWithItsMessageAndIsNeverKeptInTheSession() throws Exception {
		StaffUser officer = data.aStaffUser(Role.OFFICER, organisation);

		MvcResult refused = mvc.perform(post("/staff/admin/users/" + officer.getId() + "/password").cookie(admin)
			.with(csrf()).param("temporaryPassword", "Xq7-tiny")).andReturn();

		assertThat(refused.getResponse().getRedirectedUrl()).endsWith("#reset-password");
		assertThat(refused.getFlashMap().toString()).contains("password.too-short").doesNotContain("Xq7-tiny");
		String page = mvc.perform(get("/staff/admin/users/" + officer.getId()).cookie(admin)
			.flashAttrs(refused.getFlashMap())).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("<title>Error: ",
				"<a href=\"#temporaryPassword\">Password must be 12 characters or more</a>")
			.containsPattern("id=\"temporaryPassword-error\">\\s*<span[^>]*>Error:</span>\\s*Password must be 12 characters or more");
	}

	@Test
	void listingStaffUsersIsAudited() throws Exception {
		long before = jdbc.sql("select count(*) from audit_entry where action = 'STAFF_USERS_LISTED'").query(Long.class).single();

		mvc.perform(get("/staff/admin/users").cookie(admin)).andExpect(status().isOk());

		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'STAFF_USERS_LISTED'").query(Long.class)
			.single()).isEqualTo(before + 1);
	}

	private java.util.List<String> actionsOn(String userId) {
		return jdbc.sql("select action from audit_entry where record_type = 'staff_user' and record_id = ?")
			.param(userId)
			.query(String.class)
			.list();
	}

}
