package org.safercommunities.plans;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import jakarta.servlet.http.Cookie;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safercommunities.imports.ImportKind;
import org.safercommunities.imports.ImportsForTests;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.PdfChecks;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A board pack's indicator charts: an officer chooses them for a meeting, and the page, the PDF and the Word
 * document each carry the control chart (SVG on the page and in the PDF, a PNG in Word) with the table of every
 * month it draws; an indicator without enough months says so instead of drawing zeros.
 */
@IntegrationTest
class BoardPackChartsIntegrationTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	PaperJobs jobs;

	@Autowired
	PlanManagement plans;

	private Organisation council;

	private String pack;

	@BeforeEach
	void aMeetingAndThePoliceHateCrimeSeries() {
		// The Met's monthly hate crime counts for every borough, 2010 to 2021: the home borough's chart
		ImportsForTests.importNow(context, ImportKind.HATE_CRIME_COUNTS, "/demo/mps/hate_crime_borough_monthly.csv");
		// and one month of police.uk street crime: burglary has figures, but too few months for a chart
		ImportsForTests.importNow(context, ImportKind.POLICE_UK_STREET, "/demo/police-uk/2024-01-metropolitan-street.csv.gz");
		council = data.anOrganisation();
		long board = plans.createBoardAsSystem(TestData.unique("Board"), List.of(council.getId()));
		LocalDate day = TODAY.plusDays(20 + (int) (board % 300));
		plans.scheduleMeetingAsSystem(board, day);
		pack = "/staff/plans/boards/" + board + "/meetings/" + day;
	}

	@Test
	void anOfficerChoosesTheChartsAndAWrongChoiceKeepsWhatWasTicked() throws Exception {
		Cookie officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER, council).getEmail());
		Document before = page(pack, officer);
		assertThat(before.select("#charts .govuk-body").eachText()).as("nothing chosen yet")
			.contains("No indicator charts were chosen for this pack.");
		assertThat(before.getElementById("choose-charts").attr("href")).isEqualTo(pack + "/charts");

		Document form = page(pack + "/charts", officer);
		assertThat(form.select("input[name=indicatorCodes]").eachAttr("value"))
			.contains("police-hate-crime", "hate-reports", "asb");

		MockHttpServletResponse wrong = mvc.perform(post(pack + "/charts").with(csrf()).cookie(officer)
			.param("indicatorCodes", "police-hate-crime", "no-such-indicator")).andReturn().getResponse();
		assertThat(wrong.getStatus()).isEqualTo(200);
		Document refused = Jsoup.parse(wrong.getContentAsString());
		assertThat(refused.select(".govuk-error-summary a").eachText()).containsExactly("Choose indicators from the list");
		assertThat(refused.select("input[name=indicatorCodes][checked]").eachAttr("value"))
			.as("what was ticked is kept").containsExactly("police-hate-crime");

		choose(officer, "police-hate-crime", "burglary");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'PLAN_PACK_CHARTS_CHOSEN'")
			.query(Long.class).single()).isPositive();
		assertThat(page(pack + "/charts", officer).select("input[name=indicatorCodes][checked]").eachAttr("value"))
			.containsExactlyInAnyOrder("police-hate-crime", "burglary");

		Cookie member = SignIn.as(mvc, data.aStaffUser(Role.BOARD, council).getEmail());
		assertThat(mvc.perform(get(pack + "/charts").cookie(member)).andReturn().getResponse().getStatus())
			.as("the board reads the pack but does not choose").isEqualTo(403);
		assertThat(page(pack, member).getElementById("choose-charts")).isNull();
	}

	@Test
	void thePagePdfAndWordDocumentCarryTheChartWithTheTableOfEveryMonthItDraws() throws Exception {
		Cookie officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER, council).getEmail());
		choose(officer, "police-hate-crime", "burglary", "prevent-referrals");
		Cookie member = SignIn.as(mvc, data.aStaffUser(Role.BOARD, council).getEmail());
		Document page = page(pack, member);

		Element chart = page.getElementById("figure-chart.police-hate-crime");
		assertThat(chart).as("the police hate crime chart").isNotNull();
		Element svg = chart.selectFirst("svg.paper-chart");
		assertThat(svg.attr("role")).isEqualTo("img");
		assertThat(svg.selectFirst("title").text()).isEqualTo(
				"Hate crime recorded by the police: each month with its mean and process limits");
		List<Element> months = chart.select("table tbody tr");
		int drawn = svg.select("circle.chart-point").size() + svg.select("path.chart-signal").size();
		assertThat(months).as("a table row for every month drawn").hasSizeGreaterThan(12).hasSize(drawn);
		assertThat(svg.selectFirst("desc").text()).contains("Hate crime recorded by the police for the borough from",
				months.size() + " months with figures");
		assertThat(months.get(months.size() - 1).selectFirst("th").text()).as("the latest month the police data holds")
			.isEqualTo(lastMonthOfTheFile());
		assertThat(page.select("#figure-chart\\.burglary").text()).as("one month: no chart, and it says so")
			.contains("Burglary: there are too few months of counts for a chart");
		assertThat(page.select("#figure-chart\\.prevent-referrals").text()).as("nothing held is not drawn as zeros")
			.contains("Prevent referrals: no figures are held, so there is no chart.");

		long pdfJob = request("pdf", member);
		long wordJob = request("docx", member);
		jobs.runWaiting();
		byte[] pdf = file(pdfJob, member);
		PdfChecks.keep(pdf, "board-pack-with-charts.pdf");
		assertThat(PdfChecks.assertEveryPageRendersWithPdftoppm(pdf)).isPositive();
		assertThat(PdfChecks.text(pdf).replaceAll("\\s+", " "))
			.contains("Hate crime recorded by the police: the chart's figures by month", lastMonthOfTheFile());
		assertThat(bluePixelsInPdf(pdf)).as("the chart's value line is drawn in the PDF").isGreaterThan(300);

		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(file(wordJob, member)))) {
			List<XWPFPicture> pictures = word.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
				.flatMap(run -> run.getEmbeddedPictures().stream()).toList();
			assertThat(pictures).as("one chart picture").hasSize(1);
			assertThat(pictures.get(0).getDescription()).as("its alternative text is the chart in words")
				.contains(months.size() + " months with figures");
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(pictures.get(0).getPictureData().getData()));
			assertThat(ChartSvgTests.bluePixels(image)).as("the value line in the picture").isGreaterThan(500);
			assertThat(word.getTables()).as("the chart's table with every month")
				.anySatisfy(table -> assertThat(table.getNumberOfRows()).isEqualTo(months.size() + 1));
			assertThat(word.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n")))
				.contains("too few months of counts for a chart");
		}
	}

	/** The Met file's last column, 202105: "May 2021". */
	private static String lastMonthOfTheFile() throws Exception {
		try (var in = BoardPackChartsIntegrationTests.class.getResourceAsStream("/demo/mps/hate_crime_borough_monthly.csv")) {
			String header = new String(in.readNBytes(8192), java.nio.charset.StandardCharsets.UTF_8).lines().findFirst()
				.orElseThrow();
			String last = header.substring(header.lastIndexOf(',') + 1).strip();
			return org.safercommunities.shared.UkDates.shortMonth(java.time.YearMonth.of(
					Integer.parseInt(last.substring(0, 4)), Integer.parseInt(last.substring(4))));
		}
	}

	private void choose(Cookie officer, String... codes) throws Exception {
		String location = mvc.perform(post(pack + "/charts").with(csrf()).cookie(officer).param("indicatorCodes", codes))
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).isEqualTo(pack + "#charts");
	}

	/** Pixels in the chart line's blue (#1d70b8) over every page, drawn by PDFBox at 72 dots an inch. */
	private static long bluePixelsInPdf(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFRenderer renderer = new PDFRenderer(document);
			long blue = 0;
			for (int page = 0; page < document.getNumberOfPages(); page++) {
				blue += ChartSvgTests.bluePixels(renderer.renderImageWithDPI(page, 72));
			}
			return blue;
		}
	}

	private long request(String format, Cookie session) throws Exception {
		String location = mvc.perform(post(pack + "/papers").param("format", format).with(csrf()).cookie(session))
			.andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring("/staff/plans/papers/".length()));
	}

	private byte[] file(long job, Cookie session) throws Exception {
		return mvc.perform(get("/staff/plans/papers/" + job + "/file").cookie(session)).andReturn().getResponse()
			.getContentAsByteArray();
	}

	private Document page(String path, Cookie session) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path).cookie(session)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

}
