package org.safercommunities.organisations;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OrganisationAdminIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcClient jdbc;

	Cookie admin;

	@BeforeEach
	void signInAsAdmin() throws Exception {
		admin = SignIn.as(mvc, data.aStaffUser(Role.ADMIN).getEmail());
	}

	@Test
	void anAdministratorAddsAnOrganisationWithAStableAddress() throws Exception {
		String name = TestData.unique("Barnet Refugee Service & Friends");

		mvc.perform(post("/staff/admin/organisations").cookie(admin).with(csrf())
			.param("name", "  " + name + "  ")
			.param("type", "CHARITY"))
			.andExpect(redirectedUrl("/staff/admin/organisations"));

		Organisation created = organisations.findByName(name).orElseThrow();
		assertThat(created.getSlug()).startsWith("barnet-refugee-service-and-friends-");
		assertThat(created.getType()).isEqualTo(OrganisationType.CHARITY);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ORGANISATION_CREATED' and record_id = ?")
			.param(created.getId().toString()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aDuplicateNameIsRefusedAndTheFormKeepsWhatWasTyped() throws Exception {
		Organisation existing = data.anOrganisation();

		mvc.perform(post("/staff/admin/organisations").cookie(admin).with(csrf())
			.param("name", existing.getName().toUpperCase())
			.param("type", "POLICE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("An organisation with this name already exists")))
			.andExpect(content().string(containsString("value=\"" + existing.getName().toUpperCase() + "\"")))
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
					"(?s).*value=\"POLICE\"\\s+id=\"type-POLICE\" checked=\"checked\".*")));
	}

	@Test
	void missingFieldsAreNamed() throws Exception {
		mvc.perform(post("/staff/admin/organisations").cookie(admin).with(csrf()).param("name", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<a href=\"#name\">Enter the organisation’s name</a>")))
			.andExpect(content().string(containsString("<a href=\"#type\">Select the type of organisation</a>")));
	}

	@Test
	void anOrganisationCanBeMarkedInactive() throws Exception {
		Organisation organisation = data.anOrganisation();

		mvc.perform(post("/staff/admin/organisations/" + organisation.getId()).cookie(admin).with(csrf())
			.param("name", organisation.getName())
			.param("type", "HOUSING")
			.param("_active", "on"))
			.andExpect(status().is3xxRedirection());

		Organisation changed = organisations.find(organisation.getId()).orElseThrow();
		assertThat(changed.isActive()).isFalse();
		assertThat(changed.getType()).isEqualTo(OrganisationType.HOUSING);
		mvc.perform(get("/staff/admin/organisations").cookie(admin))
			.andExpect(content().string(containsString(organisation.getName())));
	}

	@Test
	void slugsAreLowercaseHyphenatedAscii() {
		assertThat(Organisations.slugOf("Barnet Multifaith Forum")).isEqualTo("barnet-multifaith-forum");
		assertThat(Organisations.slugOf("Café Ünity & Co.")).isEqualTo("cafe-unity-and-co");
		assertThat(Organisations.slugOf("!!!")).isEqualTo("organisation");
	}

}
