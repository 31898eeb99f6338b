package org.safercommunities.engagement;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safercommunities.shared.IndicatorCounts;
import org.safercommunities.shared.Role;
import org.safercommunities.shared.UkDates;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A Ward Walk issue from a resident's advance form (no account, no JavaScript) to closure, and the walk's public
 * page saying what was raised and what was done without the resident's words.
 */
@IntegrationTest
class WardWalkIntegrationTests {

	private static final String WARD = "E05013643";

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WardWalkCounts wardWalkCounts;

	Cookie officer;

	@BeforeEach
	void signIn() throws Exception {
		officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER).getEmail());
	}

	@Test
	void aResidentsAdvanceIssueIsAssignedClosedAndShownPubliclyWithoutTheirWords() throws Exception {
		long walk = schedule(TODAY.plusDays(10));
		long onTimeBefore = onTimeThisMonth();

		// The resident: no account, a plain form post.
		assertThat(body(get("/ward-walks"), null)).as("upcoming walks").contains("/ward-walks/" + walk);
		String form = body(get("/ward-walks/" + walk + "/issue"), null);
		assertThat(form).as("the advance form lists the annual report's categories")
			.contains("Absence of CCTV", "Poor or no street lighting", "Parking issues", "Fly-tipping", "govuk-exit-this-page");
		MockHttpServletResponse bad = mvc.perform(post("/ward-walks/" + walk + "/issue").with(csrf())
			.param("description", "The lamp outside number 12, where Mrs Smith lives, is broken")).andReturn().getResponse();
		assertThat(bad.getContentAsString(StandardCharsets.UTF_8)).as("a form without a category")
			.contains("Select what kind of problem it is", "Mrs Smith lives");
		MockHttpServletResponse sent = mvc.perform(post("/ward-walks/" + walk + "/issue").with(csrf())
			.param("categoryCode", "STREET_LIGHTING")
			.param("description", "The lamp outside number 12, where Mrs Smith lives, is broken")).andReturn().getResponse();
		assertThat(sent.getRedirectedUrl()).isEqualTo("/ward-walks/" + walk + "/issue/sent");
		assertThat(body(get(sent.getRedirectedUrl()), null)).contains("Issue sent");
		long issue = jdbc.sql("select max(id) from engagement_walk_issue where walk_id = ?").params(walk).query(Long.class).single();
		assertThat(jdbc.sql("select description from engagement_walk_issue where id = ?").params(issue).query(String.class)
			.single()).as("the resident's words at rest").doesNotContain("Mrs Smith");

		// The officer sees it, assigns it to a service with a due date, and closes it.
		assertThat(body(get("/staff/engagement/walks/" + walk), officer)).contains("Mrs Smith lives", "Poor or no street lighting");
		assertThat(saved(post("/staff/engagement/walks/" + walk + "/issues/" + issue + "/assign").param("service", "Highways")
			.param("dueOn", UkDates.day(TODAY.plusDays(20))))).isEqualTo("/staff/engagement/walks/" + walk);
		assertThat(saved(post("/staff/engagement/walks/" + walk + "/issues/" + issue + "/close")
			.param("outcome", "Street light repaired by Highways"))).isEqualTo("/staff/engagement/walks/" + walk);
		assertThat(jdbc.sql("select closed_on from engagement_walk_issue where id = ?").params(issue)
			.query(LocalDate.class).single()).isEqualTo(TODAY);

		String page = body(get("/ward-walks/" + walk), null);
		assertThat(page).as("the walk's public page").contains("Poor or no street lighting", "Street light repaired by Highways")
			.doesNotContain("Mrs Smith", "number 12");
		// The dashboard shows complete months; the source's count for this month is what it will show.
		assertThat(onTimeThisMonth()).as("issues closed on time, counted for the dashboard").isEqualTo(onTimeBefore + 1);
	}

	@Test
	void thePublicFormNeedsItsCsrfTokenAndSpeaksEveryLanguageOfTheReport() throws Exception {
		long walk = schedule(TODAY.plusDays(3));
		assertThat(mvc.perform(post("/ward-walks/" + walk + "/issue").param("categoryCode", "GRAFFITI")
			.param("description", "Tags on the bridge")).andReturn().getResponse().getStatus()).as("a post without CSRF")
			.isEqualTo(403);
		assertThat(body(get("/ward-walks/" + walk + "/issue").param("lang", "pl"), null)).contains("Zg\u0142o\u015b problem");
		assertThat(body(get("/ward-walks/" + walk + "/issue").param("lang", "tr"), null)).contains("Park sorunlar\u0131");
		assertThat(body(get("/ward-walks/" + walk + "/issue").param("lang", "en-easyread"), null)).contains("Rubbish dumped in the street");
		assertThat(body(get("/ward-walks/" + walk + "/issue").param("lang", "ar"), null)).contains("dir=\"rtl\"");
	}

	@Test
	void aWalkThatHasBeenHeldTakesNoMoreAdvanceIssuesAndCountsAsHeld() throws Exception {
		long walk = schedule(TODAY.minusDays(1));
		assertThat(saved(post("/staff/engagement/walks/" + walk + "/held").param("servicesAttending",
				"Community Safety Team, Police, Highways"))).isEqualTo("/staff/engagement/walks/" + walk);
		assertThat(mvc.perform(get("/ward-walks/" + walk + "/issue")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(body(get("/staff/engagement/walks/" + walk), officer)).contains("Community Safety Team, Police, Highways");

		String empty = body(post("/staff/engagement/walks").with(csrf()).param("meetingPoint", "Library"), officer);
		assertThat(empty).contains("Select the ward", "Enter the date of the walk", "value=\"Library\"");
	}

	@Test
	void theYearsScheduleGivesEveryWardTwoWalksWithoutDuplicatingThoseAlreadyPlanned() throws Exception {
		int year = (TODAY.getMonthValue() >= 4 ? TODAY.getYear() : TODAY.getYear() - 1) + 1;
		LocalDate start = LocalDate.of(year, 4, 1);
		long planned = schedule(start.plusDays(20));
		java.util.Map<String, Long> before = walksByWard(start);
		List<String> wardCodes = jdbc.sql("select code from ward").query(String.class).list();

		MockHttpServletResponse response = mvc.perform(post("/staff/engagement/walks/generate").with(csrf()).cookie(officer)
			.param("year", String.valueOf(year))).andReturn().getResponse();
		assertThat(response.getRedirectedUrl()).isEqualTo("/staff/engagement/walks");
		java.util.Map<String, Long> after = walksByWard(start);
		for (String ward : wardCodes) {
			assertThat(after.get(ward)).as("walks in ward " + ward + " for " + year)
				.isEqualTo(Math.max(2, before.getOrDefault(ward, 0L)));
		}
		assertThat(after.get(WARD)).as("the walk already planned counted").isEqualTo(Math.max(2, before.get(WARD)));

		mvc.perform(post("/staff/engagement/walks/generate").with(csrf()).cookie(officer).param("year", String.valueOf(year)));
		assertThat(walksByWard(start)).as("planning the year again adds nothing").isEqualTo(after);

		long generated = jdbc.sql("select max(id) from engagement_ward_walk where meeting_point is null and walk_on >= ?")
			.param(start).query(Long.class).single();
		assertThat(body(get("/ward-walks/" + generated), null)).as("a planned walk's public page")
			.contains("To be arranged: look at this page again nearer the day");
		assertThat(saved(post("/staff/engagement/walks/" + generated + "/arrange").param("walkOn", UkDates.day(start.plusDays(40)))
			.param("meetingPoint", "The green by the church").param("services", "Police, Highways")))
			.isEqualTo("/staff/engagement/walks/" + generated);
		assertThat(body(get("/ward-walks/" + generated), null)).contains("The green by the church");
		assertThat(body(post("/staff/engagement/walks/" + generated + "/arrange").with(csrf()).param("walkOn", "soon"), officer))
			.contains("Enter a real date, like 14 October 2022", "Enter where the walk meets", "value=\"soon\"");
		assertThat(body(post("/staff/engagement/walks/generate").with(csrf()).param("year", "1999"), officer))
			.as("a year not offered").contains("Select the year to plan");
		assertThat(body(get("/staff/engagement/walks"), officer)).as("the list").contains("walks scheduled of the");
		assertThat(planned).isPositive();
	}

	private java.util.Map<String, Long> walksByWard(LocalDate start) {
		java.util.Map<String, Long> counts = new java.util.HashMap<>();
		jdbc.sql("select ward_code, count(*) from engagement_ward_walk where walk_on >= ? and walk_on < ? group by ward_code")
			.params(start, start.plusYears(1))
			.query((java.sql.ResultSet rs) -> { counts.put(rs.getString(1), rs.getLong(2)); });
		return counts;
	}

	private long schedule(LocalDate day) throws Exception {
		String to = saved(post("/staff/engagement/walks").param("wardCode", WARD).param("walkOn", UkDates.day(day))
			.param("meetingPoint", "Outside the library").param("services", "Community Safety Team, Police"));
		assertThat(to).startsWith("/staff/engagement/walks/");
		return Long.parseLong(to.substring(to.lastIndexOf('/') + 1));
	}

	private String saved(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = mvc.perform(request.with(csrf()).cookie(officer)).andReturn().getResponse();
		assertThat(response.getRedirectedUrl()).as("redirect after saving; the page said: "
				+ response.getContentAsString(StandardCharsets.UTF_8).replaceAll("(?s).*govuk-error-summary__list\">(.*?)</ul>.*", "$1"))
			.isNotNull();
		return response.getRedirectedUrl();
	}

	private long onTimeThisMonth() {
		long[] total = { 0 };
		wardWalkCounts.countMonths(IndicatorCounts.Months.of(YearMonth.from(TODAY)), count -> {
			if (count.measure().equals("CLOSED_ON_TIME") && count.level() == IndicatorCounts.Level.BOROUGH) {
				total[0] += count.count();
			}
		});
		return total[0];
	}

	private String body(MockHttpServletRequestBuilder request, Cookie who) throws Exception {
		if (who != null) {
			request.cookie(who);
		}
		return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
