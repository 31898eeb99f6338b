package org.safercommunities.cases;

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

/** Administrators keep the managed list of case types; a retired type is no longer offered for a new case. */
@IntegrationTest
class CaseTypeAdminIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	CaseTypes types;

	@Test
	void anAdministratorAddsRenamesAndRetiresACaseTypeAndOfficersAreOfferedOnlyActiveOnes() throws Exception {
		Cookie admin = SignIn.as(mvc, data.aStaffUser(Role.ADMIN).getEmail());
		Cookie officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER).getEmail());
		String list = mvc.perform(get("/staff/admin/case-types").cookie(admin)).andReturn().getResponse()
			.getContentAsString();
		assertThat(list).contains("Anti-social behaviour: personal", "Fly-tipping", "Unauthorised encampment",
				"Member enquiry", "Community Safety MARAC", "Hate incident");

		String empty = mvc.perform(post("/staff/admin/case-types").with(csrf()).cookie(admin).param("name", " "))
			.andReturn().getResponse().getContentAsString();
		assertThat(empty).contains("Enter the name of the case type");
		String taken = mvc.perform(post("/staff/admin/case-types").with(csrf()).cookie(admin).param("name", "fly-tipping"))
			.andReturn().getResponse().getContentAsString();
		assertThat(taken).contains("There is already a case type with that name");

		String name = TestData.unique("Graffiti");
		mvc.perform(post("/staff/admin/case-types").with(csrf()).cookie(admin).param("name", name));
		CaseType added = types.all().stream().filter(type -> type.getName().equals(name)).findFirst().orElseThrow();
		assertThat(added.isActive()).isTrue();
		mvc.perform(post("/staff/admin/case-types/" + added.getCode()).with(csrf()).cookie(admin)
			.param("name", name + " tags"));
		assertThat(types.find(added.getCode()).orElseThrow().getName()).isEqualTo(name + " tags");
		assertThat(newCaseForm(officer)).contains(name + " tags");

		mvc.perform(post("/staff/admin/case-types/" + added.getCode() + "/retire").with(csrf()).cookie(admin));
		assertThat(types.find(added.getCode()).orElseThrow().isActive()).isFalse();
		assertThat(newCaseForm(officer)).as("a retired type is not offered").doesNotContain(name + " tags");
		assertThat(mvc.perform(get("/staff/admin/case-types").cookie(officer)).andReturn().getResponse().getStatus())
			.as("officers do not keep the list").isEqualTo(403);
	}

	private String newCaseForm(Cookie officer) throws Exception {
		mvc.perform(get("/staff").cookie(officer));
		return mvc.perform(get("/staff/cases/new").cookie(officer)).andReturn().getResponse().getContentAsString();
	}

}
