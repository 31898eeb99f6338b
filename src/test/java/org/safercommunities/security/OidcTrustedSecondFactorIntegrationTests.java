package org.safercommunities.security;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.safercommunities.shared.Role;
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
 * A council whose identity provider is trusted for the second factor ({@code trust-idp-mfa}), when its ID token says
 * a second factor was used ({@code amr} holds mfa or otp): then a role that needs one is signed in at once;
 * otherwise it still gives this service's authenticator code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@Import(TestConfig.class)
class OidcTrustedSecondFactorIntegrationTests {

	private static final OidcFlow FLOW = new OidcFlow();

	@DynamicPropertySource
	static void trustTheProvidersSecondFactor(DynamicPropertyRegistry properties) {
		FLOW.properties(properties);
		properties.add("safer.security.oidc.trust-idp-mfa", () -> "true");
		properties.add("safer.security.oidc.mfa-amr", () -> "mfa,otp");
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
	void anOfficerWhoGaveASecondFactorAtTheProviderIsSignedInAtOnce() throws Exception {
		StaffUser officer = data.aStaffUser(Role.OFFICER);
		OidcFlow.Visitor visitor = FLOW.visitor();

		String landing = visitor.signInAtProvider(FLOW.providerUser(officer.getEmail(), true, List.of("pwd", "otp")));

		assertThat(landing).isEqualTo("/staff");
		assertThat(visitor.get(FLOW.app + "/staff/reports").statusCode()).as("an officer's page").isEqualTo(200);
		assertThat(visitor.get(FLOW.app + "/login/mfa").headers().firstValue("Location"))
			.as("no code asked for").hasValue("/staff");
		assertThat(visitor.get(FLOW.app + "/staff/admin/users").statusCode()).isEqualTo(403);
		assertThat(audit(officer.getId())).contains("SIGN_IN Method OIDC; second factor given at the identity provider");
	}

	@Test
	void aPasswordAloneAtTheProviderIsNotASecondFactor() throws Exception {
		StaffUser officer = data.aStaffUser(Role.OFFICER);
		OidcFlow.Visitor visitor = FLOW.visitor();

		String landing = visitor.signInAtProvider(FLOW.providerUser(officer.getEmail(), true, List.of("pwd")));

		assertThat(landing).isEqualTo("/login/mfa");
		assertThat(visitor.get(FLOW.app + "/staff/reports").headers().firstValue("Location")).hasValue("/login/mfa");
		assertThat(audit(officer.getId())).noneMatch(entry -> entry.startsWith("SIGN_IN "));
	}

	@Test
	void anAdministratorWithTheProvidersSecondFactorReachesAdministration() throws Exception {
		StaffUser admin = data.aStaffUser(Role.ADMIN);
		OidcFlow.Visitor visitor = FLOW.visitor();

		String landing = visitor.signInAtProvider(FLOW.providerUser(admin.getEmail(), true, List.of("mfa")));

		assertThat(landing).isEqualTo("/staff");
		assertThat(visitor.get(FLOW.app + "/staff/admin/users").statusCode()).isEqualTo(200);
	}

	private List<String> audit(long userId) {
		return jdbc.sql("select action, reason from audit_entry where actor_user_id = ? order by id").param(userId)
			.query((row, n) -> row.getString("action") + " " + row.getString("reason"))
			.list();
	}

}
