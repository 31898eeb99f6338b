package org.safercommunities.browser;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safercommunities.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** The imports page with a real browser: upload, the progress page following the import, accessibility. */
class ImportsBrowserTests extends BrowserTest {

	@Test
	void anAnalystImportsAFileAndThePagesAreAccessible() throws Exception {
		signIn(data.aStaffUser(Role.ANALYST).getEmail());
		open("/staff/imports");
		assertThat(heading()).isEqualTo("Import police data");
		Browser.assertAccessible(driver);

		driver.findElement(By.id("files")).sendKeys(sample("2022-11-city-of-london-street.csv").toString());
		submit(driver.findElement(By.cssSelector("form[action='/staff/imports'] button[type=submit]")));

		assertThat(path()).matches("/staff/imports/\\d+");
		// The page follows the import by server-sent events and reloads itself when it is done.
		new WebDriverWait(driver, Duration.ofSeconds(30)).until(browser -> {
			if (!browser.getPageSource().contains("Completed")) {
				browser.navigate().refresh();
				return false;
			}
			return true;
		});
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Completed").contains("20");
		Browser.assertAccessible(driver);
	}

	@Test
	void aTruncatedFileIsHeldWithItsCountsSideBySideAndCanBeDiscarded() throws Exception {
		signIn(data.aStaffUser(Role.ANALYST).getEmail());
		upload(sample("2022-10-city-of-london-street.csv"));
		awaitStatus("Completed");
		Path truncated = sample("2022-10-city-of-london-street.csv");
		java.util.List<String> lines = Files.readAllLines(truncated);
		Files.write(truncated, lines.subList(0, 4));

		upload(truncated);
		awaitStatus("Waiting for you");

		String page = driver.findElement(By.tagName("main")).getText();
		assertThat(page).as("the held page says why nothing was replaced")
			.contains("This file has 3 rows where the data held has 20")
			.contains("Before and after");
		assertThat(driver.findElements(By.cssSelector(".govuk-notification-banner--success")))
			.as("a held file is never announced under a Success heading").isEmpty();
		assertThat(driver.findElement(By.id("total-before")).getText()).isEqualTo("20");
		assertThat(driver.findElement(By.id("total-after")).getText()).isEqualTo("3");
		assertThat(driver.findElement(By.id("replace-data")).getText()).isEqualTo("Replace the data");
		Browser.assertAccessible(driver);

		submit(driver.findElement(By.id("discard-file")));

		assertThat(driver.findElement(By.tagName("main")).getText()).as("after discarding")
			.contains("was discarded. Nothing was changed.")
			.contains("Discarded");
		open("/staff/imports");
		assertThat(driver.findElement(By.id("street-months")).getText()).as("the data held lists the month")
			.contains("2022-10");
		Browser.assertAccessible(driver);
	}

	private void upload(Path file) {
		open("/staff/imports");
		driver.findElement(By.id("files")).sendKeys(file.toString());
		submit(driver.findElement(By.cssSelector("form[action='/staff/imports'] button[type=submit]")));
		assertThat(path()).matches("/staff/imports/\\d+");
	}

	private void awaitStatus(String status) {
		new WebDriverWait(driver, Duration.ofSeconds(30)).until(browser -> {
			if (browser.findElements(By.cssSelector(".govuk-summary-list .govuk-tag"))
				.stream()
				.noneMatch(tag -> tag.getText().equals(status))) {
				browser.navigate().refresh();
				return false;
			}
			return true;
		});
	}

	@Test
	void anEmptyUploadShowsTheGovUkErrorSummary() {
		signIn(data.aStaffUser(Role.ANALYST).getEmail());
		open("/staff/imports");

		submit(driver.findElement(By.cssSelector("form[action='/staff/imports'] button[type=submit]")));

		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
			.contains("Select at least one CSV file");
		Browser.assertAccessible(driver);
	}

	private static Path sample(String name) throws Exception {
		Path file = Files.createTempDirectory("browser-import").resolve(name);
		try (InputStream in = ImportsBrowserTests.class.getResourceAsStream("/police-uk/2023-01-city-of-london-street.csv")) {
			String month = name.substring(0, 7);
			Files.writeString(file, new String(in.readAllBytes()).replace(",2023-01,", "," + month + ","));
		}
		return file;
	}

}
