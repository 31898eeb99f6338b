package org.safercommunities.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Exit this page" on every page someone may need to leave in a hurry: a plain link to the configured neutral site,
 * and with JavaScript, Shift pressed three times leaves too. The neutral site here is about:blank, so the test
 * needs no internet.
 */
@TestPropertySource(properties = "safer.web.exit-url=about:blank")
class QuickExitBrowserTests extends BrowserTest {

	@ParameterizedTest
	@ValueSource(strings = { "/report", "/report/emergency", "/follow-up", "/get-help", "/directory", "/directory/map" })
	void publicReportingAndHelpPagesOfferTheExitToTheConfiguredSite(String page) {
		open(page);

		WebElement exit = exitButton();
		assertThat(exit.getAttribute("href")).as("exit link on " + page).isEqualTo("about:blank");
		assertThat(exit.getText()).as("button text on " + page).contains("Exit this page");
		assertThat(driver.findElement(By.cssSelector(".govuk-exit-this-page")).getAttribute("data-i18n.press-one-more-time"))
			.isEqualTo("Shift, press 1 more time to exit.");
		Browser.assertAccessible(driver);
	}

	@Test
	void theExitIsTranslated() {
		open("/get-help?lang=pl");

		assertThat(exitButton().getText()).contains("Opuść tę stronę");
	}

	@Test
	void staffPagesAndTheHomePageHaveNoExit() {
		open("/");
		assertThat(driver.findElements(By.cssSelector(".govuk-exit-this-page"))).as("home page").isEmpty();
		open("/login");
		assertThat(driver.findElements(By.cssSelector(".govuk-exit-this-page"))).as("sign-in page").isEmpty();
	}

	@Test
	void pressingShiftThreeTimesLeavesForTheNeutralSite() {
		open("/report");
		// GOV.UK Frontend has started the component once it has added its hidden status message.
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ready -> !driver
			.findElements(By.cssSelector(".govuk-exit-this-page .govuk-exit-this-page__indicator")).isEmpty());

		Actions keyboard = new Actions(driver);
		for (int press = 0; press < 3; press++) {
			keyboard.keyDown(Keys.SHIFT).keyUp(Keys.SHIFT).perform();
		}

		new WebDriverWait(driver, Duration.ofSeconds(10))
			.withMessage(() -> "still on " + driver.getCurrentUrl() + " after Shift pressed three times")
			.until(left -> "about:blank".equals(driver.getCurrentUrl()));
	}

	private WebElement exitButton() {
		return driver.findElement(By.cssSelector(".govuk-exit-this-page a.govuk-exit-this-page__button"));
	}

}
