package org.safercommunities.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/** The public report in a real browser: by keyboard alone, and accessible in English and in Arabic. */
class ReportingBrowserTests extends BrowserTest {

	@Test
	void aWholeReportCanBeMadeWithTheKeyboardAlone() {
		open("/report");
		pressOn("start", Keys.ENTER);

		choose("emergency-NO");
		choose("reporterRole");
		choose("incidentTypes");
		typeInto("whatHappened", "Someone shouted abuse at me on the bus because of my turban.");
		choose("whenKind-ONGOING");
		typeInto("occurredDescription", "Most mornings this month");
		typeInto("locationDescription", "The 113 bus through Hendon");
		selectWithKeys("wardCode", "Hendon");
		choose("happenedBefore");
		choose("strands");
		choose("strands-RELIGION");
		choose("policeConsent");
		choose("giveDetails-NO");
		choose("supportWanted-NO");
		pressOn("continue", Keys.ENTER);
		assertThat(path()).isEqualTo("/report/check-answers");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("The 113 bus through Hendon");

		pressOn("send", Keys.ENTER);
		assertThat(path()).isEqualTo("/report/confirmation");
		assertThat(driver.findElement(By.id("reference")).getText()).matches("HC-[0-9A-Z]{4}-[0-9A-Z]{2}");
		assertThat(driver.findElement(By.id("secret")).getText()).matches("[a-z]+ [a-z]+ [a-z]+ [a-z]+ \\d{2}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "ar", "en-easyread" })
	void everyPublicReportingPageIsAccessible(String language) {
		List<String> checked = new ArrayList<>();
		open("/report?lang=" + language);
		assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("ar".equals(language) ? "rtl" : "ltr");
		checked.add(accessible());
		open("/report/emergency");
		submitPage();
		checked.add(accessible()); // the error summary
		answer("emergency-NO");
		checked.add(accessible());
		answer("reporterRole");
		click("incidentTypes");
		driver.findElement(By.id("whatHappened")).sendKeys("Graffiti on the synagogue wall.");
		checked.add(accessible());
		submitPage();
		click("whenKind-APPROXIMATE");
		driver.findElement(By.id("occurredDescription")).sendKeys("Last weekend");
		checked.add(accessible());
		submitPage();
		driver.findElement(By.id("locationDescription")).sendKeys("Golders Green Road");
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map path.leaflet-interactive")));
		driver.findElement(By.id("map")).click(); // the centre of the borough: sets the point and picks its ward
		assertThat(driver.findElement(By.id("latitude")).getAttribute("value")).matches("51\\.\\d{5}");
		new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("wardCode"))).selectByValue("E05013642");
		checked.add(accessible());
		submitPage();
		answer("happenedBefore");
		click("strands-RELIGION");
		click("subtypes-ANTISEMITIC");
		checked.add(accessible());
		submitPage();
		checked.add(accessible());
		answer("policeConsent-NO");
		click("notReportingReasons");
		checked.add(accessible());
		submitPage();
		click("giveDetails");
		driver.findElement(By.id("name")).sendKeys("Miriam");
		driver.findElement(By.id("email")).sendKeys("miriam@example.org");
		checked.add(accessible());
		submitPage();
		click("safeToContact");
		click("contactMethods-EMAIL");
		checked.add(accessible());
		submitPage();
		answer("supportWanted-NO");
		checked.add(accessible()); // evidence
		submit(driver.findElement(By.id("continue")));
		checked.add(accessible()); // check answers
		submit(driver.findElement(By.id("send")));
		assertThat(path()).isEqualTo("/report/confirmation");
		checked.add(accessible());
		String reference = driver.findElement(By.id("reference")).getText();
		String secret = driver.findElement(By.id("secret")).getText();

		open("/follow-up");
		checked.add(accessible());
		driver.findElement(By.id("reference")).sendKeys(reference);
		driver.findElement(By.id("secret")).sendKeys(secret);
		submit(driver.findElement(By.id("open-report")));
		assertThat(path()).isEqualTo("/follow-up/report");
		checked.add(accessible());
		assertThat(checked).hasSizeGreaterThan(15);
	}

