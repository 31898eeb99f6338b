package org.safercommunities.cases;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.reporting.ReportTestData;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.PdfChecks;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safercommunities.cases.CaseTestData.ACCOUNT;
import static org.safercommunities.cases.CaseTestData.PLACE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The case report PDF holds the chosen sections and only what the organisation it is made for may see: the
 * redaction is the case page's own rule, so a locked share's PDF has names and agencies and nothing else.
 */
@IntegrationTest
class CaseReportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	ReportTestData reports;

	@Autowired
	JdbcClient jdbc;

	Organisation council;

	Cookie officer;

	String name;

	long caseId;

	@BeforeEach
	void aCaseFromANamedReport() throws Exception {
		council = data.anOrganisation();
		officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER, council).getEmail());
		name = "Nadia " + TestData.unique("Haddad").replaceAll("[^A-Za-z]", "");
		caseId = CaseTestData.openFrom(mvc, officer, CaseTestData.namedReport(reports, name,
				TestData.unique("nadia").replaceAll("[^a-z0-9]", "") + "@example.org", "07700 900333").id(), true);
		assertThat(status(post("/staff/cases/" + caseId + "/notes").with(csrf()).param("note", "Visited the victim at home."), officer))
			.isEqualTo(302);
	}

	@Test
	void theOwnersReportHoldsTheChosenSectionsIsTaggedAndNotBlankAndIsAudited() throws Exception {
		String choose = body(get("/staff/cases/" + caseId + "/report"), officer);
		assertThat(choose).contains("Make a case report", council.getName(), "Timeline");

		MockHttpServletResponse response = pdf(officer, council, "SUMMARY", "ACCOUNT", "PARTIES", "RISK", "ACTIONS",
				"VICTIMS_CODE", "TIMELINE");
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition")).contains("attachment", "case-C-");
		assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
		byte[] pdf = response.getContentAsByteArray();
		PdfChecks.keep(pdf, "case-report-owner.pdf");
		String reference = jdbc.sql("select reference from case_file where id = ?").param(caseId).query(String.class).single();
		PdfChecks.assertTaggedAndTitled(pdf, "Case report " + reference);
		PdfChecks.assertFirstPageNotBlank(pdf);
		String text = PdfChecks.text(pdf).replaceAll("\\s+", " ");
		assertThat(text).contains(ACCOUNT, PLACE, name, "Victim", "Visited the victim at home.", "Made for " + council.getName(),
				"Risk assessment", "Not assessed yet", "No actions yet", "Victims' Code");

		String summaryOnly = PdfChecks.text(pdf(officer, council, "SUMMARY").getContentAsByteArray()).replaceAll("\\s+", " ");
		assertThat(summaryOnly).as("only the summary chosen").contains("Summary").doesNotContain(ACCOUNT, name, "Visited the victim");

		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'CASE_REPORT_MADE' and record_id = ?")
			.param(String.valueOf(caseId)).query(Long.class).single()).as("each PDF made is audited").isEqualTo(2);
	}

	@Test
	void aReportForALockedShareHoldsOnlyNamesAndAgenciesWhateverSectionsAreAskedFor() throws Exception {
		Organisation victimSupport = data.anOrganisation();
		share(victimSupport, "LOCKED");

		String text = PdfChecks.text(pdf(officer, victimSupport, "SUMMARY", "ACCOUNT", "PARTIES", "TIMELINE")
			.getContentAsByteArray()).replaceAll("\\s+", " ");
		assertThat(text).contains(name, council.getName(), victimSupport.getName(), "locked")
			.doesNotContain(ACCOUNT, PLACE, "Visited the victim", "Hate crime");

		Cookie partner = SignIn.as(mvc, data.aStaffUser(Role.PARTNER, victimSupport).getEmail());
		assertThat(status(get("/staff/cases/" + caseId + "/report"), partner))
			.as("a locked share cannot make the report of the whole case itself").isEqualTo(404);
	}

	@Test
	void aWholeShareMakesItForItselfOnlyAndNobodyMakesItForAnOrganisationItIsNotSharedWith() throws Exception {
		Organisation housing = data.anOrganisation();
		Organisation stranger = data.anOrganisation();
		share(housing, "WHOLE");
		Cookie housingOfficer = SignIn.as(mvc, data.aStaffUser(Role.PARTNER, housing).getEmail());

		assertThat(PdfChecks.text(pdf(housingOfficer, housing, "ACCOUNT").getContentAsByteArray()).replaceAll("\\s+", " "))
			.contains(ACCOUNT);
		String refused = body(reportPdf(council, "ACCOUNT"), housingOfficer);
		assertThat(refused).as("a whole share cannot make it for the owner (only for itself)")
			.contains("Choose an organisation from the list");
		String stranger_ = body(reportPdf(stranger, "ACCOUNT"), officer);
		assertThat(stranger_).as("not shared with them: no PDF, the form says why")
			.contains("Choose an organisation from the list").doesNotContain("%PDF");
		String nothing = body(get("/staff/cases/" + caseId + "/report.pdf").param("recipient", String.valueOf(council.getId())), officer);
		assertThat(nothing).contains("Choose at least one section");
		assertThat(status(get("/staff/cases/" + caseId + "/report.pdf"), SignIn.as(mvc, data.aStaffUser(Role.OFFICER, stranger).getEmail())))
			.as("another organisation's officer").isEqualTo(404);
	}

	private void share(Organisation with, String level) throws Exception {
		assertThat(status(post("/staff/cases/" + caseId + "/shares").with(csrf())
			.param("organisationId", String.valueOf(with.getId())).param("level", level)
			.param("shareReason", "Joint working"), officer)).as("sharing " + level).isEqualTo(302);
	}

	private MockHttpServletResponse pdf(Cookie who, Organisation recipient, String... sections) throws Exception {
		MockHttpServletResponse response = mvc.perform(reportPdf(recipient, sections).cookie(who)).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		assertThat(response.getContentType()).as("a PDF, not the form again").isEqualTo("application/pdf");
		return response;
	}

	private MockHttpServletRequestBuilder reportPdf(Organisation recipient, String... sections) {
		return get("/staff/cases/" + caseId + "/report.pdf").param("recipient", String.valueOf(recipient.getId()))
			.param("sections", sections);
	}

	private String body(MockHttpServletRequestBuilder request, Cookie who) throws Exception {
		return mvc.perform(request.cookie(who)).andReturn().getResponse().getContentAsString();
	}

	private int status(MockHttpServletRequestBuilder request, Cookie who) throws Exception {
		return mvc.perform(request.cookie(who)).andReturn().getResponse().getStatus();
	}

}
