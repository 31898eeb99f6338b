package org.safercommunities.plans;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Collectors;

import jakarta.servlet.http.Cookie;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.OrganisationType;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Case studies chosen from the year's closed cases: an officer sees only the cases they may see, reads the
 * anonymised study before adding it, words it and removes it; the page, the PDF and the Word document carry the
 * study and never the victim's name, street, phone, e-mail, postcode, date of birth, a day or the case's reference.
 * The board reads the studies and cannot choose them; the reads are audited as reads of the case.
 */
@IntegrationTest
class CaseStudiesIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

	/** The year the cases close in: today, as a case cannot close before it opened. */
	private static final int YEAR = PaperController.financialYearOf(TODAY);

	private static final String BASE = "/staff/plans/annual-report/" + YEAR;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PaperJobs jobs;

	@Autowired
	ApplicationContext context;

	@Test
	void anOfficerChoosesAnAnonymisedCaseStudyWordsItAndRemovesIt() throws Exception {
		Organisation council = data.anOrganisation(OrganisationType.COUNCIL);
		Organisation support = data.anOrganisation(OrganisationType.VICTIM_SERVICE);
		Organisation police = data.anOrganisation(OrganisationType.POLICE);
		Organisation elsewhere = data.anOrganisation(OrganisationType.COUNCIL);
		StaffUser officer = data.aStaffUser(Role.OFFICER, council);
		StaffUser otherOfficer = data.aStaffUser(Role.OFFICER, elsewhere);
		ClosedCases closed = ClosedCases.from(context);
		ClosedCases.Closed mine = closed.closedCase(officer, council.getName(), support, police);
		ClosedCases.Closed theirs = closed.closedCase(otherOfficer, elsewhere.getName(), support, police);

		Cookie session = SignIn.as(mvc, officer.getEmail());
		Document report = page(BASE, session);
		assertThat(report.getElementById("choose-case-studies").attr("href")).isEqualTo(BASE + "/case-studies");
		Document chooser = page(BASE + "/case-studies", session);
		assertThat(chooser.select("#case-choices a").eachAttr("href")).as("the officer's own closed case is offered")
			.contains(BASE + "/case-studies/cases/" + mine.caseId())
			.as("another organisation's case is not")
			.doesNotContain(BASE + "/case-studies/cases/" + theirs.caseId());
		String label = chooser.select("a[href$=/cases/" + mine.caseId() + "]").text();
		assertThat(label).isEqualTo("Anti-social behaviour: personal, Hendon, closed "
				+ UkDates.month(java.time.YearMonth.from(TODAY)));
		assertThat(status(get(BASE + "/case-studies/cases/" + theirs.caseId()).cookie(session)))
			.as("another organisation's case cannot be read as a study").isEqualTo(404);
		assertThat(status(post(BASE + "/case-studies/cases/" + theirs.caseId()).with(csrf()).cookie(session)))
			.as("nor chosen").isEqualTo(404);

		Document preview = page(BASE + "/case-studies/cases/" + mine.caseId(), session);
		String study = preview.getElementById("study-summary").text();
		assertThat(study).contains("Anti-social behaviour: personal case in Hendon, opened in",
				"Partners involved: ", "Council", "Police", "Victim service", "Actions taken: Emotional support for",
				"Outcome: Enforcement action taken. Closure order granted on March 2025;");
		assertAnonymised(study, mine);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'CASE_STUDY_READ' and record_id = ?")
			.param(String.valueOf(mine.caseId())).query(Long.class).single()).as("the read audited as a case read")
			.isPositive();

		String tooLong = "A".repeat(CaseStudyForm.MAX + 1);
		Document refused = Jsoup.parse(mvc.perform(post(BASE + "/case-studies/cases/" + mine.caseId())
			.param("introduction", tooLong).with(csrf()).cookie(session)).andReturn().getResponse().getContentAsString());
		assertThat(refused.title()).startsWith("Error: ");
		assertThat(refused.getElementById("introduction").text()).as("what was typed is kept").isEqualTo(tooLong);
		assertThat(refused.getElementById("study-summary").text()).isEqualTo(study);

		MockHttpServletResponse added = mvc.perform(post(BASE + "/case-studies/cases/" + mine.caseId())
			.param("introduction", "Persistent abuse by neighbours ended with a closure order.").with(csrf())
			.cookie(session)).andReturn().getResponse();
		assertThat(added.getRedirectedUrl()).isEqualTo(BASE + "#case-studies");
		assertThat(jdbc.sql("select count(*) from plan_case_study s join plan_annual_report r on r.id = s.report_id "
				+ "where r.start_year = ? and s.case_id = ?").params(YEAR, mine.caseId()).query(Long.class).single())
			.as("the case's id is kept by plans").isEqualTo(1);
		assertThat(page(BASE + "/case-studies", session).select("#case-choices a").eachAttr("href"))
			.as("a chosen case is not offered again").doesNotContain(BASE + "/case-studies/cases/" + mine.caseId());

		Document withStudy = page(BASE, session);
		String section = withStudy.getElementById("case-studies").text();
		assertThat(section).contains("Anti-social behaviour: personal in Hendon",
				"Persistent abuse by neighbours ended with a closure order.", study);
		assertAnonymised(section, mine);
		long studyId = Long.parseLong(withStudy.select("#case-studies .paper-study").first().id().substring("study-".length()));

		Cookie board = SignIn.as(mvc, data.aStaffUser(Role.BOARD, council).getEmail());
		Document boardsView = page(BASE, board);
		assertThat(boardsView.getElementById("study-" + studyId).text()).as("the board reads it").contains(study);
		assertThat(boardsView.select("#choose-case-studies, a[href*=/case-studies]")).as("and has no links to choose")
			.isEmpty();
		assertThat(status(get(BASE + "/case-studies").cookie(board))).isEqualTo(403);
		assertThat(status(post(BASE + "/case-studies/" + studyId + "/remove").with(csrf()).cookie(board))).isEqualTo(403);

		String pdfText = PdfChecks.text(file(BASE + "/papers", "pdf", session)).replaceAll("\\s+", " ");
		assertThat(pdfText).contains("Anti-social behaviour: personal in Hendon",
				"Persistent abuse by neighbours ended with a closure order.", "Outcome: Enforcement action taken.");
		assertAnonymised(pdfText, mine);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file(BASE + "/papers", "docx", session)))) {
			assertThat(document.getParagraphs().stream().filter(p -> "Heading3".equals(p.getStyle()))
				.map(XWPFParagraph::getText)).contains("Anti-social behaviour: personal in Hendon");
			String text = document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
			assertThat(text).contains("Persistent abuse by neighbours ended with a closure order.",
					"Outcome: Enforcement action taken.");
			assertAnonymised(text, mine);
		}

		assertThat(mvc.perform(post(BASE + "/case-studies/" + studyId).param("introduction", "Neighbours' abuse ended.")
			.with(csrf()).cookie(session)).andReturn().getResponse().getRedirectedUrl()).isEqualTo(BASE + "#case-studies");
		assertThat(page(BASE, session).getElementById("study-" + studyId).text()).contains("Neighbours' abuse ended.")
			.doesNotContain("Persistent abuse by neighbours");

		assertThat(mvc.perform(post(BASE + "/case-studies/" + studyId + "/remove").with(csrf()).cookie(session))
			.andReturn().getResponse().getRedirectedUrl()).isEqualTo(BASE + "/case-studies");
		assertThat(page(BASE, session).getElementById("study-" + studyId)).as("removed from the report").isNull();
		assertThat(page(BASE + "/case-studies", session).select("#case-choices a").eachAttr("href"))
			.as("and offered again").contains(BASE + "/case-studies/cases/" + mine.caseId());
		assertThat(status(post(BASE + "/case-studies/" + studyId + "/remove").with(csrf()).cookie(session)))
			.as("a study already removed").isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from audit_entry where action in ('ANNUAL_REPORT_CASE_STUDY_ADDED', "
				+ "'ANNUAL_REPORT_CASE_STUDY_REMOVED') and reason like ?").param("Case study " + studyId + "%")
			.query(Long.class).single()).isEqualTo(2);
	}

	/** Nothing that could name the victim or find the case: name, street, phone, e-mail, postcode, birth, day, reference. */
	private static void assertAnonymised(String text, ClosedCases.Closed closed) {
		assertThat(text).doesNotContainIgnoringCase(closed.familyName())
			.doesNotContain(closed.givenName())
			.doesNotContainIgnoringCase(closed.street())
			.doesNotContainIgnoringCase(closed.email())
			.doesNotContain("07700", "900456", "NW4", "9ZZ", "1971", "12 March", closed.reference(), "Lee ");
	}

	private byte[] file(String path, String format, Cookie session) throws Exception {
		String location = mvc.perform(post(path).param("format", format).with(csrf()).cookie(session)).andReturn()
			.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/staff/plans/papers/");
		jobs.runWaiting();
		return mvc.perform(get(location + "/file").cookie(session)).andReturn().getResponse().getContentAsByteArray();
	}

	private Document page(String path, Cookie session) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path).cookie(session)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private int status(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

}
