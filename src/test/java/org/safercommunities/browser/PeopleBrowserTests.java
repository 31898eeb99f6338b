package org.safercommunities.browser;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.safercommunities.people.Involvement;
import org.safercommunities.people.Involvement.PartyRole;
import org.safercommunities.people.People;
import org.safercommunities.people.PersonDetails;
import org.safercommunities.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The officers' people pages in a real browser, checked with axe-core: look-up, adding a person, a person's page. */
class PeopleBrowserTests extends BrowserTest {

	@Autowired
	People people;

	@Test
	void anOfficerAddsAPersonFindsThemAndSeesTheirRepeatFlagAndDuplicate() {
		signIn(data.aStaffUser(Role.OFFICER).getEmail());

		open("/staff/people");
		assertThat(heading()).isEqualTo("People");
		Browser.assertAccessible(driver);

		open("/staff/people/new");
		assertThat(heading()).isEqualTo("Add a person");
		driver.findElement(By.id("givenName")).sendKeys("Ottilie");
		driver.findElement(By.id("familyName")).sendKeys("Browserfield");
		driver.findElement(By.id("birthDay")).sendKeys("30");
		driver.findElement(By.id("birthMonth")).sendKeys("2");
		driver.findElement(By.id("birthYear")).sendKeys("1990");
		driver.findElement(By.id("phone")).sendKeys("07700 900321");
		submit(driver.findElement(By.cssSelector("form button.govuk-button")));
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
			.contains("Date of birth must be a real date");
		assertThat(driver.findElement(By.id("familyName")).getAttribute("value")).isEqualTo("Browserfield");
		Browser.assertAccessible(driver);

		driver.findElement(By.id("birthDay")).clear();
		driver.findElement(By.id("birthDay")).sendKeys("28");
		submit(driver.findElement(By.cssSelector("form button.govuk-button")));
		assertThat(path()).matches("/staff/people/\\d+");
		long id = Long.parseLong(path().substring(path().lastIndexOf('/') + 1));
		long duplicate = people.record(PersonDetails.named("Ottilie", "Browserfield"), "test");
		for (long report = 1; report <= 3; report++) {
			people.recordInvolvement(id, new Involvement("reporting", "hate_report", 900 + report, PartyRole.VICTIM,
					LocalDate.now().minusDays(report), false));
		}

		open("/staff/people/" + id);
		assertThat(driver.findElement(By.id("repeat-flag")).getText())
			.contains("Repeat victim: 3 reports or cases in the last 12 months");
		assertThat(driver.findElement(By.id("duplicates")).getText()).contains("Same name");
		Browser.assertAccessible(driver);

		submit(driver.findElement(By.cssSelector("form#merge button")));
		assertThat(driver.getTitle()).startsWith("Error: ");
		Browser.assertAccessible(driver);

		open("/staff/people?q=07700900321");
		assertThat(driver.findElement(By.id("results")).getText()).contains("Ottilie Browserfield");
		Browser.assertAccessible(driver);
		open("/staff/people");
		assertThat(driver.findElement(By.id("repeat-victims")).getText()).contains("Ottilie Browserfield");
		assertThat(duplicate).isNotEqualTo(id);
		Browser.assertAccessible(driver);
	}

}
