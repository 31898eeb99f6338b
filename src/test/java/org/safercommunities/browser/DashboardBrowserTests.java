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
