package org.safercommunities.security;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The 500s {@link HostileInputIntegrationTests} found, each now a clear 4xx. */
@IntegrationTest
class HostileInputRegressionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Test
	void anAdministratorDisablingTheirOwnAccountGets409AndStaysSignedIn() throws Exception {
		StaffUser admin = data.aStaffUser(Role.ADMIN);
		Cookie session = SignIn.as(mvc, admin.getEmail());
		int status = mvc.perform(post("/staff/admin/users/" + admin.getId() + "/disable").cookie(session).with(csrf()))
			.andReturn().getResponse().getStatus();
		assertThat(status).isEqualTo(409);
		assertThat(mvc.perform(get("/staff").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void anAccessHistoryForAnIdLongerThanAnyRecordsIsA400NotAFailedAuditWrite() throws Exception {
		Cookie session = SignIn.as(mvc, data.aStaffUser(Role.ADMIN).getEmail());
		assertThat(history(session, "person", "9".repeat(101))).isEqualTo(400);
		assertThat(history(session, "p".repeat(61), "1")).isEqualTo(400);
		assertThat(history(session, "person", "9".repeat(100))).as("the longest id there can be").isEqualTo(200);
	}

	@Test
	void aNulCharacterInAPublicFormIsRefusedWith400() throws Exception {
		assertThat(mvc.perform(post("/report/start").with(csrf()).param("anything", "a\u0000b")).andReturn()
			.getResponse().getStatus()).isEqualTo(400);
		assertThat(mvc.perform(get("/").param("lang", "en\u0000")).andReturn().getResponse().getStatus())
			.isEqualTo(400);
	}

	private int history(Cookie session, String recordType, String recordId) throws Exception {
		return mvc.perform(get("/staff/audit/history.csv").cookie(session).param("recordType", recordType)
			.param("recordId", recordId)).andReturn().getResponse().getStatus();
	}

}
