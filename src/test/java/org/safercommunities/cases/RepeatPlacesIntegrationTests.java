package org.safercommunities.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Repeat places: three cases at one postcode within twelve months flag the place on each case page and in the list,
 * the list finds them by the postcode, and the postcode is held only as a keyed blind index.
 */
@IntegrationTest
class RepeatPlacesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	Organisation council;

	Cookie officer;

	/** A postcode of this test's own, so cases of other tests do not add up at it. */
	String postcode;

	@BeforeEach
	void staff() throws Exception {
		council = data.anOrganisation();
		officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER, council).getEmail());
		ThreadLocalRandom random = ThreadLocalRandom.current();
		postcode = "ZZ" + random.nextInt(10) + (char) ('A' + random.nextInt(26)) + " " + random.nextInt(10)
				+ (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
	}

	@Test
	void theThirdCaseAtAPostcodeFlagsThePlaceOnEveryCaseThereAndInTheList() throws Exception {
		long first = open("Outside 12 Brent Street, " + postcode);
		long second = open("12 brent st " + postcode.toLowerCase().replace(" ", ""));
		assertThat(body(get("/staff/cases/" + second), officer)).as("two cases are not yet a repeat place")
			.doesNotContain("id=\"repeat-place\"");

		long third = open("Rear of 12 Brent Street (" + postcode + ")");
		long elsewhere = open("Bus stop outside Burnt Oak station");

		for (long caseId : List.of(first, second, third)) {
			assertThat(body(get("/staff/cases/" + caseId), officer)).as("case " + caseId)
				.contains("id=\"repeat-place\"", "Repeat place: 3 cases at this postcode opened in the last 12 months")
				.contains("/staff/cases?place=" + caseId);
		}
		String noPostcode = body(get("/staff/cases/" + elsewhere), officer);
		assertThat(noPostcode).doesNotContain("id=\"repeat-place\"").contains("id=\"place-no-postcode\"");

		String atPlace = body(get("/staff/cases?place=" + first), officer);
		assertThat(atPlace).contains("3 cases", reference(first), reference(second), reference(third))
			.doesNotContain(reference(elsewhere));
		assertThat(body(get("/staff/cases?q=" + postcode.toLowerCase()), officer)).as("searched by the postcode")
			.contains("3 cases", reference(third));
		String repeatOnly = body(get("/staff/cases?scope=mine&repeat=places"), officer);
		assertThat(repeatOnly).contains("3 cases", "Repeat place").doesNotContain(reference(elsewhere));

		String csv = body(get("/staff/cases/export.csv?scope=mine"), officer);
		assertThat(csv.lines().filter(line -> line.endsWith(",no,yes")).count()).as(csv).isEqualTo(3);
		assertThat(csv.lines().filter(line -> line.startsWith(reference(elsewhere))).findFirst().orElseThrow())
			.endsWith(",no,no");

		assertThat(jdbc.sql("select place_key from case_file where id = ?").param(first).query(String.class).single())
			.as("a keyed index, never the postcode").isNotBlank()
			.doesNotContain(postcode.replace(" ", ""))
			.isEqualTo(jdbc.sql("select place_key from case_file where id = ?").param(third).query(String.class).single());
	}

	@Test
	void casesOpenedBeforeTheWindowDoNotMakeARepeatPlace() throws Exception {
		long old = open("1 High Road " + postcode);
		long older = open("1 High Road " + postcode);
		jdbc.sql("update case_file set opened_on = ? where id in (?, ?)")
			.params(LocalDate.now().minusMonths(13), old, older)
			.update();
		long recent = open("1 High Road " + postcode);
		assertThat(body(get("/staff/cases/" + recent), officer)).doesNotContain("id=\"repeat-place\"");
		assertThat(body(get("/staff/cases?place=" + recent), officer)).as("the window's cases only")
			.contains("1 case", reference(recent)).doesNotContain(reference(old));
	}

	@Test
	void changingThePlaceMovesTheCaseToItsNewPostcode() throws Exception {
		long first = open("2 Station Road " + postcode);
		open("2 Station Road " + postcode);
		long moved = open("Park entrance, no postcode known");
		assertThat(status(post("/staff/cases/" + moved + "/details").with(csrf())
			.param("typeCode", "ASB_NUISANCE").param("title", "Noise").param("account", "Loud music")
			.param("placeDescription", "2 Station Road, " + postcode)
			.param("wardCode", CaseTestData.WARD), officer)).isEqualTo(302);
		assertThat(body(get("/staff/cases/" + first), officer)).contains("Repeat place: 3 cases");
	}

	@Test
	void anotherOrganisationCannotListThePlaceOfACaseItCannotSee() throws Exception {
		long caseId = open("3 Mill Lane " + postcode);
		Cookie stranger = SignIn.as(mvc, data.aStaffUser(Role.OFFICER, data.anOrganisation()).getEmail());
		assertThat(mvc.perform(get("/staff/cases?place=" + caseId).cookie(stranger)).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(body(get("/staff/cases?q=" + postcode), stranger)).as("another organisation's cases stay hidden")
			.contains("No cases");
	}

	private long open(String place) throws Exception {
		MvcResult result = mvc.perform(post("/staff/cases").with(csrf()).cookie(officer)
			.param("typeCode", "ASB_NUISANCE")
			.param("title", "Noise from a flat")
			.param("source", "PHONE")
			.param("account", "Loud music every night")
			.param("placeDescription", place)
			.param("wardCode", CaseTestData.WARD)).andReturn();
		long id = CaseTestData.caseIdOf(result);
		mvc.perform(get("/staff/cases/" + id).cookie(officer));
		return id;
	}

	private String reference(long caseId) {
		return jdbc.sql("select reference from case_file where id = ?").param(caseId).query(String.class).single();
	}

	private String body(MockHttpServletRequestBuilder request, Cookie who) throws Exception {
		MvcResult result = mvc.perform(request.cookie(who)).andReturn();
		assertThat(result.getResponse().getStatus()).as(request.toString()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private int status(MockHttpServletRequestBuilder request, Cookie who) throws Exception {
		MvcResult result = mvc.perform(request.cookie(who)).andReturn();
		String target = result.getResponse().getRedirectedUrl();
		if (target != null && target.startsWith("/staff/")) {
			mvc.perform(get(target.replaceAll("#.*", "")).cookie(who));
		}
		return result.getResponse().getStatus();
	}

}
