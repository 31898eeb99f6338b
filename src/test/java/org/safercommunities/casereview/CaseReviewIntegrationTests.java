package org.safercommunities.casereview;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.PdfChecks;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The Case Review end to end: the public form as a plain form post (no JavaScript), the officer's page, the figures. */
@IntegrationTest
class CaseReviewIntegrationTests {

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	CaseReviewApplications applications;

	@Autowired
	CaseReviewLocations legacyPlaces;

	@Autowired
	org.safercommunities.crypto.FieldEncryption encryption;

	@Autowired
	CaseReviewStatistics statistics;

	@Autowired
	WorkingDays days;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theProcedureIsPublishedAndTheFormOffersQuickExitInEveryLanguage() throws Exception {
		String procedure = mvc.perform(get("/case-review/procedure")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(procedure).contains("How the ASB Case Review works").contains("3 times in the last 6 months")
			.contains("within 5 working days");
		for (String lang : new String[] { "en", "ar", "bn", "pl", "ro", "tr", "en-easyread" }) {
			String form = mvc.perform(get("/case-review/apply").param("lang", lang)).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
			assertThat(form).as(lang).contains("govuk-exit-this-page").contains("name=\"_csrf\"")
				.contains("name=\"incidents[4].reportedTo\"").doesNotContain("??");
		}
	}

	@Test
	void anApplicationSentAsAPlainFormIsRecordedWithItsIncidents() throws Exception {
		MvcResult sent = mvc.perform(post("/case-review/apply").with(csrf())
			.param("forWhom", "SELF").param("givenName", "Ada").param("familyName", "Applicant")
			.param("email", "ada@example.org").param("problem", "Loud parties every weekend")
			.param("location", "Flat 3, Example Court").param("hate", "NO")
			.param("incidents[0].happenedOn", "3 1 2026").param("incidents[0].reportedOn", "4 1 2026")
			.param("incidents[0].reportedTo", "COUNCIL").param("incidents[0].reference", "ASB/1")
			.param("incidents[1].happenedOn", "10 2 2026").param("incidents[1].reportedOn", "10 2 2026")
			.param("incidents[1].reportedTo", "POLICE"))
			.andExpect(status().is3xxRedirection()).andReturn();
		String location = sent.getResponse().getRedirectedUrl();
		assertThat(location).matches("/case-review/sent\\?reference=CR-[A-Z0-9]{8}");
		String reference = location.substring(location.indexOf('=') + 1);
		assertThat(mvc.perform(get(location)).andReturn().getResponse().getContentAsString()).contains(reference);

		long id = jdbc.sql("select id from casereview_application where reference = ?").param(reference).query(Long.class).single();
		assertThat(applications.incidents(id)).hasSize(2);
		String stored = jdbc.sql("select problem_encrypted from casereview_application where id = ?").param(id)
			.query(String.class).single();
		assertThat(stored).as("the problem is encrypted at rest").doesNotContain("Loud parties");
		assertThat(jdbc.sql("select concat(location_encrypted, '|', location_key) from casereview_application where id = ?")
			.param(id).query(String.class).single()).as("the place, often the applicant's home, is not in the clear")
			.doesNotContain("Example", "example", "flat3");

		Cookie officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER).getEmail());
		String page = mvc.perform(get("/staff/case-reviews/" + id).cookie(officer)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("Loud parties every weekend").contains("Ada Applicant").contains("(needs 3)")
			.contains("Flat 3, Example Court");
		mvc.perform(post("/staff/case-reviews/" + id + "/decision").cookie(officer).with(csrf()).param("accepted", "NO")
			.param("reason", "Two reports, not three")).andExpect(status().is3xxRedirection());
		byte[] letter = mvc.perform(get("/staff/case-reviews/" + id + "/decision-letter.pdf").cookie(officer))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(PdfChecks.text(letter)).contains(reference).contains("does not meet the threshold")
			.contains("Two reports, not three");
	}

	@Test
	void aPlaceKeptInTheClearBeforeItWasEncryptedIsEncryptedAtTheNextStart() {
		jdbc.sql("""
				insert into casereview_application (reference, received_on, for_someone_else, applicant_person_id,
				  problem_encrypted, location, location_key, hate) values ('CR-LEGACY01', current_date, false, 0, 'x',
				  'Flat 9, Old Court', 'flat9oldcourt', false)""").update();

		legacyPlaces.encryptPlacesKeptInTheClear();

		var row = jdbc.sql("select location, location_encrypted, location_key from casereview_application "
				+ "where reference = 'CR-LEGACY01'").query((rs, n) -> new String[] { rs.getString(1), rs.getString(2),
						rs.getString(3) }).single();
		assertThat(row[0]).as("the clear column emptied").isNull();
		assertThat(encryption.decrypt(row[1])).isEqualTo("Flat 9, Old Court");
		assertThat(row[2]).isEqualTo(applications.locationKey("Flat 9, Old Court"));
		jdbc.sql("delete from casereview_application where reference = 'CR-LEGACY01'").update();
	}

	@Test
	void applicationsAboutOnePlaceMatchHoweverItIsSpeltWithoutThePlaceReadable() {
		String key = applications.locationKey("Flat 3, Example Court");

		assertThat(applications.locationKey("flat 3 example-court")).isEqualTo(key);
		assertThat(applications.locationKey("Flat 4, Example Court")).isNotEqualTo(key);
		assertThat(key).doesNotContainIgnoringCase("example").hasSize(43);
	}

	@Test
	void aWrongFormComesBackWithEachErrorAndWhatWasTyped() throws Exception {
		String page = mvc.perform(post("/case-review/apply").with(csrf()).param("givenName", "Ada")
			.param("incidents[0].happenedOn", "31 2 2026").param("incidents[0].reportedTo", "POLICE"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Error: ").contains("Select who you are applying for").contains("Enter your last name")
			.contains("Enter when incident 1 happened").contains("value=\"Ada\"").contains("value=\"31 2 2026\"");
	}

	@Test
	void deadlinesComeFromTheManagedBankHolidays() {
		// Thursday 24 December 2026: Christmas Day, Boxing Day's substitute (28th) and New Year's Day are skipped.
		assertThat(days.after(LocalDate.of(2026, 12, 24), 5)).isEqualTo(LocalDate.of(2027, 1, 5));
		assertThat(days.after(LocalDate.of(2026, 12, 24), 10)).isEqualTo(LocalDate.of(2027, 1, 12));
	}

	/** Seed 001 section 4.1.2: 11 submitted, 5 accepted, 6 rejected "however … still … subject to a case review". */
	@Test
	void elevenApplicationsGiveTheAnnualReportsFigures() {
		CaseReviewYearRecords.from(context).seed(2012);

		CaseReviewStatistics.Year year = statistics.year(2012);

		assertThat(year.label()).isEqualTo("2012/13");
		assertThat(year.applications()).isEqualTo(11);
		assertThat(year.thresholdMet()).isEqualTo(5);
		assertThat(year.notAccepted()).isEqualTo(6);
		assertThat(year.reviewsHeld()).as("the six not accepted were reviewed too").isEqualTo(11);
		assertThat(year.outcomes()).containsEntry(Outcome.ACTION_PLAN, 5L).containsEntry(Outcome.NO_FURTHER_ACTION, 6L);
	}

}
