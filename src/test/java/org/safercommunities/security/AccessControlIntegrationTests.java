package org.safercommunities.security;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.safercommunities.imports.ImportKind;
import org.safercommunities.imports.ImportsForTests;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.OrganisationType;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Role and organisation rules, proved through HTTP with real sign-ins. */
@IntegrationTest
class AccessControlIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	ApplicationContext context;

	Organisation centreA;

	Organisation centreB;

	Cookie centreWorkerOfA;

	StaffUser colleagueAtB;

	@BeforeEach
	void twoCentres() throws Exception {
		centreA = data.anOrganisation(OrganisationType.CHARITY);
		centreB = data.anOrganisation(OrganisationType.FAITH_GROUP);
		centreWorkerOfA = SignIn.as(mvc, data.aStaffUser(Role.CENTRE_WORKER, centreA).getEmail());
		colleagueAtB = data.aStaffUser(Role.CENTRE_WORKER, centreB);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/staff/admin/users", "/staff/admin/users/new", "/staff/admin/organisations",
			"/staff/admin/organisations/new", "/staff/audit" })
	void aCentreWorkerCannotOpenAdminPages(String page) throws Exception {
		// The GOV.UK 403 page itself is rendered by the servlet container: see ErrorPagesIntegrationTests.
		mvc.perform(get(page).cookie(centreWorkerOfA)).andExpect(status().isForbidden());
	}

	@Test
	void aCentreWorkerCannotOpenAnotherCentresRecords() throws Exception {
		mvc.perform(get("/staff/organisations/" + centreB.getId()).cookie(centreWorkerOfA))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString(centreB.getName()))));
		mvc.perform(get("/staff/admin/organisations/" + centreB.getId()).cookie(centreWorkerOfA))
			.andExpect(status().isForbidden());
		mvc.perform(get("/staff/admin/users/" + colleagueAtB.getId()).cookie(centreWorkerOfA))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString(colleagueAtB.getEmail()))));
	}

	@Test
	void aCentreWorkerSeesTheirOwnCentre() throws Exception {
		mvc.perform(get("/staff/organisations/" + centreA.getId()).cookie(centreWorkerOfA))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(centreA.getName())));
	}

	@Test
	void aCentreWorkerCannotChangeAnythingAnAdministratorCan() throws Exception {
		mvc.perform(post("/staff/admin/users/" + colleagueAtB.getId() + "/disable").cookie(centreWorkerOfA).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/staff/admin/organisations").cookie(centreWorkerOfA).with(csrf())
			.param("name", "Sneaky").param("type", "CHARITY"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aPartnerSeesOnlyTheirOwnOrganisationButAnOfficerSeesAny() throws Exception {
		Cookie partner = SignIn.as(mvc, data.aStaffUser(Role.PARTNER).getEmail());
		Cookie officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER).getEmail());

		mvc.perform(get("/staff/organisations/" + centreB.getId()).cookie(partner)).andExpect(status().isForbidden());
		mvc.perform(get("/staff/organisations/" + centreB.getId()).cookie(officer)).andExpect(status().isOk());
		mvc.perform(get("/staff/admin/users").cookie(officer)).andExpect(status().isForbidden());
	}

	@Test
	void anAdministratorOpensEveryAdminPage() throws Exception {
		Cookie admin = SignIn.as(mvc, data.aStaffUser(Role.ADMIN).getEmail());

		for (String page : new String[] { "/staff/admin/users", "/staff/admin/organisations", "/staff/audit",
				"/staff/admin/users/" + colleagueAtB.getId(), "/staff/organisations/" + centreB.getId() }) {
			mvc.perform(get(page).cookie(admin)).andExpect(status().isOk());
		}
	}

	/** The Community Safety Team's officers write the board's papers, so they read the dashboard and export. */
	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "OFFICER", "ANALYST", "BOARD" })
	void theDashboardOpensForOfficersAnalystsAndTheBoard(Role role) throws Exception {
		ImportsForTests.importNow(context, ImportKind.HATE_CRIME_COUNTS, "/demo/mps/hate_crime_borough_monthly.csv");
		Cookie reader = SignIn.as(mvc, data.aStaffUser(role).getEmail());

		mvc.perform(get("/staff").cookie(reader)).andExpect(content().string(containsString("href=\"/staff/dashboard\"")));
		for (String page : new String[] { "/staff/dashboard", "/staff/dashboard/police-hate-crime?area=E09000003",
				"/staff/dashboard/hot-spots" }) {
			mvc.perform(get(page).cookie(reader)).andExpect(status().isOk());
		}
		if (role != Role.BOARD) {
			for (String export : new String[] { "/staff/dashboard/police-hate-crime.csv?area=E09000003",
					"/staff/dashboard/police-hate-crime.xlsx?area=E09000003" }) {
				mvc.perform(get(export).cookie(reader)).andExpect(status().isOk());
			}
		}
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "CENTRE_WORKER", "POLICE", "COORDINATOR" })
	void theDashboardIsClosedToOtherRoles(Role role) throws Exception {
		Cookie other = SignIn.as(mvc, data.aStaffUser(role).getEmail());

		mvc.perform(get("/staff").cookie(other)).andExpect(content().string(not(containsString("href=\"/staff/dashboard\""))));
		for (String page : new String[] { "/staff/dashboard", "/staff/dashboard/police-hate-crime",
				"/staff/dashboard/police-hate-crime.csv" }) {
			mvc.perform(get(page).cookie(other)).andExpect(status().isForbidden());
		}
	}

	@Test
	void navigationOffersOnlyWhatTheRoleMayUse() throws Exception {
		Cookie admin = SignIn.as(mvc, data.aStaffUser(Role.ADMIN).getEmail());

		mvc.perform(get("/staff").cookie(centreWorkerOfA))
			.andExpect(content().string(not(containsString("href=\"/staff/admin/users\""))))
			.andExpect(content().string(not(containsString("href=\"/staff/audit\""))))
			.andExpect(content().string(containsString("href=\"/staff/account\"")));
		mvc.perform(get("/staff").cookie(admin))
			.andExpect(content().string(containsString("href=\"/staff/admin/users\"")))
			.andExpect(content().string(containsString("href=\"/staff/audit\"")));
	}

}
