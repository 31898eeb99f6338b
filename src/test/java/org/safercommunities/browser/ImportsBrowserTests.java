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
