package org.safercommunities.people;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.safercommunities.people.Involvement.PartyRole;
import org.safercommunities.security.StaffUser;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The officers' people pages over MockMvc: adding with errors, look-up, the person page, merging and refusals. */
@IntegrationTest
class PeoplePagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOfficerAddsAPersonAndMistakesComeBackWithEverythingTyped() throws Exception {
		Cookie officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER).getEmail());
		String family = "Pemberton" + PeopleIntegrationTests.lettersOf(TestData.unique(""));

		MvcResult wrong = mvc.perform(post("/staff/people/new").cookie(officer).with(csrf())
			.param("givenName", "Imogen").param("familyName", family).param("birthDay", "31").param("birthMonth", "2")
			.param("birthYear", "1990").param("postcode", "not a postcode").param("phone", "07700 900456")
			.param("safeContactNote", "Only by text")).andReturn();

		String page = wrong.getResponse().getContentAsString();
		assertThat(wrong.getResponse().getStatus()).isEqualTo(200);
		assertThat(page).as("the error title and summary").contains("<title>Error: ", "Date of birth must be a real date",
				"Enter a real postcode, like NW4 4BQ", "href=\"#birthDay\"", "href=\"#postcode\"");
		assertThat(page).as("nothing typed lost").contains("value=\"Imogen\"", "value=\"" + family + "\"",
				"value=\"31\"", "value=\"not a postcode\"", "value=\"07700 900456\"", "Only by text");

		MvcResult added = mvc.perform(post("/staff/people/new").cookie(officer).with(csrf())
			.param("givenName", "Imogen").param("familyName", family).param("birthDay", "28").param("birthMonth", "2")
			.param("birthYear", "1990").param("postcode", "nw4 4bq").param("vulnerabilities", "CHILD")).andReturn();
		String location = added.getResponse().getRedirectedUrl();
		assertThat(location).matches("/staff/people/\\d+");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		String shown = mvc.perform(get(location).cookie(officer)).andReturn().getResponse().getContentAsString();
		assertThat(shown).contains("Imogen " + family, "28 February 1990", "NW4 4BQ", "consider a safeguarding referral to the MASH");

		String found = mvc.perform(get("/staff/people").param("q", "IMOGEN  " + family).cookie(officer)).andReturn()
			.getResponse().getContentAsString();
		assertThat(found).contains("href=\"/staff/people/" + id + "\"");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'PERSON_READ' and record_id = ?")
			.param(String.valueOf(id)).query(Long.class).single()).as("the page and the search audited").isGreaterThanOrEqualTo(2);
	}

	@Test
	void aCommonNameListsTheNewestFiftyAndSaysHowManyMoreMatchReadingOnlyThoseShown() throws Exception {
		Cookie officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER).getEmail());
		String family = "Commonname" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
		List<Long> ids = new java.util.ArrayList<>();
		for (int i = 0; i < PeopleController.SHOWN + 2; i++) {
			ids.add(people.record(PersonDetails.named("Oliver", family), "test"));
		}
		String found = mvc.perform(get("/staff/people").param("q", "Oliver " + family).cookie(officer)).andReturn()
			.getResponse().getContentAsString();
		assertThat(found).contains("These are the 50 most recently recorded of 52 people who match")
			.contains("href=\"/staff/people/" + ids.get(ids.size() - 1) + "\"")
			.doesNotContain("href=\"/staff/people/" + ids.get(0) + "\"")
			.doesNotContain("id=\"repeat-victims\"");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'PERSON_READ' and record_id = ?")
			.param(String.valueOf(ids.get(0))).query(Long.class).single()).as("the oldest, not shown, not read").isZero();
	}

	@Test
	void aRepeatVictimIsFlaggedOnTheirPageAndInTheListAndADuplicateIsMergedThenUndone() throws Exception {
		Cookie officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER).getEmail());
		PersonDetails person = PeopleIntegrationTests.aPerson("Fenella");
		long kept = people.record(person, "test");
		long away = people.record(person, "test");
		for (long report = 1; report <= 3; report++) {
			people.recordInvolvement(kept, new Involvement("reporting", "hate_report", 700 + report, PartyRole.VICTIM,
					LocalDate.now().minusDays(report), false));
		}

		String page = mvc.perform(get("/staff/people/" + kept).cookie(officer)).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("Repeat victim: 3 reports or cases in the last 12 months", "CS MARAC",
				"href=\"/staff/reports/701\"", "Same phone number", "value=\"" + away + "\"", "Merge into this person");
		assertThat(mvc.perform(get("/staff/people").cookie(officer)).andReturn().getResponse().getContentAsString())
			.as("the repeat-victim list").contains("href=\"/staff/people/" + kept + "\"");

		String missingReason = mvc.perform(post("/staff/people/" + kept + "/merge").cookie(officer).with(csrf())
			.param("otherId", String.valueOf(away))).andReturn().getResponse().getContentAsString();
		assertThat(missingReason).contains("Enter why they are the same person");

		assertThat(mvc.perform(post("/staff/people/" + kept + "/merge").cookie(officer).with(csrf())
			.param("otherId", String.valueOf(away)).param("reason", "Confirmed by phone")).andReturn().getResponse()
			.getRedirectedUrl()).isEqualTo("/staff/people/" + kept);
		assertThat(mvc.perform(get("/staff/people/" + away).cookie(officer)).andReturn().getResponse()
			.getContentAsString()).contains("This record was merged into", "href=\"/staff/people/" + kept + "\"");
		long merge = jdbc.sql("select id from person_merge where merged_away_id = ?").param(away).query(Long.class).single();

		mvc.perform(post("/staff/people/merges/" + merge + "/undo").cookie(officer).with(csrf()));
		assertThat(people.current(away)).as("after the undo").isEqualTo(away);
	}

	@Test
	void someoneWhoIsNotAnOfficerIsRefusedAndTheRefusalAudited() throws Exception {
		StaffUser partner = data.aStaffUser(Role.PARTNER);
		Cookie session = SignIn.as(mvc, partner.getEmail());
		long id = people.record(PersonDetails.named("Gideon", "Refused"), "test");

		assertThat(mvc.perform(get("/staff/people/" + id).cookie(session)).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ACCESS_REFUSED' and actor_user_id = ?")
			.param(partner.getId()).query(Long.class).single()).isPositive();
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'PERSON_READ' and record_id = ?")
			.param(String.valueOf(id)).query(Long.class).single()).as("nothing read").isZero();
		assertThat(List.of(403)).contains(mvc.perform(get("/staff/people").cookie(session)).andReturn().getResponse()
			.getStatus());
	}

}
