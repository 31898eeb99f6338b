package org.safercommunities.security;

import org.junit.jupiter.api.Test;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SignInIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void rightPasswordOpensTheStaffPagesAndIsAudited() throws Exception {
		StaffUser officer = data.aStaffUser(Role.OFFICER);

		var session = SignIn.as(mvc, officer.getEmail());

		mvc.perform(get("/staff").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(officer.getEmail())));
		assertThat(auditActions(officer.getId())).contains("SIGN_IN");
	}

	@Test
	void emailIsCaseInsensitive() throws Exception {
		StaffUser officer = data.aStaffUser(Role.OFFICER);

		MvcResult result = SignIn.attempt(mvc, officer.getEmail().toUpperCase(), TestData.PASSWORD);

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/staff");
	}

	@Test
	void wrongPasswordShowsAnErrorAndKeepsTheTypedEmail() throws Exception {
		StaffUser officer = data.aStaffUser(Role.OFFICER);

		MvcResult result = SignIn.attempt(mvc, officer.getEmail(), "not-the-password");

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		MockHttpSession session = (MockHttpSession) result.getRequest().getSession();
		mvc.perform(get("/login?error").session(session).cookie(result.getResponse().getCookies()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<title>Error: Sign in")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Enter a correct email address and password")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"" + officer.getEmail() + "\"")));
		assertThat(auditActions(officer.getId())).contains("SIGN_IN_FAILED");
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightPassword() throws Exception {
		StaffUser officer = data.aStaffUser(Role.OFFICER);

		for (int attempt = 1; attempt <= 4; attempt++) {
			assertThat(SignIn.attempt(mvc, officer.getEmail(), "wrong-" + attempt).getResponse().getRedirectedUrl())
				.isEqualTo("/login?error");
		}
		assertThat(SignIn.attempt(mvc, officer.getEmail(), "wrong-5").getResponse().getRedirectedUrl())
			.isEqualTo("/login?locked");
		assertThat(SignIn.attempt(mvc, officer.getEmail(), TestData.PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/login?locked");

		mvc.perform(get("/login?locked"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Your account is locked")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("15 minutes")));
		assertThat(auditActions(officer.getId())).contains("ACCOUNT_LOCKED", "SIGN_IN_REFUSED_LOCKED");
	}

	@Test
	void unknownAddressesAreLockedOutTooSoTheMessageRevealsNothing() throws Exception {
		String nobody = TestData.unique("nobody") + "@test.example";
		for (int attempt = 1; attempt <= 5; attempt++) {
			SignIn.attempt(mvc, nobody, "guess-" + attempt);
		}
		assertThat(SignIn.attempt(mvc, nobody, "guess-6").getResponse().getRedirectedUrl())
			.isEqualTo("/login?locked");
		assertThat(jdbc.sql("select count(*) from audit_entry where actor_name = ?").param(nobody)
			.query(Long.class).single()).as("typed unknown names are not kept").isZero();
	}

	@Test
	void anAdministratorCanUnlock() throws Exception {
		StaffUser officer = data.aStaffUser(Role.OFFICER);
		var admin = SignIn.as(mvc, data.aStaffUser(Role.ADMIN).getEmail());
		for (int attempt = 1; attempt <= 5; attempt++) {
			SignIn.attempt(mvc, officer.getEmail(), "wrong-" + attempt);
		}
		mvc.perform(get("/staff/admin/users/" + officer.getId()).cookie(admin))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Locked after failed sign-ins")));

		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/staff/admin/users/" + officer.getId() + "/unlock")
			.cookie(admin)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(SignIn.attempt(mvc, officer.getEmail(), TestData.PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/staff");
		assertThat(auditActions(officer.getId())).contains("STAFF_USER_UNLOCKED");
	}

	@Test
	void aDisabledAccountCannotSignIn() throws Exception {
		StaffUser officer = data.aStaffUser(Role.OFFICER);
		jdbc.sql("update staff_user set enabled = false where id = ?").param(officer.getId()).update();

		assertThat(SignIn.attempt(mvc, officer.getEmail(), TestData.PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/login?disabled");
	}

	@Test
	void staffOfAnInactiveOrganisationCannotSignIn() throws Exception {
		var organisation = data.anOrganisation();
		StaffUser worker = data.aStaffUser(Role.CENTRE_WORKER, organisation);
		jdbc.sql("update organisation set active = false where id = ?").param(organisation.getId()).update();

		assertThat(SignIn.attempt(mvc, worker.getEmail(), TestData.PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/login?disabled");
	}

	@Test
	void signOutEndsTheSessionAndIsAudited() throws Exception {
		StaffUser officer = data.aStaffUser(Role.OFFICER);
		var session = SignIn.as(mvc, officer.getEmail());

		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/logout")
			.cookie(session)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().is3xxRedirection());

		mvc.perform(get("/staff").cookie(session)).andExpect(status().is3xxRedirection());
		assertThat(auditActions(officer.getId())).contains("SIGN_OUT");
	}

	@Test
	void anExpiredSessionSaysSo() throws Exception {
		StaffUser officer = data.aStaffUser(Role.OFFICER);
		var session = SignIn.as(mvc, officer.getEmail());
		jdbc.sql("update spring_session set expiry_time = 0, last_access_time = 0").update();

		MvcResult result = mvc.perform(get("/staff").cookie(session)).andReturn();

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?timed-out");
		mvc.perform(get("/login?timed-out"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("you had not done anything for a while")));
	}

	private java.util.List<String> auditActions(long userId) {
		return jdbc.sql("select action from audit_entry where actor_user_id = ? or (record_type = 'staff_user' and record_id = ?)")
			.params(userId, String.valueOf(userId))
			.query(String.class)
			.list();
	}

}
