package org.safercommunities.engagement;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.safercommunities.organisations.Organisation;
import org.safercommunities.shared.UkDates;
import org.safercommunities.support.TestData;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Seed 001's engagement (4.5.5), recorded through the pages as an officer would, in October of the financial
 * year a test chooses: 87 staff at 7 organisations in two sessions, 9 workshops for 85 residents, 300 residents
 * engaged at 3 Hate Crime Awareness Week stands, and 32 Hate Crime Reporting Champions.
 */
public final class EngagementYearRecords {

	private static final String WARD = "E05013643";

	private final MockMvc mvc;

	private final Cookie officer;

	private EngagementYearRecords(MockMvc mvc, Cookie officer) {
		this.mvc = mvc;
		this.officer = officer;
	}

	/** Records as {@code officer} (an officer's or coordinator's session). */
	public static EngagementYearRecords as(MockMvc mvc, Cookie officer) {
		return new EngagementYearRecords(mvc, officer);
	}

	public void seed(TestData data, int startYear) throws Exception {
		LocalDate october = LocalDate.of(startYear, 10, 10);
		List<Organisation> organisations = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			organisations.add(data.anOrganisation());
		}
		staffSession(october, "PREVENT_AWARENESS", organisations.subList(0, 4), List.of(10, 10, 10, 10));
		staffSession(october.plusDays(1), "HATE_CRIME_AWARENESS", organisations.subList(4, 7), List.of(15, 16, 16));
		for (int i = 0; i < 9; i++) {
			redirected(post("/staff/engagement/training").param("heldOn", UkDates.day(october.plusDays(i)))
				.param("topicCode", "RESIDENT_WORKSHOP").param("trainer", "Community Safety Team").param("audience", "RESIDENTS")
				.param("residents", i == 0 ? "13" : "9").param("wardCode", WARD).param("confidenceBefore", "40")
				.param("confidenceAfter", "90"), "/staff/engagement");
		}
		for (int engaged : List.of(120, 100, 80)) {
			redirected(post("/staff/engagement/events").param("heldOn", UkDates.day(october.plusDays(5)))
				.param("kind", "STAND").param("name", "Hate Crime Awareness Week").param("venue", "Brent Cross")
				.param("wardCode", WARD).param("organisationsPresent", "Police, Community Safety Team")
				.param("residentsEngaged", String.valueOf(engaged)).param("championsSignedUp", "10"), "/staff/engagement");
		}
		String unique = TestData.unique("champion");
		for (int i = 0; i < 32; i++) {
			redirected(post("/staff/engagement/champions/new").param("name", "Champion " + i)
				.param("email", unique + "-" + i + "@test.example").param("contactPreference", "EMAIL").param("wardCode", WARD)
				.param("signedUpOn", UkDates.day(october.plusDays(5))).param("consent", "true"), "/staff/engagement/champions");
		}
	}

	private void staffSession(LocalDate day, String topic, List<Organisation> organisations, List<Integer> attendees)
			throws Exception {
		MockHttpServletRequestBuilder request = post("/staff/engagement/training").param("heldOn", UkDates.day(day))
			.param("topicCode", topic).param("trainer", "Trainer T").param("audience", "STAFF");
		for (int i = 0; i < organisations.size(); i++) {
			request.param("rows[" + i + "].organisationId", String.valueOf(organisations.get(i).getId()))
				.param("rows[" + i + "].attendees", String.valueOf(attendees.get(i)));
		}
		redirected(request, "/staff/engagement");
	}

	private void redirected(MockHttpServletRequestBuilder request, String to) throws Exception {
		MockHttpServletResponse response = mvc.perform(request.with(csrf()).cookie(officer)).andReturn().getResponse();
		assertThat(response.getRedirectedUrl()).as("redirect after saving; the page said: "
				+ response.getContentAsString(StandardCharsets.UTF_8)
					.replaceAll("(?s).*govuk-error-summary__list\">(.*?)</ul>.*", "$1"))
			.isEqualTo(to);
	}

}
