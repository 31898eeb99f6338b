package org.safercommunities.engagement;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safercommunities.organisations.Organisation;
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
 * Engagement through its pages: the annual report's figures (section 4.5.5) recorded as sessions, events and
 * champions, shown on the year's page and on the dashboard; centre staff training recorded once; bad input; the
 * audited read of champions' contact details.
 */
@IntegrationTest
class EngagementIntegrationTests {

	private static final String WARD = "E05013643";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.safercommunities.centres.CentreManagement centres;

	Cookie officer;

	@BeforeEach
	void signIn() throws Exception {
		officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER).getEmail());
	}

	/** The financial year before the one today is in starts on this day (so its October is always past). */
	private static LocalDate lastFinancialYear() {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		int start = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
		return LocalDate.of(start - 1, 4, 1);
	}

	@Test
	void theAnnualReportsEngagementFiguresShowOnTheYearsPageAndTheDashboard() throws Exception {
		LocalDate october = lastFinancialYear().plusMonths(6).withDayOfMonth(10);
		YearMonth month = YearMonth.from(october);
		Cookie analyst = SignIn.as(mvc, data.aStaffUser(Role.ANALYST).getEmail());
		long staffBefore = dashboardCount(analyst, "engagement-staff-trained", month);
		long sessionsBefore = dashboardCount(analyst, "engagement-sessions", month);
		long residentsTrainedBefore = dashboardCount(analyst, "engagement-residents-trained", month);
		long engagedBefore = dashboardCount(analyst, "engagement-residents-engaged", month);
		long championsBefore = dashboardCount(analyst, "engagement-champions", month);

		// 87 staff at 7 organisations, in two staff sessions.
		List<Organisation> organisations = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			organisations.add(data.anOrganisation());
		}
		staffSession(october, "PREVENT_AWARENESS", organisations.subList(0, 4), List.of(10, 10, 10, 10));
		staffSession(october.plusDays(1), "HATE_CRIME_AWARENESS", organisations.subList(4, 7), List.of(15, 16, 16));
		// 9 workshops for 85 residents.
		for (int i = 0; i < 9; i++) {
			assertRedirected(post("/staff/engagement/training").param("heldOn", UkDates.day(october.plusDays(i)))
				.param("topicCode", "RESIDENT_WORKSHOP").param("trainer", "Community Safety Team").param("audience", "RESIDENTS")
				.param("residents", i == 0 ? "13" : "9").param("wardCode", WARD).param("confidenceBefore", "40")
				.param("confidenceAfter", "90"), "/staff/engagement");
		}
		// 300 residents engaged at Hate Crime Awareness Week's stands and events.
		for (int engaged : List.of(120, 100, 80)) {
			assertRedirected(post("/staff/engagement/events").param("heldOn", UkDates.day(october.plusDays(5)))
				.param("kind", "STAND").param("name", "Hate Crime Awareness Week").param("venue", "Brent Cross")
				.param("wardCode", WARD).param("organisationsPresent", "Police, Community Safety Team")
				.param("residentsEngaged", String.valueOf(engaged)).param("championsSignedUp", "10"), "/staff/engagement");
		}
		// 32 champions.
		for (int i = 0; i < 32; i++) {
			assertRedirected(post("/staff/engagement/champions/new").param("name", "Champion " + i)
				.param("email", "champion" + i + "@test.example").param("contactPreference", "EMAIL").param("wardCode", WARD)
				.param("signedUpOn", UkDates.day(october.plusDays(5))).param("consent", "true"), "/staff/engagement/champions");
		}

		String year = body(get("/staff/engagement").param("year", String.valueOf(lastFinancialYear().getYear())));
		assertThat(year).as("the year's page").contains("87 staff at 7 organisations (2 sessions)",
				"9 workshops for 85 residents", "id=\"residents-engaged\">300<", "id=\"champions\">32<", "40% before, 90% after");

		assertThat(dashboardCount(analyst, "engagement-staff-trained", month)).as("staff trained on the dashboard")
			.isEqualTo(staffBefore + 87);
		assertThat(dashboardCount(analyst, "engagement-sessions", month)).as("sessions on the dashboard")
			.isEqualTo(sessionsBefore + 11);
		assertThat(dashboardCount(analyst, "engagement-residents-trained", month)).as("residents trained on the dashboard")
			.isEqualTo(residentsTrainedBefore + 85);
		assertThat(dashboardCount(analyst, "engagement-residents-engaged", month)).as("residents engaged on the dashboard")
			.isEqualTo(engagedBefore + 300);
		assertThat(dashboardCount(analyst, "engagement-champions", month)).as("champions on the dashboard")
			.isEqualTo(championsBefore + 32);
		String dashboard = body(get("/staff/dashboard"), analyst);
		assertThat(dashboard).as("the dashboard lists the engagement indicators")
			.contains("Frontline staff trained", "Hate Crime Reporting Champions signed up", "Residents engaged at awareness events");
	}

	/** A hate crime awareness session for a centre's staff is the centre's training: one record, not two. */
	@Test
	void aCentresStaffTrainedInASessionHaveTheirTrainingOnTheCentre() throws Exception {
		Organisation centre = data.anOrganisation();
		org.safercommunities.centres.CentreTestSupport.register(centres, centre.getId());
		Organisation other = data.anOrganisation();
		LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).minusDays(3);

		staffSession(day, "REPORTING_CENTRE", List.of(centre, other), List.of(3, 5));

		List<String> courses = jdbc.sql("select course from reporting_centre_training where organisation_id = ? and completed_on = ?")
			.params(centre.getId(), day).query(String.class).list();
		assertThat(courses).as("the centre's training records from the session").containsExactly("Reporting centre training");
		Cookie coordinator = SignIn.as(mvc, data.aStaffUser(Role.COORDINATOR).getEmail());
		assertThat(body(get("/staff/centres/" + centre.getId()), coordinator)).as("the centre's page")
			.contains("3 staff (training by Trainer T)");
	}

	@Test
	void badInputComesBackWithSpecificErrorsAndWhatWasTyped() throws Exception {
		String page = body(post("/staff/engagement/training").with(csrf()).param("heldOn", "31 February 2023")
			.param("trainer", "Sam Trainer").param("audience", "STAFF").param("rows[0].attendees", "lots"));
		assertThat(page).contains("Error:", "Enter a real date, like 14 October 2022", "Select the topic",
				"Select the organisation", "Enter a whole number from 1 to 100,000", "value=\"Sam Trainer\"",
				"value=\"lots\"", "href=\"#rows-0-organisationId\"");

		long champions = jdbc.sql("select count(*) from engagement_champion").query(Long.class).single();
		String champion = body(post("/staff/engagement/champions/new").with(csrf()).param("name", "Ada Champion")
			.param("contactPreference", "PHONE").param("signedUpOn", UkDates.day(LocalDate.now().minusDays(1))));
		assertThat(champion).contains("Enter a phone number, to contact them by phone or text",
				"A champion can only be signed up with their consent", "value=\"Ada Champion\"");
		assertThat(jdbc.sql("select count(*) from engagement_champion").query(Long.class).single())
			.as("no champion without consent").isEqualTo(champions);
	}

	@Test
	void championsContactDetailsAreEncryptedAndEveryReadIsAudited() throws Exception {
		assertRedirected(post("/staff/engagement/champions/new").param("name", "Grace Unique-Champion")
			.param("phone", "07700 900123").param("contactPreference", "TEXT_MESSAGE")
			.param("signedUpOn", UkDates.day(LocalDate.now().minusDays(1))).param("consent", "true"),
				"/staff/engagement/champions");
		assertThat(jdbc.sql("select count(*) from engagement_champion where name like '%Grace%' or phone like '%07700%'")
			.query(Long.class).single()).as("plain text in the champion table").isZero();
		long audited = jdbc.sql("select count(*) from audit_entry where action = 'CHAMPIONS_VIEWED'").query(Long.class).single();

		assertThat(body(get("/staff/engagement/champions"))).contains("Grace Unique-Champion", "07700 900123");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'CHAMPIONS_VIEWED'").query(Long.class).single())
			.as("audited reads of champions").isEqualTo(audited + 1);
	}

	@Test
	void namedAttendeesAreKeptOnlyWithConsentEncryptedAndEveryReadIsAudited() throws Exception {
		Organisation library = data.anOrganisation();
		String day = UkDates.day(LocalDate.now(ZoneId.of("Europe/London")).minusDays(2));
		String names = "Olu Unique-Attendee\n\nPriya Unique-Attendee";
		String refused = body(post("/staff/engagement/training").with(csrf()).param("heldOn", day).param("topicCode", "BYSTANDER")
			.param("trainer", "Trainer T").param("audience", "STAFF").param("rows[0].organisationId", String.valueOf(library.getId()))
			.param("rows[0].attendees", "2").param("attendeeNames", names));
		assertThat(refused).as("names without consent").contains("Error:", "Names can only be kept with each person",
				"Olu Unique-Attendee", "href=\"#attendeesConsented\"");

		assertRedirected(post("/staff/engagement/training").param("heldOn", day).param("topicCode", "BYSTANDER")
			.param("trainer", "Trainer T").param("audience", "STAFF").param("rows[0].organisationId", String.valueOf(library.getId()))
			.param("rows[0].attendees", "2").param("attendeeNames", names).param("attendeesConsented", "true"), "/staff/engagement");
		long session = jdbc.sql("select max(session_id) from engagement_training_attendee").query(Long.class).single();
		assertThat(jdbc.sql("select count(*) from engagement_training_attendee where session_id = ?").param(session)
			.query(Long.class).single()).as("two names, the blank line left out").isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from engagement_training_attendee where name like '%Unique-Attendee%'")
			.query(Long.class).single()).as("names in the clear").isZero();
		long audited = jdbc.sql("select count(*) from audit_entry where action = 'TRAINING_ATTENDEES_VIEWED' and record_id = ?")
			.param(String.valueOf(session)).query(Long.class).single();

		assertThat(body(get("/staff/engagement/training/" + session))).contains("Olu Unique-Attendee", "Priya Unique-Attendee",
				library.getName() + ": 2");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'TRAINING_ATTENDEES_VIEWED' and record_id = ?")
			.param(String.valueOf(session)).query(Long.class).single()).as("the read audited").isEqualTo(audited + 1);
		assertThat(mvc.perform(get("/staff/engagement/training/" + session).cookie(SignIn.as(mvc, data.aStaffUser(Role.ANALYST).getEmail())))
			.andReturn().getResponse().getStatus()).as("an analyst").isEqualTo(403);
	}

	private void staffSession(LocalDate day, String topic, List<Organisation> organisations, List<Integer> attendees)
			throws Exception {
		MockHttpServletRequestBuilder request = post("/staff/engagement/training").param("heldOn", UkDates.day(day))
			.param("topicCode", topic).param("trainer", "Trainer T").param("audience", "STAFF");
		for (int i = 0; i < organisations.size(); i++) {
			request.param("rows[" + i + "].organisationId", String.valueOf(organisations.get(i).getId()))
				.param("rows[" + i + "].attendees", String.valueOf(attendees.get(i)));
		}
		assertRedirected(request, "/staff/engagement");
	}

	private void assertRedirected(MockHttpServletRequestBuilder request, String to) throws Exception {
		MockHttpServletResponse response = mvc.perform(request.with(csrf()).cookie(officer)).andReturn().getResponse();
		assertThat(response.getRedirectedUrl()).as("redirect after saving; the page said: "
				+ response.getContentAsString(StandardCharsets.UTF_8).replaceAll("(?s).*govuk-error-summary__list\">(.*?)</ul>.*", "$1"))
			.isEqualTo(to);
	}

	/** The month's count in the dashboard's CSV export of an indicator for the borough (0 when absent or no data). */
	private long dashboardCount(Cookie analyst, String indicator, YearMonth month) throws Exception {
		String csv = body(get("/staff/dashboard/" + indicator + ".csv"), analyst);
		return csv.lines()
			.map(line -> line.split(","))
			.filter(cells -> cells.length == 8 && cells[5].equals(month.toString()) && !cells[6].isEmpty())
			.mapToLong(cells -> Long.parseLong(cells[6]))
			.findFirst()
			.orElse(0);
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		return body(request, officer);
	}

	private String body(MockHttpServletRequestBuilder request, Cookie who) throws Exception {
		return mvc.perform(request.cookie(who)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
