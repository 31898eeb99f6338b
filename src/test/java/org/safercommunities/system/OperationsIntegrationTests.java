package org.safercommunities.system;

import org.junit.jupiter.api.Test;
import org.safercommunities.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OperationsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void healthIsPublicAndSaysNothingMore() throws Exception {
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
	}

	@Autowired
	org.safercommunities.support.TestData data;

	@Test
	void prometheusMetricsShowReportVolumesSoOnlyAnAdministratorSeesThem() throws Exception {
		mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login"));
		mvc.perform(get("/actuator/info")).andExpect(status().is3xxRedirection());
		var officer = org.safercommunities.support.SignIn.as(mvc,
				data.aStaffUser(org.safercommunities.shared.Role.OFFICER).getEmail());
		mvc.perform(get("/actuator/prometheus").cookie(officer)).andExpect(status().isForbidden());
		var admin = org.safercommunities.support.SignIn.as(mvc,
				data.aStaffUser(org.safercommunities.shared.Role.ADMIN).getEmail());

		mvc.perform(get("/actuator/prometheus").cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")))
			.andExpect(content().string(containsString("hikaricp_connections")));
	}

	@Test
	void otherActuatorEndpointsAreClosed() throws Exception {
		mvc.perform(get("/actuator/env")).andExpect(status().is3xxRedirection());
	}

}
