package org.safercommunities.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** The public Case Review pages in a real browser: axe-clean in English and Arabic, errors shown, the form sent. */
class CaseReviewBrowserTests extends BrowserTest {

	@ParameterizedTest
	@ValueSource(strings = { "en", "ar" })
	void thePublicPagesAreAccessible(String lang) {
		for (String path : new String[] { "/case-review", "/case-review/procedure", "/case-review/apply" }) {
			open(path + "?lang=" + lang);
			assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).as(path).isEqualTo(lang);
			assertThat(driver.findElements(By.cssSelector(".govuk-exit-this-page"))).as(path + " offers quick exit")
				.isNotEmpty();
			Browser.assertAccessible(driver);
		}
		submit(driver.findElement(By.id("send")));
		assertThat(driver.findElements(By.cssSelector(".govuk-error-summary a"))).as("errors of the empty form")
			.hasSizeGreaterThan(3);
		Browser.assertAccessible(driver);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ar" })
	void anApplicationCanBeSent(String lang) {
		open("/case-review/apply?lang=" + lang);
		driver.findElement(By.id("forWhom")).click();
		driver.findElement(By.id("givenName")).sendKeys("Ada");
		driver.findElement(By.id("familyName")).sendKeys("Browser");
		driver.findElement(By.id("email")).sendKeys("ada@example.org");
		driver.findElement(By.id("problem")).sendKeys("Noise every night");
		driver.findElement(By.id("hate-NO")).click();
		driver.findElement(By.id("incidents-0-happenedOn")).sendKeys("1 2 2026");
		driver.findElement(By.id("incidents-0-reportedOn")).sendKeys("2 2 2026");
		new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("incidents-0-reportedTo"))).selectByValue("POLICE");
		submit(driver.findElement(By.id("send")));

		assertThat(path()).as("sent to the confirmation page").startsWith("/case-review/sent");
		assertThat(driver.findElement(By.id("reference")).getText()).matches("CR-[A-Z0-9]{8}");
		Browser.assertAccessible(driver);
	}

}
