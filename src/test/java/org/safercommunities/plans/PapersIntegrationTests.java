package org.safercommunities.plans;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.Cookie;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.plans.PlanRecords.ActionDetails;
import org.safercommunities.plans.PlanRecords.PriorityDetails;
import org.safercommunities.plans.PlanRecords.StrategyDetails;
import org.safercommunities.security.StaffUser;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.PdfChecks;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The annual report draft and the board pack through their pages, and the papers made from them in the
 * background: officers write the narrative (figures cannot be typed), the PDF and the Word document are made by
 * whichever run claims them, hold the same words and figures, render with another renderer, and the person who
 * asked is told once; a paper whose instance stopped is made again.
 */
@IntegrationTest
class PapersIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

	/** A financial year no other test writes a draft for. */
	private static final int YEAR = 2011;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PaperJobs jobs;

	@Autowired
	PaperStore store;

	@Autowired
	PlanManagement plans;

	@Test
	void anOfficerWritesTheNarrativeAroundTheFiguresAndBadInputKeepsWhatWasTyped() throws Exception {
		Cookie officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER).getEmail());
		Document report = page("/staff/plans/annual-report/" + YEAR, officer);
		assertThat(report.select("h1").text()).endsWith("annual report 2011/12");
		assertThat(report.getElementById("paper-covers").text())
			.isEqualTo("1 April 2011 to 31 March 2012, compared with the year before");
		assertThat(report.select(".paper-section > h2").eachText()).startsWith("Executive summary",
				"Purpose of this report").contains("ASB Case Reviews (Community Trigger)").endsWith("Case studies");
		assertThat(report.select("#case-reviews .paper-figure").eachText())
			.as("every figure links to the page it came from")
			.allSatisfy(line -> assertThat(line).contains("Source"));
		assertThat(report.select("#case-reviews .paper-figure a").eachAttr("href"))
			.allSatisfy(href -> assertThat(href).endsWith("/staff/case-reviews/statistics?year=2011"));

		String tooLong = "A".repeat(NarrativeForm.MAX + 1);
		Document refused = Jsoup.parse(mvc.perform(post("/staff/plans/annual-report/" + YEAR + "/sections/summary")
			.param("narrative", tooLong).with(csrf()).cookie(officer)).andReturn().getResponse().getContentAsString());
		assertThat(refused.title()).startsWith("Error: ");
		assertThat(refused.select(".govuk-error-summary a").text()).isEqualTo("Enter 20,000 characters or fewer");
		assertThat(refused.getElementById("narrative").text()).isEqualTo(tooLong);

		MockHttpServletResponse saved = mvc.perform(post("/staff/plans/annual-report/" + YEAR + "/sections/summary")
			.param("narrative", "The partnership's year in brief.\n\nReporting rose as confidence grew.")
			.with(csrf()).cookie(officer)).andReturn().getResponse();
		assertThat(saved.getRedirectedUrl()).isEqualTo("/staff/plans/annual-report/" + YEAR + "#summary");
		assertThat(page("/staff/plans/annual-report/" + YEAR, officer).select("#summary > p.govuk-body").eachText())
			.as("two paragraphs, as typed").contains("The partnership's year in brief.", "Reporting rose as confidence grew.");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ANNUAL_REPORT_WRITTEN' and reason = 'Section summary'")
			.query(Long.class).single()).isPositive();

		assertThat(status(post("/staff/plans/annual-report/" + YEAR + "/sections/no-such-section").param("narrative", "x")
			.with(csrf()).cookie(officer))).as("an unknown section").isEqualTo(404);
		assertThat(status(get("/staff/plans/annual-report/" + (PaperController.financialYearOf(TODAY) + 1)).cookie(officer)))
			.as("a year not yet begun").isEqualTo(404);
		Cookie board = SignIn.as(mvc, data.aStaffUser(Role.BOARD).getEmail());
		assertThat(status(get("/staff/plans/annual-report/" + YEAR).cookie(board))).as("the board reads it").isEqualTo(200);
		assertThat(status(post("/staff/plans/annual-report/" + YEAR + "/sections/summary").param("narrative", "x")
			.with(csrf()).cookie(board))).as("the board does not write it").isEqualTo(403);
		assertThat(page("/staff/plans/annual-report/" + YEAR, board).select("a[href*=/sections/]"))
			.as("no Write links for the board").isEmpty();
	}

	@Test
	void thePdfAndTheWordDocumentAreMadeInTheBackgroundAndThePersonIsToldOnce() throws Exception {
		StaffUser analyst = data.aStaffUser(Role.OFFICER);
		Cookie session = SignIn.as(mvc, analyst.getEmail());
		mvc.perform(post("/staff/plans/annual-report/" + YEAR + "/sections/case-studies")
			.param("narrative", "A family troubled by noise for two years found peace after a case review.")
			.with(csrf()).cookie(session));

		long pdf = request("/staff/plans/annual-report/" + YEAR + "/papers", "pdf", session);
		long docx = request("/staff/plans/annual-report/" + YEAR + "/papers", "docx", session);
		assertThat(page("/staff/plans/papers/" + pdf, session).getElementById("job-status").text())
			.contains("waiting to be made");
		assertThat(status(get("/staff/plans/papers/" + pdf + "/file").cookie(session))).as("not made yet").isEqualTo(404);

		jobs.runWaiting();
		jobs.runWaiting(); // a second run, as on another instance: nothing is made twice

		Document ready = page("/staff/plans/papers/" + pdf, session);
		assertThat(ready.getElementById("job-status").text()).contains("Your paper is ready");
		byte[] file = mvc.perform(get(ready.getElementById("job-download").attr("href")).cookie(session)).andReturn()
			.getResponse().getContentAsByteArray();
		PdfChecks.keep(file, "annual-report-2011.pdf");
		PdfChecks.assertTaggedAndTitled(file, titleOf(session));
		assertThat(PdfChecks.assertEveryPageRendersWithPdftoppm(file)).as("pages").isPositive();
		assertThat(PdfChecks.text(file)).contains("Executive summary", "ASB Case Reviews (Community Trigger)",
				"A family troubled by noise for two years found peace after a case review.");

		MockHttpServletResponse word = mvc.perform(get("/staff/plans/papers/" + docx + "/file").cookie(session))
			.andReturn().getResponse();
		assertThat(word.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(word.getContentAsByteArray()))) {
			List<XWPFParagraph> paragraphs = document.getParagraphs();
			assertThat(paragraphs.stream().filter(p -> "Heading2".equals(p.getStyle())).map(XWPFParagraph::getText))
				.contains("Executive summary", "ASB Case Reviews (Community Trigger)", "Case studies");
			assertThat(document.getStyles().styleExist("Heading2")).as("heading styles Word knows").isTrue();
			String text = paragraphs.stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
			assertThat(text).contains("A family troubled by noise for two years found peace after a case review.");
			String pdfText = PdfChecks.text(file).replaceAll("\\s+", " ");
			for (String figure : paragraphs.stream().map(XWPFParagraph::getText)
				.filter(line -> line.startsWith("Applications:")).toList()) {
				assertThat(pdfText).as("the PDF says what the Word document says").contains(figure.replace(" Source", "").strip());
			}
		}
		assertThat(jdbc.sql("select count(*) from email_outbox where dedupe_key in (?, ?)")
			.params("paper-ready:" + pdf, "paper-ready:" + docx).query(Long.class).single())
			.as("one e-mail for each paper").isEqualTo(2);
	}

	@Test
	void aPaperWhoseInstanceStoppedIsMadeAgainAndOnlyOneRunClaimsIt() throws Exception {
		Cookie session = SignIn.as(mvc, data.aStaffUser(Role.ANALYST).getEmail());
		long id = request("/staff/plans/annual-report/" + YEAR + "/papers", "pdf", session);
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		assertThat(store.claim(id, now, now.minus(PaperJobs.STALE))).isTrue();
		assertThat(store.claim(id, now, now.minus(PaperJobs.STALE))).as("a second instance at once").isFalse();
		assertThat(jobs.runWaiting()).as("running, and not stale yet").isZero();

		jdbc.sql("update plan_paper_job set claimed_at = ? where id = ?").params(now.minusMinutes(11), id).update();
		jobs.runWaiting();
		PaperJob job = jobs.job(id).orElseThrow();
		assertThat(job.status()).as("made by the next run after its instance stopped").isEqualTo(PaperJob.Status.DONE);
		assertThat(job.attempts()).isEqualTo(2);
	}

	@Test
	void aBoardPackShowsThePlansStatusAndItsOverdueActionsInRed() throws Exception {
		Organisation council = data.anOrganisation();
		StaffUser lead = data.aStaffUser(Role.OFFICER, council);
		long strategy = plans.createStrategyAsSystem(new StrategyDetails(TestData.unique("Strategy"), council.getId(),
				TODAY.minusYears(1), TODAY.plusYears(3), null));
		long priority = plans.addPriorityAsSystem(strategy, new PriorityDetails(1, "Access to justice", null));
		String what = TestData.unique("Open three more reporting centres");
		plans.addActionAsSystem(priority, new ActionDetails("Action 4", what, council.getId(), lead.getId(),
				TODAY.minusDays(5), null, List.of()));
		long board = plans.createBoardAsSystem(TestData.unique("Board"), List.of(council.getId()));
		plans.scheduleMeetingAsSystem(board, TODAY.minusDays(60));
		plans.scheduleMeetingAsSystem(board, TODAY.plusDays(10));

		Cookie member = SignIn.as(mvc, data.aStaffUser(Role.BOARD, council).getEmail());
		Document boards = page("/staff/plans/boards", member);
		String packLink = boards.getElementById("board-" + board).select(".board-pack-link").last().attr("href");
		assertThat(packLink).isEqualTo("/staff/plans/boards/" + board + "/meetings/" + TODAY.plusDays(10));
		Document pack = page(packLink, member);
		assertThat(pack.getElementById("paper-covers").text()).as("since the board last met, to today")
			.startsWith(org.safercommunities.shared.UkDates.day(TODAY.minusDays(60)) + " to "
					+ org.safercommunities.shared.UkDates.day(TODAY));
		assertThat(pack.select("#overdue .paper-figure").eachText())
			.anySatisfy(line -> assertThat(line).contains("Action 4: " + what, "Status: Red", "overdue"));
		assertThat(pack.select("#plan-status .paper-figure").eachText())
			.anySatisfy(line -> assertThat(line).contains("1 actions", "1 Red", "1 overdue"));
		assertThat(pack.select("#figure-dashboard\\.overview tbody tr").eachText())
			.as("the dashboard's overview, an indicator per row")
			.anySatisfy(row -> assertThat(row).startsWith("Hate crime and incident reports received"));
		assertThat(status(get("/staff/plans/boards/" + board + "/meetings/" + TODAY.plusDays(11)).cookie(member)))
			.as("no meeting that day").isEqualTo(404);

		long id = request(packLink + "/papers", "pdf", member);
		long docx = request(packLink + "/papers", "docx", member);
		jobs.runWaiting();
		byte[] file = mvc.perform(get("/staff/plans/papers/" + id + "/file").cookie(member)).andReturn().getResponse()
			.getContentAsByteArray();
		assertThat(jobs.job(id).orElseThrow().fileName()).as("named once for the board and the day")
			.endsWith("-board-pack-for-" + org.safercommunities.shared.UkDates.day(TODAY.plusDays(10)).toLowerCase()
				.replace(' ', '-') + ".pdf");
		assertThat(PdfChecks.assertEveryPageRendersWithPdftoppm(file)).isPositive();
		assertThat(PdfChecks.text(file).replaceAll("\\s+", " ")).contains("Overdue actions", "Action 4: " + what,
				"The dashboard");
		byte[] word = mvc.perform(get("/staff/plans/papers/" + docx + "/file").cookie(member)).andReturn().getResponse()
			.getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(word))) {
			assertThat(document.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle()))
				.map(XWPFParagraph::getText)).contains("The action plan", "Overdue actions", "The dashboard");
			assertThat(document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n")))
				.contains("Action 4: " + what);
			assertThat(document.getTables()).as("the dashboard's table").isNotEmpty();
		}
	}

	private String titleOf(Cookie session) throws Exception {
		return page("/staff/plans/annual-report/" + YEAR, session).select("h1").text();
	}

	private long request(String path, String format, Cookie session) throws Exception {
		String location = mvc.perform(post(path).param("format", format).with(csrf()).cookie(session)).andReturn()
			.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/staff/plans/papers/");
		return Long.parseLong(location.substring("/staff/plans/papers/".length()));
	}

	private Document page(String path, Cookie session) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path).cookie(session)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

}
