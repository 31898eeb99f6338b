package org.safercommunities.people;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safercommunities.cases.CaseTestData;
import org.safercommunities.feedback.FeedbackTestData;
import org.safercommunities.reporting.ReportTestData;
import org.safercommunities.security.StaffUser;
import org.safercommunities.shared.Role;
import org.safercommunities.shared.UkDates;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.PdfChecks;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Subject access through the pages, on the real database: a person seeded in the people, cases and enforcement
 * modules gets everything each holds about them, as JSON and as a PDF, with the other party to their case removed
 * from every field; only the administrator may export, with a request reference, and every export is audited. A
 * reporter whose named report became a case referred to the CS MARAC, and who answered the feedback survey, gets
 * their report, the MARAC referral and their answers too, with the alleged perpetrator removed from all three.
 */
@IntegrationTest
class SubjectAccessIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportTestData reports;

	@Autowired
	ApplicationContext context;

	Cookie officer;

	Cookie admin;

	long adminId;

	String victimFamily;

	String perpetratorFamily;

	long caseId;

	long victimId;

	long perpetratorId;

	@BeforeEach
	void aCaseWithAVictimAndAnAllegedPerpetratorServedAWarning() throws Exception {
		StaffUser officerUser = data.aStaffUser(Role.OFFICER);
		officer = SignIn.as(mvc, officerUser.getEmail());
		StaffUser adminUser = data.aStaffUser(Role.ADMIN);
		adminId = adminUser.getId();
		admin = SignIn.as(mvc, adminUser.getEmail());
		victimFamily = "Vicwell" + letters(TestData.unique(""));
		perpetratorFamily = "Perrow" + letters(TestData.unique(""));
		MvcResult opened = mvc.perform(post("/staff/cases").with(csrf()).cookie(officer)
			.param("typeCode", "ASB_PERSONAL").param("title", "Shouting in the stairwell").param("source", "PHONE")
			.param("account", "Ada " + victimFamily + " of 4 Elm Court was shouted at by Sam " + perpetratorFamily
					+ " on the stairs")
			.param("wardCode", CaseTestData.WARD)).andReturn();
		String location = opened.getResponse().getRedirectedUrl();
		assertThat(location).as(opened.getResponse().getContentAsString()).matches("/staff/cases/\\d+.*");
		caseId = Long.parseLong(location.replaceAll("^/staff/cases/(\\d+).*$", "$1"));
		victimId = party("Ada", victimFamily, "07700 900461", "VICTIM");
		perpetratorId = party("Sam", perpetratorFamily, "07700 900462", "ALLEGED_PERPETRATOR");
		MvcResult tool = mvc.perform(post("/staff/cases/" + caseId + "/enforcement/tools").with(csrf()).cookie(officer)
			.param("kind", "CPW").param("issuedOn", UkDates.day(LocalDate.now().minusDays(3)))
			.param("recipient", String.valueOf(perpetratorId))
			.param("conditions", "Do not approach Ada " + victimFamily + " or call 07700900461")).andReturn();
		assertThat(tool.getResponse().getRedirectedUrl()).as(tool.getResponse().getContentAsString()).isNotNull();
	}

	private long party(String given, String family, String phone, String role) throws Exception {
		var request = post("/staff/cases/" + caseId + "/parties").with(csrf()).cookie(officer).param("givenName", given)
			.param("familyName", family).param("phone", phone).param("partyRole", role).param("choice", "NEW");
		MvcResult added = mvc.perform(request).andReturn();
		assertThat(added.getResponse().getRedirectedUrl()).as(added.getResponse().getContentAsString()).isNotNull();
		return jdbc.sql("select person_id from case_party where case_id = ? and role = ?").params(caseId, role)
			.query(Long.class).single();
	}

	@Test
	void theExportHoldsEachModulesDataAboutThePersonAndNoneOfTheOtherPartys() throws Exception {
		MvcResult result = mvc.perform(get("/staff/admin/subject-access/" + perpetratorId + "/export.json")
			.param("request", "SAR-2026-014").cookie(admin)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment");
		String json = result.getResponse().getContentAsString();

		assertThat(json).as("people: their own details").contains(perpetratorFamily).contains("07700 900462")
			.contains("\"recordType\":\"person\"");
		assertThat(json).as("cases: the case and its account").contains("\"recordType\":\"case_file\"")
			.contains("Shouting in the stairwell").contains("ALLEGED_PERPETRATOR").contains("shouted at by Sam");
		assertThat(json).as("enforcement: the warning served on them").contains("\"recordType\":\"enforcement_action\"")
			.contains("CPW").contains("Do not approach");
		assertThat(json).as("none of the victim's details, wherever they were written").doesNotContain(victimFamily)
			.doesNotContain("900461").contains("[redacted]");
		assertThat(json).as("the victim's own person record is not theirs to have")
			.doesNotContain("\"recordType\":\"person\",\"recordId\":" + victimId + ",");

		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'SUBJECT_ACCESS_EXPORT' "
				+ "and record_type = 'person' and record_id = ? and reason like ?")
			.params(String.valueOf(perpetratorId), "%SAR-2026-014%").query(Long.class).single())
			.as("the export is audited with the request's reference").isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'PERSON_READ' "
				+ "and record_type = 'person' and record_id = ? and reason like ?")
			.params(String.valueOf(victimId), "%SAR-2026-014%").query(Long.class).single())
			.as("the victim's details were opened to take them out: that read is audited too").isEqualTo(1);
	}

	@Test
	void thePdfIsReadableTaggedAndRedactedTheSameWay() throws Exception {
		MvcResult result = mvc.perform(get("/staff/admin/subject-access/" + victimId + "/export.pdf")
			.param("request", "SAR-2026-015").cookie(admin)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
		byte[] pdf = result.getResponse().getContentAsByteArray();
		PdfChecks.assertTaggedAndTitled(pdf, "Personal data held about Ada " + victimFamily);
		String text = PdfChecks.text(pdf);
		assertThat(text).contains(victimFamily).contains("07700 900461").contains("Case reference")
			.contains("VICTIM").contains("What happened");
		assertThat(text).as("the alleged perpetrator is removed, and the warning served on them is not the victim's")
			.doesNotContain(perpetratorFamily).doesNotContain("900462").doesNotContain("Do not approach")
			.contains("[redacted]");
	}

	@Test
	void thePersonsPageListsWhatEachModuleHolds() throws Exception {
		String found = page("/staff/admin/subject-access?q=Sam+" + perpetratorFamily);
		assertThat(found).contains("/staff/admin/subject-access/" + perpetratorId);
		String page = page("/staff/admin/subject-access/" + perpetratorId);
		assertThat(page).contains("case_file").contains("enforcement_action").contains("person")
			.contains("Request reference");
	}

	@Test
	void anExportNeedsARequestReferenceAndTheAdministrator() throws Exception {
		MvcResult missing = mvc.perform(get("/staff/admin/subject-access/" + victimId + "/export.json").cookie(admin))
			.andReturn();
		assertThat(missing.getResponse().getStatus()).isEqualTo(200);
		assertThat(missing.getResponse().getContentAsString()).contains("govuk-error-summary")
			.contains("Enter the request reference");
		MvcResult odd = mvc.perform(get("/staff/admin/subject-access/" + victimId + "/export.json")
			.param("request", "<script>").cookie(admin)).andReturn();
		assertThat(odd.getResponse().getContentAsString()).contains("Request reference must start with a letter");

		MvcResult byOfficer = mvc.perform(get("/staff/admin/subject-access/" + victimId + "/export.json")
			.param("request", "SAR-1").cookie(officer)).andReturn();
		assertThat(byOfficer.getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get("/staff/admin/subject-access/" + Long.MAX_VALUE).cookie(admin)).andReturn()
			.getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void aReportersOwnReportTheirMaracReferralAndTheirFeedbackAreInTheExportWithoutTheOtherParty() throws Exception {
		String reporterFamily = "Repwell" + letters(TestData.unique(""));
		String otherFamily = "Kitson" + letters(TestData.unique(""));
		ReportTestData.Sent report = reports.aReport().with("giveDetails", "YES").with("name", "Rania " + reporterFamily)
			.with("phone", "07700 900481").with("safeToContact", "YES").with("contactMethods", "PHONE")
			.with("whatHappened", "Kit " + otherFamily + " from number 9 spat at me and shouted about my headscarf")
			.send();
		ReportTestData.Sent anonymous = reports.aReport().with("whatHappened", "Rania " + reporterFamily
				+ " was not the one who sent this").send();
		long reportCase = CaseTestData.openFrom(mvc, officer, report.id(), true);
		long reporterId = jdbc.sql("select person_id from case_party where case_id = ? and role = 'VICTIM'")
			.param(reportCase).query(Long.class).single();
		MvcResult other = mvc.perform(post("/staff/cases/" + reportCase + "/parties").with(csrf()).cookie(officer)
			.param("givenName", "Kit").param("familyName", otherFamily).param("phone", "07700 900482")
			.param("partyRole", "ALLEGED_PERPETRATOR").param("choice", "NEW")).andReturn();
		assertThat(other.getResponse().getRedirectedUrl()).as(other.getResponse().getContentAsString()).isNotNull();
		MvcResult referred = mvc.perform(post("/staff/cases/" + reportCase + "/marac-referral").with(csrf()).cookie(officer)
			.param("criteria", "REPEAT_VICTIM").param("reason", "Third time Kit " + otherFamily + " threatened her at the door"))
			.andReturn();
		assertThat(referred.getResponse().getRedirectedUrl()).as(referred.getResponse().getContentAsString()).isNotNull();
		String link = FeedbackTestData.from(context).surveyLinkFor(report.id());
		MvcResult answered = mvc.perform(post(link).with(csrf()).param("listenedTo", "YES").param("keptInformed", "NO")
			.param("support", "YES").param("reportAgain", "YES").param("quoteConsent", "NO")
			.param("comment", "Helpful, but Kit " + otherFamily + " still lives next door")).andReturn();
		assertThat(answered.getResponse().getRedirectedUrl()).as(answered.getResponse().getContentAsString())
			.isEqualTo("/feedback/thank-you");

		MvcResult result = mvc.perform(get("/staff/admin/subject-access/" + reporterId + "/export.json")
			.param("request", "SAR-2026-016").cookie(admin)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		String json = result.getResponse().getContentAsString();
		assertThat(json).as("reporting: their own report, found by the phone number they gave")
			.contains("\"recordType\":\"hate_report\"").contains(report.reference()).contains("spat at me")
			.contains("07700 900481");
		assertThat(json).as("marac: the referral of their case").contains("\"recordType\":\"marac_referral\"")
			.contains("REPEAT_VICTIM").contains("threatened her at the door");
		assertThat(json).as("feedback: their survey answers").contains("\"recordType\":\"feedback_response\"")
			.contains("still lives next door");
		assertThat(json).as("the alleged perpetrator is removed from the report, the referral and the comment")
			.doesNotContain(otherFamily).doesNotContain("900482").contains("but [redacted] still lives next door")
			.contains("Third time [redacted] threatened her");
		assertThat(json).as("an anonymous report is never found by who someone is, and the export says so")
			.doesNotContain(anonymous.reference()).contains("Reports made anonymously");

		String text = PdfChecks.text(mvc.perform(get("/staff/admin/subject-access/" + reporterId + "/export.pdf")
			.param("request", "SAR-2026-017").cookie(admin)).andReturn().getResponse().getContentAsByteArray());
		assertThat(text).contains("Your report " + report.reference()).contains("CS MARAC referral of case")
			.contains("Your feedback survey answers").contains("spat at me").contains("Why the case was referred")
			.contains("Your comment").contains("Reports made anonymously");
		assertThat(text).doesNotContain(otherFamily).doesNotContain("900482");

		assertThat(page("/staff/admin/subject-access/" + reporterId)).contains("hate_report").contains("marac_referral")
			.contains("feedback_response");

		long otherId = jdbc.sql("select person_id from case_party where case_id = ? and role = 'ALLEGED_PERPETRATOR'")
			.param(reportCase).query(Long.class).single();
		String theirs = mvc.perform(get("/staff/admin/subject-access/" + otherId + "/export.json")
			.param("request", "SAR-2026-018").cookie(admin)).andReturn().getResponse().getContentAsString();
		assertThat(theirs).as("the alleged perpetrator's own export: the case, but not the victim's report, survey or "
				+ "CS MARAC referral").contains("\"recordType\":\"case_file\"").doesNotContain("hate_report")
			.doesNotContain("feedback_response").doesNotContain("marac_referral").doesNotContain(reporterFamily);
		// Each module's read for the two exports is audited: the report, the referral and the answers.
		for (String action : new String[] { "REPORT_VIEWED", "MARAC_REFERRAL_READ", "FEEDBACK_VIEWED" }) {
			assertThat(jdbc.sql("select count(*) from audit_entry where reason like 'subject access export%' "
					+ "and action = ? and actor_user_id = ?").params(action, adminId).query(Long.class).single())
				.as(action + " for the export").isEqualTo(2);
		}
	}

	private String page(String path) throws Exception {
		MvcResult result = mvc.perform(get(path).cookie(admin)).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private static String letters(String unique) {
		StringBuilder letters = new StringBuilder();
		for (char c : unique.toCharArray()) {
			letters.append(Character.isDigit(c) ? (char) ('a' + (c - '0')) : Character.isLetter(c) ? Character.toLowerCase(c) : "");
		}
		return letters.toString();
	}

}
