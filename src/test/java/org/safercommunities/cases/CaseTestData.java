package org.safercommunities.cases;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.safercommunities.reporting.ReportTestData;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Cases for tests, opened through the pages as an officer would (so the access checks, the people module and the
 * timeline all run), with every answer defaulted: named reports about one person, and cases opened from them.
 */
public final class CaseTestData {

	public static final String ACCOUNT = "A man shouted abuse at a woman in a headscarf and spat at her.";

	public static final String PLACE = "Bus stop outside Burnt Oak station";

	public static final String WARD = "E05013630";

	private static final Pattern CASE_ADDRESS = Pattern.compile("/staff/cases/(\\d+)");

	private CaseTestData() {
	}

	/** A report sent online by a named reporter who agreed to be contacted. */
	public static ReportTestData.Sent namedReport(ReportTestData reports, String name, String email, String phone) {
		return reports.aReport()
			.with("giveDetails", "YES")
			.with("name", name)
			.with("email", email)
			.with("phone", phone)
			.with("safeToContact", "YES")
			.send();
	}

	/** Opens a case from a report as {@code officer}; the reporter (if named) becomes the victim as a new person. */
	public static long openFrom(MockMvc mvc, Cookie officer, long reportId, boolean named) throws Exception {
		var request = post("/staff/cases").with(csrf()).cookie(officer)
			.param("report", String.valueOf(reportId))
			.param("typeCode", "HATE_CRIME")
			.param("title", "Abuse at bus stop")
			.param("account", ACCOUNT)
			.param("placeDescription", PLACE)
			.param("wardCode", WARD);
		if (named) {
			request.param("reporterAs", "NEW");
		}
		return followed(mvc, officer, mvc.perform(request).andReturn());
	}

	/** Opens a case taken by phone, with no party. */
	public static long openByPhone(MockMvc mvc, Cookie officer) throws Exception {
		return followed(mvc, officer, mvc.perform(post("/staff/cases").with(csrf()).cookie(officer)
			.param("typeCode", "ASB_NUISANCE")
			.param("title", "Noise from a flat")
			.param("source", "PHONE")
			.param("account", "Loud music every night")
			.param("wardCode", WARD)).andReturn());
	}

	/** The new case's id, once its page was shown as the browser would after the redirect (taking its message). */
	private static long followed(MockMvc mvc, Cookie officer, MvcResult result) throws Exception {
		long id = caseIdOf(result);
		mvc.perform(get("/staff/cases/" + id).cookie(officer));
		return id;
	}

	static long caseIdOf(MvcResult result) {
		String target = result.getResponse().getRedirectedUrl();
		assertThat(target).as("redirect after opening a case (status " + result.getResponse().getStatus() + ")")
			.isNotNull();
		Matcher matcher = CASE_ADDRESS.matcher(target);
		assertThat(matcher.find()).as("case address in " + target).isTrue();
		return Long.parseLong(matcher.group(1));
	}

}
