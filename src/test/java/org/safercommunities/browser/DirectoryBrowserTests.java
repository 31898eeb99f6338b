package org.safercommunities.browser;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safercommunities.directory.DirectoryTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The public directory, its map and the owner's link page pass axe-core, left to right and right to left. */
class DirectoryBrowserTests extends BrowserTest {

	@Autowired
	ApplicationContext context;

	DirectoryTestData directory;

	long entry;

	@BeforeEach
	void anEntry() {
		directory = DirectoryTestData.from(context);
		entry = directory.saveSupport(DirectoryTestData.word("Browser") + " Advice");
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "ar" })
	void theListAndAnEntryPageAreAccessible(String lang) {
		open("/directory?lang=" + lang);
		assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("ar".equals(lang) ? "rtl" : "ltr");
		Browser.assertAccessible(driver);

		driver.findElement(By.id("q")).sendKeys(directory.nameOf(entry));
		submit(driver.findElement(By.cssSelector(".safer-directory-filters button[type=submit]")));
		assertThat(driver.findElement(By.id("result-count")).getText()).contains("1");
		Browser.assertAccessible(driver);

		open("/directory/" + directory.slugOf(entry) + "?lang=" + lang);
		assertThat(heading()).isEqualTo(directory.nameOf(entry));
		Browser.assertAccessible(driver);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "ar" })
	void theMapDrawsWardsAndEntriesAndIsAccessible(String lang) {
		open("/directory/map?lang=" + lang);

		new WebDriverWait(driver, Duration.ofSeconds(15)).until(
				ExpectedConditions.presenceOfElementLocated(By.cssSelector("#directory-map path.leaflet-interactive")));
		assertThat(driver.findElement(By.id("directory-map-group")).isDisplayed()).isTrue();
		assertThat(driver.findElements(By.cssSelector("#directory-map path.leaflet-interactive")).size())
			.as("ward boundaries and at least one entry marker").isGreaterThan(24);
		Browser.assertLaidOutAtLeast(driver, By.id("directory-map"), 100);
		Browser.assertAccessible(driver);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "ar" })
	void theOwnerPagesAreAccessible(String lang) {
		String link = directory.ownerLink(entry);
		open(link + "?lang=" + lang);
		assertThat(driver.findElement(By.id("confirm")).isDisplayed()).isTrue();
		Browser.assertAccessible(driver);

		open(link + "/change?lang=" + lang);
		driver.findElement(By.id("email")).clear();
		driver.findElement(By.id("email")).sendKeys("not-an-address");
		submit(driver.findElement(By.id("send")));
		assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).isDisplayed()).isTrue();
		Browser.assertAccessible(driver);
	}

	@Test
	void theOwnerConfirmsWithOneClick() {
		open(directory.ownerLink(entry));
		submit(driver.findElement(By.id("confirm")));

		assertThat(heading()).isEqualTo("Thank you");
		assertThat(directory.lastConfirmedOn(entry)).isEqualTo(LocalDate.now());
		Browser.assertAccessible(driver);
	}

}
