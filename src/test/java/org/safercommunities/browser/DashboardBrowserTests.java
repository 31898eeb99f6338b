package org.safercommunities.browser;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safercommunities.imports.ImportKind;
import org.safercommunities.imports.ImportsForTests;
import org.safercommunities.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The dashboard with a real browser: charts and the ward map drawn, every page accessible; open data in two scripts. */
class DashboardBrowserTests extends BrowserTest {

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void openData() {
		ImportsForTests.importNow(context, ImportKind.HATE_CRIME_COUNTS, "/demo/mps/hate_crime_borough_monthly.csv");
		ImportsForTests.importNow(context, ImportKind.POLICE_UK_STREET, "/demo/police-uk/2024-01-metropolitan-street.csv.gz");
	}

	@Test
	void anAnalystSeesTheOverviewAnIndicatorWithChartsAndTheWardMap() {
		signIn(data.aStaffUser(Role.ANALYST).getEmail());
		open("/staff/dashboard");
		assertThat(heading()).isEqualTo("Performance dashboard");
		assertThat(driver.findElements(By.cssSelector("svg.safer-sparkline polyline"))).isNotEmpty();
		Browser.assertAccessible(driver);

		open("/staff/dashboard/police-hate-crime?area=E09000003&period=2019-12&strand=Anti-Semitic");
		assertThat(heading()).isEqualTo("Hate crime recorded by the police");
		waitUntilShown("rolling-chart");
		waitUntilShown("spc-chart");
		assertThat(driver.findElement(By.id("rank")).getText())
			.isEqualTo("1st of 32 London boroughs by number, 1st of 32 London boroughs by rate per 1,000");
		Browser.assertAccessible(driver);

		open("/staff/dashboard/burglary?area=E09000003");
		new WebDriverWait(driver, Duration.ofSeconds(15))
			.until(browser -> !browser.findElements(By.cssSelector("#ward-map .leaflet-interactive")).isEmpty());
		Browser.assertAccessible(driver);

		open("/staff/dashboard/hot-spots");
		assertThat(heading()).isEqualTo("Hot spots");
		Browser.assertAccessible(driver);
	}

	@Test
	void theWardMapAndEveryChartAreLaidOutAtAVisibleSize() {
		signIn(data.aStaffUser(Role.ANALYST).getEmail());
		open("/staff/dashboard/police-hate-crime?area=E09000003&period=2019-12&strand=Anti-Semitic");
		waitUntilShown("rolling-chart");
		waitUntilShown("spc-chart");
		Browser.assertLaidOutAtLeast(driver, By.cssSelector(".safer-chart canvas"), 100);
		assertThat(driver.findElements(By.cssSelector(".safer-chart canvas"))).hasSize(2);

		open("/staff/dashboard/burglary?area=E09000003");
		new WebDriverWait(driver, Duration.ofSeconds(15))
			.until(browser -> !browser.findElements(By.cssSelector("#ward-map .leaflet-interactive")).isEmpty());
		Browser.assertLaidOutAtLeast(driver, By.id("ward-map"), 100);
		waitUntilShown("rolling-chart");
		Browser.assertLaidOutAtLeast(driver, By.cssSelector(".safer-chart:not([hidden]) canvas"), 100);
	}

	@Test
	void anAnalystGeneratesADraftEditsItAndPublishesIt() {
		signIn(data.aStaffUser(Role.ANALYST).getEmail());
		open("/staff/dashboard/police-hate-crime?area=E09000003&period=2020-12");
		driver.findElement(By.id("generate-draft")).click();
		new WebDriverWait(driver, Duration.ofSeconds(15))
			.until(browser -> browser.findElement(By.id("body")).getAttribute("value").startsWith("Hate crime recorded"));

		driver.findElement(By.id("body")).sendKeys(" Checked by the analyst.");
		submit(driver.findElement(By.cssSelector("button[value=publish]")));

		assertThat(driver.findElement(By.className("govuk-notification-banner")).getText()).contains("Commentary published");
		assertThat(driver.findElement(By.className("safer-commentary")).getText()).contains("Checked by the analyst.");
		Browser.assertAccessible(driver);
	}

