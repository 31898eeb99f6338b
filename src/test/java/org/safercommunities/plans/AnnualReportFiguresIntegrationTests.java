package org.safercommunities.plans;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.Cookie;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safercommunities.casereview.CaseReviewYearRecords;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.PdfChecks;
import org.safercommunities.support.Records202223;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Seed 001, Barnet's annual report 2022/23, made again from records: every module's 2022/23 records are seeded
 * the modules' own way (shifted to 2008/09, a year no other test records in) and the draft, its PDF and its
 * Word document say what the seed says: 3,602 cases against 2,495 (+44%), Table 1's averages, 11 Community
 * Triggers (5 accepted, 6 not), 240 Community Protection Warnings, 32 fixed penalty notices, 87 staff at 7
 * organisations and 32 champions.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnualReportFiguresIntegrationTests {

	private static final int YEAR = 2008;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	ApplicationContext context;

	@Autowired
	PaperJobs jobs;

	private Cookie officer;

	private Document report;

	@BeforeAll
	void seedTheYear() throws Exception {
		Records202223.from(context).seed(YEAR);
		CaseReviewYearRecords.from(context).seed(YEAR);
		officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER).getEmail());
		report = Jsoup.parse(mvc.perform(get("/staff/plans/annual-report/" + YEAR).cookie(officer)).andReturn()
			.getResponse().getContentAsString());
	}

	@Test
	void theCaseVolumesAreTheSeedsAgainstTheYearBefore() {
		assertThat(line("cases.logged")).startsWith("Cases logged").contains(": 3,602 (2,495 the year before, up 44%)");
	}

	@Test
	void tableOneGivesTheSeedsMeetingsAndAverages() {
		assertThat(line("marac.meetings")).contains(": 8 (");
		List<String> rows = report.select("#figure-marac\\.table-1 tbody tr").eachText();
		assertThat(rows).as("one row per meeting and the average").hasSize(9);
		assertThat(rows.get(8)).as("averages: between 19 and 20 heard, 3 and 4 new, 4 and 5 closed")
			.contains("19.875", "3.625", "4.25");
	}

	@Test
	void theCommunityTriggersAreElevenFiveAndSix() {
		assertThat(line("case-reviews.applications")).contains(": 11 (");
		assertThat(line("case-reviews.accepted")).contains(": 5 (");
		assertThat(line("case-reviews.not-accepted")).contains(": 6 (");
	}

	@Test
	void toolsAndPowersAndFixedPenaltiesAreTheSeeds() {
		assertThat(report.select("#figure-enforcement\\.tools tbody tr").eachText())
			.anySatisfy(row -> assertThat(row).startsWith("Community Protection Warning 240"))
			.anySatisfy(row -> assertThat(row).startsWith("Community Protection Notice 8"));
		assertThat(line("enforcement.penalties")).contains(": 32 (");
		assertThat(report.select("#figure-enforcement\\.penalties-by-offence tbody tr")).as("notices by offence code")
			.isNotEmpty();
	}

	@Test
	void trainingAndChampionsAreTheSeeds() {
		assertThat(line("engagement.staff-trained")).contains(": 87 (");
		assertThat(line("engagement.staff-organisations")).contains(": 7 (");
		assertThat(line("engagement.champions")).contains(": 32 (");
	}

	@Test
	void everyFigureLinksToAStaffPageThatOpens() throws Exception {
		List<String> sources = report.select(".paper-section a[href^=http]").eachAttr("href").stream().distinct().toList();
		assertThat(sources).hasSizeGreaterThan(5);
		for (String source : sources) {
			String path = source.replaceFirst("^https?://[^/]+", "");
			assertThat(mvc.perform(get(path).cookie(officer)).andReturn().getResponse().getStatus()).as(path).isEqualTo(200);
		}
	}

	@Test
	void thePdfAndTheWordDocumentHoldTheSameFigures() throws Exception {
		long pdf = request("pdf");
		long docx = request("docx");
		jobs.runWaiting();
		byte[] file = mvc.perform(get("/staff/plans/papers/" + pdf + "/file").cookie(officer)).andReturn().getResponse()
			.getContentAsByteArray();
		PdfChecks.keep(file, "annual-report-seed-001.pdf");
		assertThat(PdfChecks.assertEveryPageRendersWithPdftoppm(file)).as("pages of the report").isGreaterThan(1);
		String text = PdfChecks.text(file).replaceAll("\\s+", " ");
		assertThat(text).contains("3,602 (2,495 the year before, up 44%)", "19.875", "240");

		byte[] word = mvc.perform(get("/staff/plans/papers/" + docx + "/file").cookie(officer)).andReturn().getResponse()
			.getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(word))) {
			String paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText)
				.collect(Collectors.joining("\n"));
			assertThat(paragraphs).contains("3,602 (2,495 the year before, up 44%)");
			String tables = document.getTables().stream().map(XWPFTable::getText).collect(Collectors.joining("\n"));
			assertThat(tables).contains("19.875", "240");
		}
	}

	private long request(String format) throws Exception {
		String location = mvc.perform(post("/staff/plans/annual-report/" + YEAR + "/papers").param("format", format)
			.with(csrf()).cookie(officer)).andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private String line(String code) {
		var found = report.getElementById("figure-" + code);
		assertThat(found).as("the figure " + code + " on the page").isNotNull();
		return found.text();
	}

}
