package org.safercommunities.referrals;

import java.util.List;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safercommunities.cases.CaseTestData;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.OrganisationType;
import org.safercommunities.reporting.PublicReports;
import org.safercommunities.reporting.ReportTestData;
import org.safercommunities.security.StaffUser;
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
 * Referrals made from a report (its "support wanted" answer suggests the receiver, the summary is pre-filled from
 * it, the preview shows its account) and from a person's page, not only from a case.
 */
@IntegrationTest
class ReferralsFromReportsAndPeopleIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	ReportTestData reports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReceivingServices services;

	Organisation victimSupport;

	Organisation mash;

	StaffUser officer;

	Cookie officerSession;

	Cookie partnerSession;

	List<Long> paused = List.of();

	@BeforeEach
	void victimSupportAndTheMashOnTheList() throws Exception {
		Organisation council = data.anOrganisation(OrganisationType.COUNCIL);
		victimSupport = data.anOrganisation(OrganisationType.VICTIM_SERVICE);
		mash = data.anOrganisation(OrganisationType.COUNCIL);
		services.saveAsSystem(victimSupport.getId(), "Emotional and practical support for victims of crime", 2, false,
				true, List.of("EMOTIONAL", "PRACTICAL"), true);
		services.saveAsSystem(mash.getId(), "Multi-Agency Safeguarding Hub", 0, true, false, List.of(), true);
		officer = data.aStaffUser(Role.OFFICER, council);
		officerSession = SignIn.as(mvc, officer.getEmail());
		partnerSession = SignIn.as(mvc, data.aStaffUser(Role.PARTNER, victimSupport).getEmail());
		// Other tests' services stop taking referrals while this test runs, so Victim Support is the only match.
		paused = jdbc.sql("select id from referral_service where active and organisation_id not in (?, ?)")
			.params(victimSupport.getId(), mash.getId()).query(Long.class).list();
		paused.forEach(id -> jdbc.sql("update referral_service set active = false where id = ?").param(id).update());
	}

	@AfterEach
	void theOtherServicesTakeReferralsAgain() {
		paused.forEach(id -> jdbc.sql("update referral_service set active = true where id = ?").param(id).update());
	}

	@Test
	void aReportsSupportWantedSuggestsTheReceiverAndItsAccountGoesWithoutACase() throws Exception {
		ReportTestData.Sent report = CaseTestData.namedReport(reports, "Amina Reporter", "amina@example.test",
				"07700 900456");
		Document reportPage = Jsoup.parse(page("/staff/reports/" + report.id(), officerSession));
		assertThat(reportPage.select("a#refer").attr("href")).as("the report page's Refer button")
			.isEqualTo("/staff/referrals/from-report/" + report.id());

		Document form = Jsoup.parse(page("/staff/referrals/from-report/" + report.id(), officerSession));
		assertThat(form.select("#caption").text()).isEqualTo(report.reference());
		assertThat(form.select("#suggested").text()).contains(victimSupport.getName(), "emotional support");
		assertThat(form.select("#receivingOrganisationId option[selected]").attr("value"))
			.as("the one matching service is chosen for the officer to confirm: " + form.select("#suggested").text()
				+ " / " + form.select("#receivingOrganisationId").outerHtml()).isEqualTo(victimSupport.getId().toString());
		assertThat(form.select("#summary").text()).as("pre-filled from the report")
			.isEqualTo("Report " + report.reference() + ", received " + receivedOn(report.id())
					+ ". The person asked for emotional support.");
		assertThat(audited("REFERRAL_DRAFTED", "hate_report", report.id())).isPositive();

		Document preview = Jsoup.parse(content(mvc.perform(sending("report", report.id(), victimSupport, "CONSENT",
				"GIVEN", "/preview").cookie(officerSession)).andReturn()));
		assertThat(preview.select("#copy-account").text()).isEqualTo(CaseTestData.ACCOUNT);
		assertThat(preview.select("#copy-contact").text()).contains("Amina Reporter", "07700 900456",
				"amina@example.test");
		assertThat(preview.select("#consent-wording").text()).contains(victimSupport.getName());
		assertThat(referralsOf("report_id", report.id())).as("a preview sends nothing").isZero();

		long referralId = send("report", report.id(), victimSupport, "CONSENT", "GIVEN");
		assertThat(jdbc.sql("select count(*) from referral where id = ? and report_id = ? and case_id is null")
			.params(referralId, report.id()).query(Long.class).single()).isEqualTo(1);
		Document received = Jsoup.parse(page("/staff/referrals/" + referralId, partnerSession));
		assertThat(received.select("#copy-account").text()).isEqualTo(CaseTestData.ACCOUNT);
		assertThat(received.select("#copy-contact").text()).contains("07700 900456");

		Document followUp = Jsoup.parse(PublicReports.followUpPage(mvc, report.reference(), report.secret()));
		assertThat(followUp.select("#referral-0").text()).as("the reporter is told")
			.contains("we referred you to " + victimSupport.getName());
	}

	@Test
	void anAnonymousReportHasNoContactDetailsToGiveAndTheBackLinkReturnsToTheReport() throws Exception {
		ReportTestData.Sent report = reports.aSubmittedReport();
		Document form = Jsoup.parse(page("/staff/referrals/from-report/" + report.id(), officerSession));
		assertThat(form.select(".govuk-back-link").attr("href")).isEqualTo("/staff/reports/" + report.id());
		Document preview = Jsoup.parse(content(mvc.perform(sending("report", report.id(), mash, "SAFEGUARDING", null,
				"/preview").param("basisReason", "A child was present").cookie(officerSession)).andReturn()));
		assertThat(preview.select("#copy-contact").text()).isEqualTo("Not shared: the basis does not allow contact details");
		assertThat(preview.select("#copy-account").text()).isEqualTo(CaseTestData.ACCOUNT);
	}

	@Test
	void aPersonIsReferredFromTheirPageWithTheirContactDetailsAndNoAccount() throws Exception {
		long caseId = CaseTestData.openByPhone(mvc, officerSession);
		mvc.perform(post("/staff/cases/" + caseId + "/parties").with(csrf()).cookie(officerSession)
			.param("givenName", "Bea").param("familyName", "Safeguarded").param("phone", "07700 900789")
			.param("partyRole", "VICTIM").param("choice", "NEW"));
		long personId = jdbc.sql("select person_id from case_party where case_id = ?").param(caseId)
			.query(Long.class).single();
		Document personPage = Jsoup.parse(page("/staff/people/" + personId, officerSession));
		assertThat(personPage.select("a#refer-link").attr("href")).isEqualTo("/staff/referrals/from-person/" + personId);

		Document form = Jsoup.parse(page("/staff/referrals/from-person/" + personId, officerSession));
		assertThat(form.select("#caption").text()).isEqualTo("Bea Safeguarded");
		assertThat(form.select("#shareAccount")).as("a person has no account to share").isEmpty();
		assertThat(form.select("#summary").text()).as("the summary does not name them: contact details may be refused")
			.doesNotContain("Bea");

		MockHttpServletRequestBuilder gateway = sending("person", personId, mash, "SAFEGUARDING", null, "")
			.param("basisReason", "Vulnerable adult at risk of exploitation").param("shareContact", "true");
		MvcResult sent = mvc.perform(gateway.cookie(officerSession)).andReturn();
		assertThat(sent.getResponse().getRedirectedUrl()).as(sent.getResponse().getContentAsString())
			.matches("/staff/referrals/\\d+");
		long referralId = Long.parseLong(sent.getResponse().getRedirectedUrl().substring("/staff/referrals/".length()));
		assertThat(jdbc.sql("select count(*) from referral where id = ? and person_id = ? and account is null "
				+ "and contact_details is not null").params(referralId, personId).query(Long.class).single()).isEqualTo(1);
		assertThat(audited("REFERRAL_DRAFTED", "person", personId)).isPositive();
	}

	@Test
	void onlyOfficersReferFromReportsAndPeople() throws Exception {
		ReportTestData.Sent report = reports.aSubmittedReport();
		Cookie police = SignIn.as(mvc, data.aStaffUser(Role.POLICE, data.anOrganisation(OrganisationType.POLICE))
			.getEmail());
		assertThat(mvc.perform(get("/staff/referrals/from-report/" + report.id()).cookie(police)).andReturn()
			.getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get("/staff/referrals/from-report/" + Long.MAX_VALUE).cookie(officerSession)).andReturn()
			.getResponse().getStatus()).isEqualTo(404);
	}

	private long send(String from, long id, Organisation to, String basis, String consent) throws Exception {
		MvcResult result = mvc.perform(sending(from, id, to, basis, consent, "").cookie(officerSession)).andReturn();
		String target = result.getResponse().getRedirectedUrl();
		assertThat(target).as(result.getResponse().getContentAsString()).matches("/staff/referrals/\\d+");
		return Long.parseLong(target.substring("/staff/referrals/".length()));
	}

	private MockHttpServletRequestBuilder sending(String from, long id, Organisation to, String basis, String consent,
			String step) {
		MockHttpServletRequestBuilder request = post("/staff/referrals/from-" + from + "/" + id + step).with(csrf())
			.param("receivingOrganisationId", String.valueOf(to.getId())).param("basis", basis)
			.param("summary", "Would like emotional support").param("shareAccount", "true").param("_shareAccount", "on")
			.param("shareContact", "true").param("_shareContact", "on");
		return consent == null ? request : request.param("consent", consent);
	}

	private String receivedOn(long reportId) {
		java.time.Instant at = jdbc.sql("select submitted_at from hate_report where id = ?").param(reportId)
			.query(java.sql.Timestamp.class).single().toInstant();
		return org.safercommunities.shared.UkDates.day(java.time.LocalDate.ofInstant(at,
				org.safercommunities.shared.UkTime.ZONE));
	}

	private long referralsOf(String column, long id) {
		return jdbc.sql("select count(*) from referral where " + column + " = ?").param(id).query(Long.class).single();
	}

	private long audited(String action, String recordType, long recordId) {
		return jdbc.sql("select count(*) from audit_entry where action = ? and record_type = ? and record_id = ?")
			.params(action, recordType, String.valueOf(recordId)).query(Long.class).single();
	}

	private String page(String path, Cookie who) throws Exception {
		MvcResult result = mvc.perform(get(path).cookie(who)).andReturn();
		assertThat(result.getResponse().getStatus()).as(path + " " + result.getResponse().getContentAsString())
			.isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private static String content(MvcResult result) throws Exception {
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

}
