package org.safercommunities.cases;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Cases for the case work tests, made through the pages as an officer would. */
final class CaseWorkTestData {

	static final String WARD = "E05013643";

	private CaseWorkTestData() {
	}

	/** A hate crime case opened directly (a phone call) by the signed-in officer, for their organisation. */
	static long openCase(MockMvc mvc, Cookie officer) throws Exception {
		String redirect = redirect(mvc, post("/staff/cases").param("typeCode", "HATE_CRIME")
			.param("title", "Abuse in the street").param("source", "PHONE").param("wardCode", WARD), officer);
		assertThat(redirect).as("case opened").matches("/staff/cases/\\d+.*");
		return Long.parseLong(redirect.replaceAll("^/staff/cases/(\\d+).*$", "$1"));
	}

	static void addVictim(MockMvc mvc, Cookie officer, long caseId, String familyName) throws Exception {
		assertThat(redirect(mvc, post("/staff/cases/" + caseId + "/parties").param("givenName", "Ada")
			.param("familyName", familyName).param("partyRole", "VICTIM").param("choice", "NEW"), officer))
			.startsWith("/staff/cases/" + caseId);
	}

	static void shareWhole(MockMvc mvc, Cookie officer, long caseId, long organisationId) throws Exception {
		assertThat(redirect(mvc, post("/staff/cases/" + caseId + "/shares").param("organisationId",
				String.valueOf(organisationId)).param("level", "WHOLE").param("shareReason", "Joint working"), officer))
			.startsWith("/staff/cases/" + caseId);
	}

	static String redirect(MockMvc mvc, MockHttpServletRequestBuilder request, Cookie who) throws Exception {
		MvcResult result = mvc.perform(request.with(csrf()).cookie(who)).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as(result.getResponse().getStatus() + " "
				+ result.getResponse().getContentAsString()).isNotNull();
		return result.getResponse().getRedirectedUrl();
	}

	static String page(MockMvc mvc, String path, Cookie who) throws Exception {
		MvcResult result = mvc.perform(get(path).cookie(who)).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

}
