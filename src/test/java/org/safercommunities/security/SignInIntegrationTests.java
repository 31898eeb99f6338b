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

		assertThat(result.getResponse().getRedirectedUrl()).as("password accepted; the app's code comes next")
			.isEqualTo("/login/mfa");
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
			.as("password accepted").isEqualTo("/login/mfa");
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

	@Test
	void aLockOutAtOneAddressLeavesTheColleagueAtTheirOwnDeskAlone() throws Exception {
		StaffUser officer = data.aStaffUser(Role.OFFICER);
		for (int attempt = 1; attempt <= 5; attempt++) {
			mvc.perform(signIn(officer.getEmail(), "wrong-" + attempt, "203.0.113.66"));
		}
		assertThat(mvc.perform(signIn(officer.getEmail(), TestData.PASSWORD, "203.0.113.66")).andReturn().getResponse()
			.getRedirectedUrl())
			.as("the guesser's address").isEqualTo("/login?locked");
		assertThat(mvc.perform(signIn(officer.getEmail(), TestData.PASSWORD, "198.51.100.7")).andReturn().getResponse()
			.getRedirectedUrl())
			.as("the officer at their own desk").isEqualTo("/login/mfa");
	}

	@Test
	void aWrongPasswordForADisabledAccountSaysNothingAboutTheAccount() throws Exception {
		StaffUser officer = data.aStaffUser(Role.OFFICER);
		jdbc.sql("update staff_user set enabled = false where id = ?").param(officer.getId()).update();

		assertThat(SignIn.attempt(mvc, officer.getEmail(), "not-the-password").getResponse().getRedirectedUrl())
			.as("a stranger with the address only").isEqualTo("/login?error");
	}

	@Autowired
	DormantAccounts dormant;

	@Test
	void anAccountUnusedFor90DaysIsDisabledAuditedAndToldSoOnlyWithTheRightPassword() throws Exception {
		StaffUser unused = data.aStaffUser(Role.PARTNER);
		StaffUser recent = data.aStaffUser(Role.PARTNER);
		jdbc.sql("update staff_user set created_at = ?, last_signed_in_at = null where id = ?")
			.params(java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(91))), unused.getId())
			.update();
		jdbc.sql("update staff_user set last_signed_in_at = ? where id = ?")
			.params(java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(89))), recent.getId())
			.update();

		assertThat(dormant.disableUnused()).isPositive();

		assertThat(jdbc.sql("select enabled from staff_user where id = ?").param(unused.getId()).query(Boolean.class)
			.single()).isFalse();
		assertThat(jdbc.sql("select enabled from staff_user where id = ?").param(recent.getId()).query(Boolean.class)
			.single()).isTrue();
		assertThat(jdbc.sql("""
				select count(*) from audit_entry where action = 'STAFF_USER_DISABLED_DORMANT' and record_id = ?
				and actor_name = 'system'""").param(String.valueOf(unused.getId())).query(Long.class).single())
			.isEqualTo(1);
		assertThat(SignIn.attempt(mvc, unused.getEmail(), "not-the-password").getResponse().getRedirectedUrl())
			.isEqualTo("/login?error");
		MvcResult right = SignIn.attempt(mvc, unused.getEmail(), TestData.PASSWORD);
		assertThat(right.getResponse().getRedirectedUrl()).isEqualTo("/login?dormant");
		mvc.perform(get("/login?dormant"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("nobody signed in to it for 90 days")));
	}

	static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn(String email,
			String password, String address) {
		return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
			.param("email", email)
			.param("password", password)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			});
	}

}
