package org.safercommunities.engagement;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.safercommunities.directory.DirectoryTestData;
import org.safercommunities.shared.IndicatorCounts;
import org.safercommunities.shared.Role;
import org.safercommunities.shared.UkDates;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Community Safety Hub sessions: a directory hub's session with its contacts and issues, on the page and the dashboard. */
@IntegrationTest
class HubSessionIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EngagementCounts counts;

	@Test
	void aHubSessionOfADirectoryHubIsRecordedWithItsContactsAndIssuesAndCounted() throws Exception {
		String name = DirectoryTestData.word("Hub");
		long hub = DirectoryTestData.from(context).saveHub(name);
		Cookie coordinator = SignIn.as(mvc, data.aStaffUser(Role.COORDINATOR).getEmail());
		long contactsBefore = thisMonth("HUB_CONTACTS", "E05013644");
		long sessionsBefore = thisMonth("HUB_SESSIONS", null);

		String form = body(get("/staff/engagement/hubs/new"), coordinator);
		assertThat(form).as("the directory's hubs offered").contains(name, "value=\"" + hub + "\"");

		String bad = body(post("/staff/engagement/hubs/new").with(csrf()).param("hubEntryId", "999999999")
			.param("heldOn", UkDates.day(TODAY.plusDays(3))).param("contactsMade", "many"), coordinator);
		assertThat(bad).contains("Error:", "Select the hub", "The date must be today or in the past",
				"Enter a whole number from 0 to 100,000", "Enter the number of issues raised", "value=\"many\"");

		MockHttpServletResponse saved = mvc.perform(post("/staff/engagement/hubs/new").with(csrf()).cookie(coordinator)
			.param("hubEntryId", String.valueOf(hub)).param("heldOn", UkDates.day(TODAY)).param("contactsMade", "14")
			.param("issuesRaised", "3").param("reportsTaken", "1")).andReturn().getResponse();
		assertThat(saved.getRedirectedUrl()).as(saved.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("/staff/engagement/hubs");

		assertThat(body(get("/staff/engagement/hubs"), coordinator)).as("the sessions page").contains(name, ">14<", ">3<");
		assertThat(thisMonth("HUB_CONTACTS", "E05013644")).as("contacts in the hub's ward").isEqualTo(contactsBefore + 14);
		assertThat(thisMonth("HUB_SESSIONS", null)).as("sessions in the borough").isEqualTo(sessionsBefore + 1);
		assertThat(mvc.perform(get("/staff/engagement/hubs").cookie(SignIn.as(mvc, data.aStaffUser(Role.ANALYST).getEmail())))
			.andReturn().getResponse().getStatus()).as("an analyst reads the figures on the dashboard, not here").isEqualTo(403);
	}

	/** The source's count for this month (the dashboard shows complete months; this is what it will show). */
	private long thisMonth(String measure, String ward) {
		long[] total = { 0 };
		counts.countMonths(IndicatorCounts.Months.of(YearMonth.from(TODAY)), count -> {
			if (count.measure().equals(measure) && java.util.Objects.equals(count.area(), ward)) {
				total[0] += count.count();
			}
		});
		return total[0];
	}

	private String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, Cookie who)
			throws Exception {
		return mvc.perform(request.cookie(who)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