	private String accessible() {
		Browser.assertAccessible(driver);
		return path();
	}

	private void answer(String radioId) {
		click(radioId);
		submitPage();
	}

	private void click(String id) {
		driver.findElement(By.id(id)).click();
	}

	private void submitPage() {
		submit(driver.findElement(By.cssSelector("main form button[type=submit].govuk-button:not(.govuk-button--secondary)")));
	}

	/** Tabs from wherever the focus is until it reaches the element, then presses the key: no mouse. */
	private void pressOn(String id, CharSequence key) {
		WebElement target = tabTo(id);
		WebElement page = driver.findElement(By.tagName("html"));
		target.sendKeys(key);
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
	}

	/**
	 * Selects a radio or checkbox as a keyboard user does: Tab to a checkbox and press Space; Tab into a radio
	 * group and use the arrow keys (Space on the first). Then Enter on the page's Continue button.
	 */
	private void choose(String id) {
		WebElement target = driver.findElement(By.id(id));
		if ("radio".equals(target.getAttribute("type"))) {
			WebElement focused = tabToGroup(target.getAttribute("name"));
			focused.sendKeys(Keys.SPACE);
			for (int presses = 0; presses < 10 && !id.equals(focused.getAttribute("id")); presses++) {
				focused.sendKeys(Keys.ARROW_DOWN);
				focused = driver.switchTo().activeElement();
			}
			assertThat(driver.findElement(By.id(id)).isSelected()).as(id + " selected by keyboard").isTrue();
		}
		else {
			tabTo(id).sendKeys(Keys.SPACE);
		}
		if (!hasMoreQuestionsOnThisPage(id)) {
			pressOn(continueButtonId(), Keys.ENTER);
		}
	}

	private void typeInto(String id, String text) {
		tabTo(id).sendKeys(text);
		if (!hasMoreQuestionsOnThisPage(id)) {
			pressOn(continueButtonId(), Keys.ENTER);
		}
	}

	private void selectWithKeys(String id, String optionText) {
		WebElement select = tabTo(id);
		select.sendKeys(optionText);
		assertThat(new org.openqa.selenium.support.ui.Select(select).getFirstSelectedOption().getText()).isEqualTo(optionText);
		pressOn(continueButtonId(), Keys.ENTER);
	}

	/** Pages with more than one thing to fill in, so the next keyboard step stays on the same page. */
	private boolean hasMoreQuestionsOnThisPage(String id) {
		return List.of("incidentTypes", "whenKind-ONGOING", "locationDescription", "strands").contains(id);
	}

	private String continueButtonId() {
		WebElement button = driver.findElement(By.cssSelector("main form button[type=submit].govuk-button"));
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].id = arguments[0].id || 'page-continue'", button);
		return button.getAttribute("id");
	}

	private WebElement tabToGroup(String name) {
		WebElement focused = driver.switchTo().activeElement();
		for (int presses = 0; presses < 80; presses++) {
			if (name.equals(focused.getAttribute("name")) && "radio".equals(focused.getAttribute("type"))) {
				return focused;
			}
			// Real key presses on whatever has focus (sendKeys on a file input would try to upload).
			new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.TAB).perform();
			focused = driver.switchTo().activeElement();
		}
		throw new AssertionError("Tab never reached the radios " + name + " on " + path());
	}

	private WebElement tabTo(String id) {
		WebElement focused = driver.switchTo().activeElement();
		for (int presses = 0; presses < 80; presses++) {
			if (id.equals(focused.getAttribute("id"))) {
				return focused;
			}
			// Real key presses on whatever has focus (sendKeys on a file input would try to upload).
			new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.TAB).perform();
			focused = driver.switchTo().activeElement();
		}
		throw new AssertionError("Tab never reached #" + id + " on " + path());
	}

}
