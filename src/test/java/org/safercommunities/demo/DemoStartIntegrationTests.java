package org.safercommunities.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * The embedded demo as a newcomer starts it: every demo account signs in with the README's password and sees
 * navigation for its role. H2 only, as the demo itself.
 */
@IntegrationTest
@TestPropertySource(properties = { "safer.demo.enabled=true", "safer.demo.password=demo-password-2026",
		org.safercommunities.support.DemoDatabase.URL })
@EnabledIfSystemProperty(named = "safer.test.database", matches = "h2|")
class DemoStartIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void everyDemoAccountSignsInAndSeesItsRole() throws Exception {
		for (DemoPartnership.DemoUser user : DemoPartnership.USERS) {
			var session = SignIn.as(mvc, user.email(), "demo-password-2026");
			mvc.perform(get("/staff").cookie(session))
				.andExpect(content().string(containsString(user.organisation())));
		}
	}

	@Test
	void theCoordinatorSeesTheElevenCentresWithTheirStanding() throws Exception {
		var session = SignIn.as(mvc, "coordinator@barnetmencap.example", "demo-password-2026");
		String page = mvc.perform(get("/staff/centres").cookie(session))
			.andReturn().getResponse().getContentAsString();
		org.assertj.core.api.Assertions.assertThat(page)
			.contains("Barnet Homes", "Your Choice Barnet", "Inclusion Barnet", "No hate crime awareness training recorded",
					"No designated safeguarding lead named", "Due soon");
	}

	@Test
	void theAdministratorSeesTheSevenReceivingServicesWithTheirDeadlines() throws Exception {
		var session = SignIn.as(mvc, "admin@barnet.example", "demo-password-2026");
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(mvc.perform(get("/staff/admin/referral-services")
			.cookie(session)).andReturn().getResponse().getContentAsString());
		for (DemoReceivingServices.DemoService service : DemoReceivingServices.SERVICES) {
			org.assertj.core.api.Assertions.assertThat(page.select("tr:contains(" + service.organisation() + ")").text())
				.as(service.organisation() + " on the list with its deadline")
				.contains(service.deadlineWorkingDays() == 0 ? "Same working day"
						: service.deadlineWorkingDays() + " working days");
		}
	}

}
