package org.safercommunities.enforcement;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.safercommunities.cases.CaseTestData;
import org.safercommunities.shared.UkDates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Enforcement records for tests, made through the pages as an officer would (so every rule and audit runs). */
final class EnforcementTestData {

	/**
	 * The 32 fixed penalty notices of January to March 2023 (seed 001 4.1.6) by offence code. Fig. 5's own values
	 * are only in its chart, so this split is invented; its total is the report's.
	 */
	static final Map<String, Integer> FIRST_QUARTER_2023 = new LinkedHashMap<>();

	static {
		FIRST_QUARTER_2023.put("CST01", 10);
		FIRST_QUARTER_2023.put("CST07a", 4);
		FIRST_QUARTER_2023.put("CST08", 2);
		FIRST_QUARTER_2023.put("CST09", 7);
		FIRST_QUARTER_2023.put("CST11", 3);
		FIRST_QUARTER_2023.put("CST13", 5);
		FIRST_QUARTER_2023.put("CST17", 1);
	}

	private EnforcementTestData() {
	}

	/** A case taken by phone with one alleged perpetrator; returns the case id and the person's id. */
	static CaseWithPerson caseWithPerpetrator(MockMvc mvc, Cookie officer, JdbcClient jdbc, String familyName)
			throws Exception {
		long caseId = CaseTestData.openByPhone(mvc, officer);
		long personId = addParty(mvc, officer, jdbc, caseId, familyName, "ALLEGED_PERPETRATOR");
		return new CaseWithPerson(caseId, personId);
	}

	static long addParty(MockMvc mvc, Cookie officer, JdbcClient jdbc, long caseId, String familyName, String role)
			throws Exception {
		redirect(mvc, post("/staff/cases/" + caseId + "/parties").param("givenName", "Sam").param("familyName", familyName)
			.param("partyRole", role).param("choice", "NEW"), officer);
		return jdbc.sql("select person_id from case_party where case_id = ? and role = ? order by id desc")
			.params(caseId, role).query(Long.class).list().get(0);
	}

	static long tool(MockMvc mvc, Cookie officer, long caseId, String kind, Long personId, LocalDate on,
			String... more) throws Exception {
		MockHttpServletRequestBuilder request = post("/staff/cases/" + caseId + "/enforcement/tools").param("kind", kind)
			.param("issuedOn", UkDates.day(on)).param("conditions", "Stop playing loud music after 11pm");
		if (personId != null) {
			request.param("recipient", String.valueOf(personId));
		}
		for (int i = 0; i + 1 < more.length; i += 2) {
			request.param(more[i], more[i + 1]);
		}
		return idAfter(redirect(mvc, request, officer), "tool-");
	}

	static long penalty(MockMvc mvc, Cookie officer, long caseId, String code, long personId, LocalDate on,
			String... more) throws Exception {
		MockHttpServletRequestBuilder request = post("/staff/cases/" + caseId + "/enforcement/penalties")
			.param("offenceCode", code).param("recipient", String.valueOf(personId)).param("issuedOn", UkDates.day(on));
		for (int i = 0; i + 1 < more.length; i += 2) {
			request.param(more[i], more[i + 1]);
		}
		return idAfter(redirect(mvc, request, officer), "penalty-");
	}

	static String redirect(MockMvc mvc, MockHttpServletRequestBuilder request, Cookie who) throws Exception {
		MvcResult result = mvc.perform(request.with(csrf()).cookie(who)).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as(result.getResponse().getStatus() + " "
				+ result.getResponse().getContentAsString()).isNotNull();
		return result.getResponse().getRedirectedUrl();
	}

	/** The page a form comes back as (200, with its errors). */
	static String formAgain(MockMvc mvc, MockHttpServletRequestBuilder request, Cookie who) throws Exception {
		MvcResult result = mvc.perform(request.with(csrf()).cookie(who)).andReturn();
		assertThat(result.getResponse().getStatus()).as("form shown again, redirected to "
				+ result.getResponse().getRedirectedUrl()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	static String page(MockMvc mvc, String path, Cookie who) throws Exception {
		MvcResult result = mvc.perform(get(path).cookie(who)).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private static long idAfter(String redirect, String anchor) {
		assertThat(redirect).contains("#" + anchor);
		return Long.parseLong(redirect.substring(redirect.indexOf("#" + anchor) + anchor.length() + 1));
	}

	record CaseWithPerson(long caseId, long personId) {
	}

}
