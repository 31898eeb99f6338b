package org.safercommunities.security;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.safercommunities.crypto.FieldEncryption;
import org.safercommunities.shared.Role;
import org.safercommunities.support.Authenticator;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The second factor in the test profile as in production: required for roles that see personal data. */
@IntegrationTest
class SecondFactorIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FieldEncryption encryption;

	@Test
	void aRoleThatSeesPersonalDataGetsNothingWithThePasswordAlone() throws Exception {
		StaffUser officer = data.aStaffUser(Role.OFFICER);

		MockHttpServletResponse password = SignIn.attempt(mvc, officer.getEmail(), TestData.PASSWORD).getResponse();
		assertThat(password.getRedirectedUrl()).isEqualTo("/login/mfa");
		Cookie halfSignedIn = password.getCookie(SignIn.SESSION_COOKIE);

		for (String page : List.of("/staff", "/staff/cases", "/staff/people", "/staff/reports", "/staff/account")) {
			assertThat(mvc.perform(get(page).cookie(halfSignedIn)).andReturn().getResponse().getRedirectedUrl())
				.as(page + " with the password alone").isEqualTo("/login/mfa");
		}
		assertThat(mvc.perform(get("/login/mfa").cookie(halfSignedIn)).andReturn().getResponse().getRedirectedUrl())
			.as("not yet set up: set it up first").isEqualTo("/login/mfa/setup");
		assertThat(auditActions(officer.getId())).contains("SIGN_IN_PASSWORD_ACCEPTED").doesNotContain("SIGN_IN");
		assertThat(lastSignedIn(officer.getId())).as("not signed in yet").isNull();
	}

	@Test
	void anAdministratorPageAsksForTheCodeBeforeAnything() throws Exception {
		StaffUser admin = data.aStaffUser(Role.ADMIN);
		Cookie halfSignedIn = SignIn.attempt(mvc, admin.getEmail(), TestData.PASSWORD).getResponse()
			.getCookie(SignIn.SESSION_COOKIE);

		assertThat(mvc.perform(get("/staff/admin/users").cookie(halfSignedIn)).andReturn().getResponse()
			.getRedirectedUrl()).isEqualTo("/login/mfa");
	}

	@Test
	void aRoleWithoutPersonalDataSignsInWithThePasswordAndMaySetUpTheApp() throws Exception {
		StaffUser analyst = data.aStaffUser(Role.ANALYST);

		assertThat(SignIn.attempt(mvc, analyst.getEmail(), TestData.PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/staff");
		Cookie session = SignIn.as(mvc, analyst.getEmail());
		assertThat(mvc.perform(get("/staff/account").cookie(session)).andReturn().getResponse().getContentAsString())
			.contains("Not set up").contains("/login/mfa/setup");

		SignIn.secondFactor(mvc, analyst.getEmail(), session);
		assertThat(SignIn.attempt(mvc, analyst.getEmail(), TestData.PASSWORD).getResponse().getRedirectedUrl())
			.as("once set up, it is asked for").isEqualTo("/login/mfa");
	}

	@Test
	void setUpStoresTheSecretEncryptedAndIssuesRecoveryCodesOnce() throws Exception {
		StaffUser officer = data.aStaffUser(Role.OFFICER);
		Cookie session = SignIn.attempt(mvc, officer.getEmail(), TestData.PASSWORD).getResponse()
			.getCookie(SignIn.SESSION_COOKIE);
		String page = mvc.perform(get("/login/mfa/setup").cookie(session)).andReturn().getResponse()
			.getContentAsString();
		var html = Jsoup.parse(page);
		String secret = html.selectFirst("#secret").text();
		assertThat(html.selectFirst("#qr-code svg path")).as("QR code drawn on the server").isNotNull();
		assertThat(page).doesNotContain("<img").doesNotContain("chart.googleapis");

		MockHttpServletResponse wrong = mvc.perform(post("/login/mfa/setup").with(csrf()).cookie(session)
			.param("code", "000000")).andReturn().getResponse();
		assertThat(wrong.getContentAsString()).contains("The code is not correct");
		assertThat(Jsoup.parse(wrong.getContentAsString()).selectFirst("#secret").text())
			.as("the same secret while setting up").isEqualTo(secret);

		Authenticator.enrolled(officer.getEmail(), secret);
		MockHttpServletResponse done = mvc.perform(post("/login/mfa/setup").with(csrf()).cookie(session)
			.param("code", Authenticator.nextCode(officer.getEmail()))).andReturn().getResponse();
		assertThat(done.getRedirectedUrl()).isEqualTo("/login/mfa/recovery-codes");
		Cookie signedIn = done.getCookie(SignIn.SESSION_COOKIE);
		assertThat(signedIn.getValue()).as("a new session id once signed in").isNotEqualTo(session.getValue());

		String stored = jdbc.sql("select totp_secret from staff_user where id = ?").param(officer.getId())
			.query(String.class).single();
		String plain = secret.replace(" ", "");
		assertThat(stored).doesNotContain(plain);
		assertThat(encryption.decrypt(java.util.Base64.getDecoder().decode(stored), "totp-secret/" + officer.getId()))
			.isEqualTo(Authenticator.secretOf(officer.getEmail()));
		assertThatThrownBy(() -> encryption.decrypt(java.util.Base64.getDecoder().decode(stored), "totp-secret/1"))
			.as("bound to its account").isInstanceOf(RuntimeException.class);
		assertThat(jdbc.sql("select count(*) from staff_recovery_code where staff_user_id = ?").param(officer.getId())
			.query(Long.class).single()).isEqualTo(10);
		assertThat(auditActions(officer.getId())).contains("MFA_ENROLLED", "SIGN_IN");
	}

	@Test
	void aCodeWorksOnceAndWrongCodesAreThrottled() throws Exception {
		StaffUser officer = data.aStaffUser(Role.OFFICER);
		SignIn.as(mvc, officer.getEmail());

		Cookie second = passwordOnly(officer);
		String code = Authenticator.nextCode(officer.getEmail());
		assertThat(postCode(second, code).getRedirectedUrl()).isEqualTo("/staff");
		Cookie third = passwordOnly(officer);
		assertThat(postCode(third, code).getContentAsString()).as("the same code again")
			.contains("The code is not correct or has already been used");

		for (int i = 0; i < 4; i++) {
			postCode(third, "000000");
		}
		assertThat(postCode(third, Authenticator.nextCode(officer.getEmail())).getContentAsString())
			.as("the right code once the codes are locked").contains("Too many wrong codes");
		assertThat(auditActions(officer.getId())).contains("MFA_CODE_FAILED", "MFA_LOCKED");
	}

	@Test
	void aRecoveryCodeWorksOnce() throws Exception {
		StaffUser officer = data.aStaffUser(Role.OFFICER);
		Cookie session = SignIn.attempt(mvc, officer.getEmail(), TestData.PASSWORD).getResponse()
			.getCookie(SignIn.SESSION_COOKIE);
		String page = mvc.perform(get("/login/mfa/setup").cookie(session)).andReturn().getResponse()
			.getContentAsString();
		Authenticator.enrolled(officer.getEmail(), Jsoup.parse(page).selectFirst("#secret").text());
		MockHttpServletResponse done = mvc.perform(post("/login/mfa/setup").with(csrf()).cookie(session)
			.param("code", Authenticator.nextCode(officer.getEmail()))).andReturn().getResponse();
		assertThat(done.getRedirectedUrl()).isEqualTo("/login/mfa/recovery-codes");
		String recoveryCode = newRecoveryCodes(officer);

		Cookie again = passwordOnly(officer);
		MockHttpServletResponse used = mvc.perform(post("/login/mfa/recovery").with(csrf()).cookie(again)
			.param("code", recoveryCode.toUpperCase())).andReturn().getResponse();
		assertThat(used.getRedirectedUrl()).isEqualTo("/staff");

		Cookie once = passwordOnly(officer);
		assertThat(mvc.perform(post("/login/mfa/recovery").with(csrf()).cookie(once).param("code", recoveryCode))
			.andReturn().getResponse().getContentAsString()).contains("The code is not correct or has already been used");
		assertThat(auditActions(officer.getId())).contains("MFA_RECOVERY_CODE_USED", "MFA_RECOVERY_CODE_FAILED");
	}

	@Test
	void theRecoveryCodesPageShowsTheCodesOnlyOnce() throws Exception {
		StaffUser officer = data.aStaffUser(Role.OFFICER);
		Cookie session = SignIn.as(mvc, officer.getEmail());

		var first = Jsoup.parse(mvc.perform(get("/login/mfa/recovery-codes").cookie(session)).andReturn().getResponse()
			.getContentAsString());
		assertThat(first.select("#recovery-codes code")).hasSize(10);
		assertThat(mvc.perform(get("/login/mfa/recovery-codes").cookie(session)).andReturn().getResponse()
			.getRedirectedUrl()).as("opened again").isEqualTo("/staff");
	}

	@Test
	void anAdministratorResetsTheAppAndItIsAudited() throws Exception {
		StaffUser officer = data.aStaffUser(Role.OFFICER);
		SignIn.as(mvc, officer.getEmail());
		StaffUser admin = data.aStaffUser(Role.ADMIN);
		Cookie adminSession = SignIn.as(mvc, admin.getEmail());

		String page = mvc.perform(get("/staff/admin/users/" + officer.getId()).cookie(adminSession)).andReturn()
			.getResponse().getContentAsString();
		assertThat(Jsoup.parse(page).selectFirst("#mfa-status").text()).startsWith("Set up on");
		mvc.perform(post("/staff/admin/users/" + officer.getId() + "/mfa-reset").with(csrf()).cookie(adminSession));

		assertThat(jdbc.sql("select count(*) from staff_user where id = ? and totp_secret is null")
			.param(officer.getId()).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from staff_recovery_code where staff_user_id = ?").param(officer.getId())
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("""
				select count(*) from audit_entry where action = 'STAFF_USER_MFA_RESET' and actor_user_id = ?
				and record_id = ?""").params(admin.getId(), String.valueOf(officer.getId())).query(Long.class).single())
			.isEqualTo(1);
		Authenticator.forget(officer.getEmail());
		Cookie next = passwordOnly(officer);
		assertThat(mvc.perform(get("/login/mfa").cookie(next)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/login/mfa/setup");
	}

	@Test
	void theUsersListShowsLastSignInAndAppStatus() throws Exception {
		StaffUser officer = data.aStaffUser(Role.OFFICER);
		SignIn.as(mvc, officer.getEmail());
		StaffUser neverSignedIn = data.aStaffUser(Role.POLICE);
		Cookie adminSession = SignIn.as(mvc, data.aStaffUser(Role.ADMIN).getEmail());

		var html = Jsoup.parse(mvc.perform(get("/staff/admin/users").cookie(adminSession)).andReturn().getResponse()
			.getContentAsString());
		var officerRow = html.selectFirst("tr:has(td:containsOwn(" + officer.getEmail() + "))");
		var policeRow = html.selectFirst("tr:has(td:containsOwn(" + neverSignedIn.getEmail() + "))");
		assertThat(officerRow.text()).contains("Set up").doesNotContain("Never");
		assertThat(policeRow.text()).contains("Never").contains("Not set up (required)");
	}

	/** Replaces the user's recovery codes through the service, to know one (the page shows them only once). */
	private String newRecoveryCodes(StaffUser user) {
		String code = "abcde-fghjk";
		jdbc.sql("delete from staff_recovery_code where staff_user_id = ?").param(user.getId()).update();
		byte[] mac = encryption.newMac("recovery-code")
			.doFinal((user.getId() + "\n" + "abcdefghjk").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		jdbc.sql("insert into staff_recovery_code (staff_user_id, code_hash, created_at) values (?, ?, ?)")
			.params(user.getId(), java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(mac),
					java.sql.Timestamp.from(Instant.now()))
			.update();
		return code;
	}

	private Cookie passwordOnly(StaffUser user) throws Exception {
		MockHttpServletResponse response = SignIn.attempt(mvc, user.getEmail(), TestData.PASSWORD).getResponse();
		assertThat(response.getRedirectedUrl()).isEqualTo("/login/mfa");
		return response.getCookie(SignIn.SESSION_COOKIE);
	}

	private MockHttpServletResponse postCode(Cookie session, String code) throws Exception {
		return mvc.perform(post("/login/mfa").with(csrf()).cookie(session).param("code", code)).andReturn()
			.getResponse();
	}

	private List<String> auditActions(long userId) {
		return jdbc.sql("select action from audit_entry where actor_user_id = ? order by id").param(userId)
			.query(String.class).list();
	}

	private Instant lastSignedIn(long userId) {
		return jdbc.sql("select last_signed_in_at from staff_user where id = ?").param(userId)
			.query(Instant.class).optional().orElse(null);
	}

}
