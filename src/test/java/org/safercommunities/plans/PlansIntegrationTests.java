package org.safercommunities.plans;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.security.StaffUser;
import org.safercommunities.shared.Role;
import org.safercommunities.shared.UkDates;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.PageChecks;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The action plan through its pages: an officer writes a strategy, a priority and actions; an action past its
 * deadline shows Overdue and Red without anyone marking it; one never updated shows "No update yet"; the lead
 * officer (a partner) writes a progress update, another organisation's partner may not; bad input keeps what was
 * typed; every change is audited.
 */
@IntegrationTest
class PlansIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlanManagement plans;

	@Test
	void theGovernancePageListsEachBoardsMembersAndMeetingsHeldAndToCome() throws Exception {
		Organisation council = data.anOrganisation();
		Organisation police = data.anOrganisation();
		String name = "Safeguarding Adults Board " + council.getId();
		long board = plans.createBoardAsSystem(name, java.util.List.of(council.getId(), police.getId()));
		LocalDate today = plans.today();
		plans.scheduleMeetingAsSystem(board, today.minusDays(30));
		plans.scheduleMeetingAsSystem(board, today.plusDays(20));
		Cookie session = SignIn.as(mvc, data.aStaffUser(Role.BOARD, council).getEmail());

		var page = org.jsoup.Jsoup.parse(mvc.perform(get("/staff/plans/boards").cookie(session)).andReturn()
			.getResponse().getContentAsString());
		var section = page.getElementById("board-" + board);
		assertThat(section).as("the board's section").isNotNull();
		assertThat(section.select("h2").text()).isEqualTo(name);
		assertThat(section.select(".board-members li").eachText()).containsExactlyInAnyOrder(council.getName(),
				police.getName());
		assertThat(section.select(".board-meetings .board-meeting-date").eachText()).containsExactly(
				UkDates.day(today.minusDays(30)) + " (held)", UkDates.day(today.plusDays(20)));
	}

	@Test
	void anOfficerAddsABoardAndItsMeetingsAndBadInputKeepsWhatWasTyped() throws Exception {
		Organisation council = data.anOrganisation();
		Organisation police = data.anOrganisation();
		Cookie officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER, council).getEmail());
		String name = "Community Safety Board " + council.getId();

		var empty = org.jsoup.Jsoup.parse(mvc.perform(post("/staff/plans/boards").param("name", name).with(csrf())
			.cookie(officer)).andReturn().getResponse().getContentAsString());
		assertThat(empty.select(".govuk-error-summary a").eachText()).containsExactly("Select at least one member organisation");
		assertThat(empty.getElementById("name").attr("value")).isEqualTo(name);

		String created = mvc.perform(post("/staff/plans/boards").param("name", name)
			.param("memberOrganisationIds", String.valueOf(council.getId()), String.valueOf(police.getId()))
			.with(csrf()).cookie(officer)).andReturn().getResponse().getRedirectedUrl();
		assertThat(created).startsWith("/staff/plans/boards#board-");
		long board = Long.parseLong(created.substring(created.indexOf("#board-") + 7));
		var taken = org.jsoup.Jsoup.parse(mvc.perform(post("/staff/plans/boards").param("name", name)
			.param("memberOrganisationIds", String.valueOf(council.getId())).with(csrf()).cookie(officer)).andReturn()
			.getResponse().getContentAsString());
		assertThat(taken.select(".govuk-error-summary a").eachText()).containsExactly("There is a board with this name already");

		var badDay = org.jsoup.Jsoup.parse(mvc.perform(post("/staff/plans/boards/" + board + "/meetings")
			.param("meetsOn", "31 February 2027").with(csrf()).cookie(officer)).andReturn().getResponse().getContentAsString());
		assertThat(badDay.select(".govuk-error-summary a").eachText()).containsExactly("Enter a real date, like 1 April 2022");
		assertThat(badDay.getElementById("meetsOn").attr("value")).isEqualTo("31 February 2027");
		mvc.perform(post("/staff/plans/boards/" + board + "/meetings").param("meetsOn", "12 March 2027").with(csrf())
			.cookie(officer));
		var again = org.jsoup.Jsoup.parse(mvc.perform(post("/staff/plans/boards/" + board + "/meetings")
			.param("meetsOn", "12/3/2027").with(csrf()).cookie(officer)).andReturn().getResponse().getContentAsString());
		assertThat(again.select(".govuk-error-summary a").eachText()).containsExactly("The board already meets on this day");

		var page = org.jsoup.Jsoup.parse(mvc.perform(get("/staff/plans/boards").cookie(officer)).andReturn().getResponse()
			.getContentAsString());
		var section = page.getElementById("board-" + board);
		assertThat(section.select(".board-members li").eachText()).containsExactlyInAnyOrder(council.getName(), police.getName());
		assertThat(section.select(".board-meeting-date").eachText()).containsExactly("12 March 2027");
		assertThat(jdbc.sql("select count(*) from audit_entry where action in ('PLAN_BOARD_CREATED', 'PLAN_MEETING_SCHEDULED') "
				+ "and record_id = ?").param(String.valueOf(board)).query(Long.class).single()).isEqualTo(2);
		Cookie member = SignIn.as(mvc, data.aStaffUser(Role.BOARD, council).getEmail());
		assertThat(mvc.perform(get("/staff/plans/boards/new").cookie(member)).andReturn().getResponse().getStatus())
			.as("the board reads, officers add").isEqualTo(403);
	}

	@Test
	void anOverdueActionTurnsRedAndItsLeadWritesTheUpdate() throws Exception {
		Organisation council = data.anOrganisation();
		Organisation victimSupport = data.anOrganisation();
		StaffUser officer = data.aStaffUser(Role.OFFICER, council);
		StaffUser lead = data.aStaffUser(Role.PARTNER, victimSupport);
		Cookie session = SignIn.as(mvc, officer.getEmail());

		String strategyUrl = redirect(mvc.perform(post("/staff/plans").with(csrf()).cookie(session)
			.param("name", "Hate Crime Strategy 2020-24").param("ownerOrganisationId", council.getId().toString())
			.param("periodFrom", "1 April 2020").param("periodTo", "31 March 2024")).andReturn().getResponse());
		assertThat(strategyUrl).matches("/staff/plans/\\d+");
		long strategyId = Long.parseLong(strategyUrl.substring("/staff/plans/".length()));
		mvc.perform(post(strategyUrl + "/priorities").with(csrf()).cookie(session).param("number", "1")
			.param("title", "Access to justice").param("outcomes", "More reports\nFewer repeat victims"));
		long priorityId = jdbc.sql("select id from plan_priority where strategy_id = ?").param(strategyId)
			.query(Long.class).single();

		String overdueUrl = redirect(mvc.perform(post("/staff/plans/priorities/" + priorityId + "/actions").with(csrf())
			.cookie(session).param("reference", "Action 4").param("what", "Expand the reporting centres")
			.param("leadOrganisationId", victimSupport.getId().toString()).param("leadUserId", lead.getId().toString())
			.param("deadline", UkDates.day(TODAY.minusDays(1))).param("indicatorCodes", "hate-reports"))
			.andReturn().getResponse());
		assertThat(overdueUrl).matches("/staff/plans/actions/\\d+");
		redirect(mvc.perform(post("/staff/plans/priorities/" + priorityId + "/actions").with(csrf()).cookie(session)
			.param("reference", "Action 5").param("what", "Support emerging communities")
			.param("leadOrganisationId", council.getId().toString()).param("deadline", UkDates.day(TODAY.plusMonths(3))))
			.andReturn().getResponse());

		String strategyPage = page(strategyUrl, session);
		assertThat(strategyPage).contains("Priority 1: Access to justice", "More reports", "Action 4", "Action 5",
				lead.getDisplayName(), "1 of 2 actions overdue", "No update yet");
		assertThat(between(strategyPage, "Action 4", "</tr>")).as("the overdue action's row")
			.contains("govuk-tag--red", "Red", "Overdue");
		assertThat(between(strategyPage, "Action 5", "</tr>")).as("the action never updated")
			.contains("No update yet").doesNotContain("Overdue", "Green");
		assertThat(page("/staff/plans", session)).contains("Hate Crime Strategy 2020-24");

		// The lead officer is a partner: they open the action from their digest and write the update.
		Cookie leadSession = SignIn.as(mvc, lead.getEmail());
		String actionPage = page(overdueUrl, leadSession);
		assertThat(actionPage).contains("Write a progress update", "Overdue", "No update yet", "Hate crime and incident reports received");
		MockHttpServletResponse bad = mvc.perform(post(overdueUrl + "/updates").with(csrf()).cookie(leadSession)
			.param("rag", "AMBER").param("text", "Two centres in training")).andReturn().getResponse();
		assertThat(bad.getStatus()).isEqualTo(200);
		assertThat(bad.getContentAsString()).as("an amber update without its reason comes back")
			.contains("Enter the reason for a red or amber status", "Two centres in training");
		assertThat(redirect(mvc.perform(post(overdueUrl + "/updates").with(csrf()).cookie(leadSession)
			.param("rag", "GREEN").param("text", "Two centres signed up")).andReturn().getResponse()))
			.isEqualTo(overdueUrl);
		assertThat(between(page(strategyUrl, session), "Action 4", "</tr>"))
			.as("green from the lead, but past its deadline: still red and overdue").contains("Red", "Overdue");
		assertThat(page(overdueUrl, session)).contains("Two centres signed up", lead.getDisplayName());

		redirect(mvc.perform(post(overdueUrl + "/updates").with(csrf()).cookie(leadSession)
			.param("rag", "COMPLETE").param("text", "Thirteen centres now")).andReturn().getResponse());
		String done = page(overdueUrl, session);
		assertThat(done.indexOf("Thirteen centres now")).as("newest update first")
			.isLessThan(done.indexOf("Two centres signed up"));
		assertThat(between(page(strategyUrl, session), "Action 4", "</tr>")).contains("Complete")
			.doesNotContain("Overdue");

		// A partner of another organisation is neither lead nor reader.
		Cookie stranger = SignIn.as(mvc, data.aStaffUser(Role.PARTNER).getEmail());
		assertThat(mvc.perform(get(overdueUrl).cookie(stranger)).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(post(overdueUrl + "/updates").with(csrf()).cookie(stranger).param("rag", "GREEN")
			.param("text", "Not mine")).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from plan_update where text = 'Not mine'").query(Long.class).single()).isZero();

		assertThat(jdbc.sql("select action from audit_entry where record_type in ('plan_strategy', 'plan_priority', "
				+ "'plan_action') and (record_id = ? or record_id = ?)")
			.params(String.valueOf(strategyId), overdueUrl.substring(overdueUrl.lastIndexOf('/') + 1))
			.query(String.class).list())
			.contains("PLAN_STRATEGY_CREATED", "PLAN_ACTION_ADDED", "PLAN_ACTION_UPDATED");
	}

	@Test
	void badInputKeepsWhatWasTypedAndOnlyTheOwningOrganisationsOfficerChangesThePlan() throws Exception {
		Organisation council = data.anOrganisation();
		Cookie officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER, council).getEmail());
		MockHttpServletResponse bad = mvc.perform(post("/staff/plans").with(csrf()).cookie(officer)
			.param("name", "Community Safety Strategy 2022-27").param("ownerOrganisationId", council.getId().toString())
			.param("periodFrom", "1 April 2027").param("periodTo", "31 March 2022")).andReturn().getResponse();
		assertThat(bad.getStatus()).isEqualTo(200);
		assertThat(bad.getContentAsString()).contains("Error: ",
				"The end of the period must be the same as or after its start", "Community Safety Strategy 2022-27",
				"31 March 2022");
		PageChecks.assertClean("/staff/plans (errors)", bad.getContentAsString());

		String url = redirect(mvc.perform(post("/staff/plans").with(csrf()).cookie(officer)
			.param("name", "Community Safety Strategy 2022-27").param("ownerOrganisationId", council.getId().toString())
			.param("periodFrom", "1 April 2022").param("periodTo", "31 March 2027")).andReturn().getResponse());
		Cookie otherOfficer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER).getEmail());
		assertThat(mvc.perform(post(url + "/priorities").with(csrf()).cookie(otherOfficer).param("number", "1")
			.param("title", "Not theirs")).andReturn().getResponse().getStatus())
			.as("another organisation's officer may not add a priority").isEqualTo(403);
		Cookie board = SignIn.as(mvc, data.aStaffUser(Role.BOARD).getEmail());
		assertThat(page(url, board)).as("the board reads").contains("Community Safety Strategy 2022-27")
			.doesNotContain("Add a priority");
		PageChecks.assertClean(url, page(url, officer));
	}

	private String page(String url, Cookie session) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(url).cookie(session)).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response.getContentAsString();
	}

	private static String redirect(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
		return response.getRedirectedUrl();
	}

	private static String between(String html, String start, String end) {
		int from = html.indexOf(start);
		assertThat(from).as(start + " on the page").isNotNegative();
		return html.substring(from, html.indexOf(end, from));
	}

}