	@Test
	void aPercentageIndicatorShowsItsFigureAndTheCasesBehindItAccessibly() throws Exception {
		aCaseWithAVictimInformedOfTheirRightsLastMonth();
		signIn(data.aStaffUser(Role.ANALYST).getEmail());
		open("/staff/dashboard/victims-informed");
		assertThat(heading()).isEqualTo("Victims informed of their rights");
		org.openqa.selenium.WebElement percentage = driver.findElement(By.id("percentage"));
		assertThat(percentage.isDisplayed()).as("the percentage is shown").isTrue();
		assertThat(percentage.getText()).as("the percentage and the cases behind it")
			.matches("\\d+% \\(\\d+ of \\d+ cases\\)");
		Browser.assertAccessible(driver);

		open("/staff/dashboard");
		org.openqa.selenium.WebElement row = driver.findElement(By.id("ratio-victims-informed"));
		assertThat(row.isDisplayed()).as("the overview's percentage is shown").isTrue();
		assertThat(row.getText()).as("the overview's percentage").matches("(?s)\\d+% \\(\\d+ of \\d+ cases\\).*");
		Browser.assertAccessible(driver);
	}

	/** Through the case pages (MockMvc on this application), opened last month: the dashboard's months are complete. */
	private void aCaseWithAVictimInformedOfTheirRightsLastMonth() throws Exception {
		var web = (org.springframework.web.context.WebApplicationContext) context;
		var builder = org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(web);
		// The application's own filters (the session among them), as @AutoConfigureMockMvc adds them
		new org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer(web).customize(builder);
		org.springframework.test.web.servlet.MockMvc mvc = builder.build();
		jakarta.servlet.http.Cookie officer = org.safercommunities.support.SignIn.as(mvc,
				data.aStaffUser(Role.OFFICER, data.anOrganisation(org.safercommunities.organisations.OrganisationType.COUNCIL))
					.getEmail());
		long caseId = org.safercommunities.cases.CaseTestData.openByPhone(mvc, officer);
		java.time.YearMonth lastMonth = java.time.YearMonth.now(org.safercommunities.shared.UkTime.ZONE).minusMonths(1);
		context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
			.sql("update case_file set opened_on = ? where id = ?").params(lastMonth.atDay(15), caseId).update();
		String today = org.safercommunities.shared.UkDates.day(java.time.LocalDate.now(org.safercommunities.shared.UkTime.ZONE));
		for (var request : java.util.List.of(
				post("/staff/cases/" + caseId + "/parties").param("givenName", "Ada").param("familyName", "Browserton")
					.param("partyRole", "VICTIM").param("choice", "NEW"),
				post("/staff/cases/" + caseId + "/victims-code").param("informedOn", today))) {
			assertThat(mvc.perform(request.with(csrf()).cookie(officer)).andReturn().getResponse().getStatus())
				.as("case work step").isEqualTo(302);
		}
	}

	@Test
	void openDataIsAccessibleInEnglishAndInArabic() {
		open("/open-data");
		assertThat(heading()).isEqualTo("Open data");
		assertThat(driver.getPageSource()).contains("[c]");
		Browser.assertAccessible(driver);

		open("/open-data?lang=ar");
		assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
		assertThat(heading()).isEqualTo("\u0627\u0644\u0628\u064a\u0627\u0646\u0627\u062a \u0627\u0644\u0645\u0641\u062a\u0648\u062d\u0629");
		Browser.assertAccessible(driver);
	}

	private void waitUntilShown(String canvasId) {
		new WebDriverWait(driver, Duration.ofSeconds(15))
			.until(browser -> browser.findElement(By.id(canvasId)).isDisplayed());
	}

}
