package org.safercommunities.audit;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AuditPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	Cookie admin;

	String adminEmail;

	@BeforeEach
	void signInAsAdmin() throws Exception {
		adminEmail = data.aStaffUser(Role.ADMIN).getEmail();
		admin = SignIn.as(mvc, adminEmail);
	}

	@Test
	void theAdministratorsOwnSignInIsInTheLog() throws Exception {
		mvc.perform(get("/staff/audit").param("actor", adminEmail).param("action", "SIGN_IN").cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 entries")))
			.andExpect(content().string(containsString(adminEmail)));
	}

	@Test
	void anImpossibleDateIsNamedAndKeptNotTurnedIntoAnError() throws Exception {
		mvc.perform(get("/staff/audit").param("actor", "typed").param("from", "2026-02-30").param("to", "2026-01-01")
			.cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: Audit log")))
			.andExpect(content().string(containsString("<a href=\"#from\">From date must be a real date, like 2026-11-21</a>")))
			.andExpect(content().string(containsString("value=\"2026-02-30\"")))
			.andExpect(content().string(containsString("value=\"typed\"")))
			.andExpect(content().string(not(containsString("id=\"audit-entries\""))));
	}

	@Test
	void aToDateBeforeTheFromDateIsRefused() throws Exception {
		mvc.perform(get("/staff/audit").param("from", "2026-03-01").param("to", "2026-02-01").cookie(admin))
			.andExpect(content().string(containsString("To date must be the same as or after the from date")));
	}

	@Test
	void theIntegrityCheckReportsAnIntactLog() throws Exception {
		mvc.perform(post("/staff/audit/verify").cookie(admin).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The audit log is intact")));
	}

}
