package org.safercommunities.browser;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.safercommunities.shared.Role;
import org.safercommunities.shared.UkDates;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page a resident sees over the public sends' limit (here one send a client), in a real browser: it says why and
 * when to try again, and is checked with axe-core like every other page.
 */
@TestPropertySource(properties = "safer.reporting.rate-limit.reports-per-client=1")
class WardWalkTooManyBrowserTests extends BrowserTest {

	@Test
	void aSecondIssueOverTheLimitIsRefusedOnAnAccessiblePage() {
		signIn(data.aStaffUser(Role.OFFICER).getEmail());
		open("/staff/engagement/walks");
		new Select(driver.findElement(By.id("wardCode"))).selectByValue("E05013643");
		driver.findElement(By.id("walkOn")).sendKeys(UkDates.day(LocalDate.now(ZoneId.of("Europe/London")).plusDays(9)));
		driver.findElement(By.id("meetingPoint")).sendKeys("Outside the station");
		submit(driver.findElement(By.cssSelector("form[action='/staff/engagement/walks'] button[type=submit]")));
		String walk = path().substring(path().lastIndexOf('/') + 1);
		signOut();

		for (String words : new String[] { "Broken light by the bus stop", "Litter behind the shops" }) {
			open("/ward-walks/" + walk + "/issue");
			driver.findElement(By.id("categoryCode-GRAFFITI")).click();
			driver.findElement(By.id("description")).sendKeys(words);
			submit(driver.findElement(By.cssSelector("form button[type=submit]")));
		}

		assertThat(heading()).as("the second send, over the limit").isEqualTo("Too many issues sent from your connection");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Your issue has not been sent.");
		Browser.assertAccessible(driver);
	}

}
