package org.safercommunities.security;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.safercommunities.shared.Role;
import org.safercommunities.support.Authenticator;
import org.safercommunities.support.TestConfig;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in with a council's identity provider, end to end: Spring Authorization Server runs in the test on a loopback
 * port ({@link CouncilIdentityProvider}), the application runs on a real port with OpenID Connect on, and a client
 * holding cookies as a browser does goes through the real authorization code flow: the button, the provider's own
 * login form, the way back with the code, and the application's pages after it. The provider is not trusted for the
 * second factor here (the default).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@Import(TestConfig.class)
class OidcSignInIntegrationTests {

	private static final OidcFlow FLOW = new OidcFlow();

	private static final String APP = FLOW.app;

	@DynamicPropertySource
	static void signInWithTheProvider(DynamicPropertyRegistry properties) {
		FLOW.properties(properties);
	}

	@AfterAll
	static void stopTheProvider() {
		FLOW.stop();
	}

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;


	@Test
	void theSignInPageOffersTheProviderBesideThePasswordForm() throws Exception {
		Document page = Jsoup.parse(FLOW.visitor().get(APP + "/login").body());

		assertThat(page.selectFirst("#sign-in-oidc")).isNotNull();
		assertThat(page.selectFirst("#sign-in-oidc").text()).isEqualTo("Sign in with Test Council account");
		assertThat(page.selectFirst("#sign-in-oidc").attr("href")).isEqualTo("/oauth2/authorization/council");
		assertThat(page.selectFirst("form[action=/login] #email")).as("the password form as well").isNotNull();

		// The provider is told to send people back to safer.web.base-url, not to the address the request named.
		HttpResponse<String> byAnotherName = FLOW.visitor()
			.get("http://127.0.0.1:" + FLOW.appPort + "/oauth2/authorization/council");
		assertThat(byAnotherName.headers().firstValue("Location").orElseThrow()).contains("redirect_uri=" + FLOW.callback + "&");
	}

	@Test
	void anAnalystSignsInAtTheProviderWithTheRolesTheAdministratorGaveThem() throws Exception {
		StaffUser analyst = data.aStaffUser(Role.ANALYST);
		// The provider spells the address its own way: case does not matter.
		String username = providerUser(analyst.getEmail().toUpperCase(java.util.Locale.ROOT), true, List.of("pwd"));
		long usersBefore = users();
		OidcFlow.Visitor visitor = FLOW.visitor();

		String landing = visitor.signInAtProvider(username);

		assertThat(landing).isEqualTo("/staff");
		assertThat(visitor.sessionIdChanged()).as("a new session id once signed in").isTrue();
		HttpResponse<String> home = visitor.get(APP + "/staff");
		assertThat(home.statusCode()).isEqualTo(200);
		String account = visitor.get(APP + "/staff/account").body();
		assertThat(account).as("the same staff account, organisation and all").contains(analyst.getDisplayName())
			.contains(analyst.getEmail()).contains("/staff/organisations/" + analyst.getOrganisationId());
		assertThat(visitor.get(APP + "/staff/imports").statusCode()).as("an analyst's page").isEqualTo(200);
		assertThat(visitor.get(APP + "/staff/reports").statusCode()).as("reports are not an analyst's").isEqualTo(403);
		assertThat(visitor.get(APP + "/staff/admin/users").statusCode()).as("administration").isEqualTo(403);

		assertThat(audit(analyst.getId())).contains("SIGN_IN Method OIDC");
		assertThat(lastSignedIn(analyst.getId())).as("last sign-in recorded").isNotNull();
		assertThat(users())
			.as("nobody created").isEqualTo(usersBefore);

		// Signing out ends the session here.
		Document signedIn = Jsoup.parse(home.body());
		HttpResponse<String> out = visitor.post(APP + "/logout",
				Map.of("_csrf", signedIn.selectFirst("form[action=/logout] input[name=_csrf]").val()));
		assertThat(out.headers().firstValue("Location")).hasValue("/login?signed-out");
		assertThat(visitor.get(APP + "/staff").headers().firstValue("Location")).hasValue("/login");
		assertThat(audit(analyst.getId())).contains("SIGN_OUT null");
	}

	@Test
	void aRoleThatNeedsTheSecondFactorStillGivesTheAppsCodeWhenTheProviderIsNotTrusted() throws Exception {
		StaffUser officer = data.aStaffUser(Role.OFFICER);
		// Even with the provider saying it used a second factor: it is not trusted for it here.
		String username = providerUser(officer.getEmail(), true, List.of("pwd", "mfa"));
		OidcFlow.Visitor visitor = FLOW.visitor();

		assertThat(visitor.signInAtProvider(username)).isEqualTo("/login/mfa");
		assertThat(visitor.get(APP + "/staff/reports").headers().firstValue("Location")).hasValue("/login/mfa");
		assertThat(audit(officer.getId())).contains("SIGN_IN_OIDC_ACCEPTED Method OIDC; second factor still to give")
			.noneMatch(entry -> entry.startsWith("SIGN_IN "));
		assertThat(lastSignedIn(officer.getId())).as("not signed in yet").isNull();

		// First time: the app is set up on the real page, then the officer is in with their own roles.
		assertThat(visitor.get(APP + "/login/mfa").headers().firstValue("Location")).hasValue("/login/mfa/setup");
		Document setup = Jsoup.parse(visitor.get(APP + "/login/mfa/setup").body());
		Authenticator.enrolled(officer.getEmail(), setup.selectFirst("#secret").text());
		HttpResponse<String> done = visitor.post(APP + "/login/mfa/setup", Map.of("code",
				Authenticator.nextCode(officer.getEmail()), "_csrf", setup.selectFirst("input[name=_csrf]").val()));
		assertThat(done.headers().firstValue("Location")).hasValue("/login/mfa/recovery-codes");

		assertThat(visitor.get(APP + "/staff/reports").statusCode()).as("an officer's page").isEqualTo(200);
		assertThat(visitor.get(APP + "/staff/admin/users").statusCode()).as("administration").isEqualTo(403);
		assertThat(audit(officer.getId())).contains("SIGN_IN Method OIDC");
		assertThat(lastSignedIn(officer.getId())).isNotNull();
	}

	@Test
	void anAddressNoAccountHasIsRefusedOnAPageOfItsOwnAndAudited() throws Exception {
		String stranger = TestData.unique("stranger") + "@council.example";
		String username = providerUser(stranger, true, List.of("pwd"));
		long failuresBefore = oidcFailures("%no staff account%");
		long usersBefore = users();
		OidcFlow.Visitor visitor = FLOW.visitor();

		String landing = visitor.signInAtProvider(username);

		assertThat(landing).isEqualTo("/login/oidc/refused?no-account");
		HttpResponse<String> refusal = visitor.get(APP + landing);
		assertThat(refusal.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(refusal.body()).selectFirst("#refusal-reason").text())
			.contains("You signed in with Test Council account, but no staff account here uses its email address");
		assertThat(visitor.get(APP + "/staff").headers().firstValue("Location")).as("not signed in").hasValue("/login");
		assertThat(oidcFailures("%no staff account%")).isEqualTo(failuresBefore + 1);
		assertThat(jdbc.sql("select count(*) from audit_entry where lower(reason) like ? or lower(actor_name) like ?")
			.param("%" + stranger + "%").param("%" + stranger + "%").query(Long.class).single())
			.as("an address no account has is not kept").isZero();
		assertThat(users())
			.as("no account created").isEqualTo(usersBefore);
	}

	@Test
	void anAddressTheProviderDidNotVerifyIsRefused() throws Exception {
		StaffUser analyst = data.aStaffUser(Role.ANALYST);
		OidcFlow.Visitor visitor = FLOW.visitor();

		String landing = visitor.signInAtProvider(providerUser(analyst.getEmail(), false, List.of("pwd")));

		assertThat(landing).isEqualTo("/login/oidc/refused?unverified");
		assertThat(visitor.get(APP + landing).body()).contains("did not confirm your email address");
		assertThat(audit(analyst.getId()))
			.contains("SIGN_IN_FAILED Method OIDC; e-mail address missing or not verified by the identity provider")
			.noneMatch(entry -> entry.startsWith("SIGN_IN "));
		assertThat(lastSignedIn(analyst.getId())).isNull();
	}

	@Test
	void aDisabledAccountIsRefused() throws Exception {
		StaffUser analyst = data.aStaffUser(Role.ANALYST);
		jdbc.sql("update staff_user set enabled = false, disabled_reason = 'ADMINISTRATOR' where id = ?")
			.param(analyst.getId()).update();
		OidcFlow.Visitor visitor = FLOW.visitor();

		String landing = visitor.signInAtProvider(providerUser(analyst.getEmail(), true, List.of("pwd")));

		assertThat(landing).isEqualTo("/login/oidc/refused?disabled");
		assertThat(visitor.get(APP + landing).body()).contains("This account has been disabled");
		assertThat(visitor.get(APP + "/staff").headers().firstValue("Location")).hasValue("/login");
		assertThat(audit(analyst.getId())).contains("SIGN_IN_REFUSED_DISABLED Method OIDC; account disabled");
	}

	@Test
	void theRefusalPageIsNoErrorPageWhateverItIsGiven() throws Exception {
		HttpResponse<String> page = FLOW.visitor().get(APP + "/login/oidc/refused?nonsense");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Signing in with Test Council account did not work");
	}

	// --- helpers ---

	private static String providerUser(String email, boolean verified, List<String> amr) {
		return FLOW.providerUser(email, verified, amr);
	}

	/** Each audit entry of one account as "ACTION reason". */
	private List<String> audit(long userId) {
		return jdbc.sql("select action, reason from audit_entry where actor_user_id = ? order by id").param(userId)
			.query((row, n) -> row.getString("action") + " " + row.getString("reason"))
			.list();
	}

	private long users() {
		return jdbc.sql("select count(*) from staff_user").query(Long.class).single();
	}

	private long oidcFailures(String reasonLike) {
		return jdbc.sql("select count(*) from audit_entry where action = 'SIGN_IN_FAILED' and actor_user_id is null "
				+ "and reason like 'Method OIDC%' and reason like ?")
			.param(reasonLike)
			.query(Long.class)
			.single();
	}

	private Instant lastSignedIn(long userId) {
		return jdbc.sql("select last_signed_in_at from staff_user where id = ?").param(userId)
			.query(Instant.class).optional().orElse(null);
	}

}
