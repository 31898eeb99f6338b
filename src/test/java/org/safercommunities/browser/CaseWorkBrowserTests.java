package org.safercommunities.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.security.StaffUser;
import org.safercommunities.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The work on a case in a real browser: an officer assesses risk (first with a mistake), adds an action for
 * another organisation, schedules a review and ticks the Victims' Code; every page checked with axe-core.
 */
class CaseWorkBrowserTests extends BrowserTest {

	@Test
	void anOfficerAssessesRiskAddsAnActionSchedulesAReviewAndTicksTheVictimsCode() {
		Organisation council = data.anOrganisation();
		Organisation victimSupport = data.anOrganisation();
		StaffUser officer = data.aStaffUser(Role.OFFICER, council);
		signIn(officer.getEmail());

		open("/staff/cases/new");
		new Select(driver.findElement(By.id("typeCode"))).selectByValue("HATE_CRIME");
		driver.findElement(By.id("title")).sendKeys("Threats on the stairs");
		driver.findElement(By.cssSelector("input[name=source][value=PHONE]")).click();
		submit(driver.findElement(By.id("open-case")));
		assertThat(path()).matches("/staff/cases/\\d+");
		String caseAddress = path();
		assertThat(driver.findElement(By.id("risk")).getText()).contains("Not assessed yet");
		Browser.assertAccessible(driver);

		open(caseAddress + "/risk/new");
		driver.findElement(By.id("answers-fearForSafety")).click();
		submit(driver.findElement(By.id("save-risk")));
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
			.contains("Select yes or no: Has there been violence or threats of violence?");
		assertThat(driver.findElement(By.id("answers-fearForSafety")).isSelected()).as("nothing chosen is lost").isTrue();
		Browser.assertAccessible(driver);
		for (var no : driver.findElements(By.cssSelector("input[type=radio][value=NO]"))) {
			if (!no.getAttribute("id").equals("answers-fearForSafety-no")) {
				no.click();
			}
		}
		driver.findElement(By.id("answers-violenceOrThreats")).click();
		submit(driver.findElement(By.id("save-risk")));
		assertThat(driver.findElement(By.cssSelector("#risk-level .govuk-tag")).getText()).isEqualToIgnoringCase("Medium");
		Browser.assertAccessible(driver);

		open(caseAddress + "/actions");
		driver.findElement(By.id("what")).sendKeys("Offer a home visit");
		new Select(driver.findElement(By.id("ownerOrganisation"))).selectByVisibleText(victimSupport.getName());
		driver.findElement(By.id("dueOn")).sendKeys("1 1 2099");
		Browser.assertAccessible(driver);
		submit(driver.findElement(By.id("save-action")));
		assertThat(driver.findElement(By.id("actions")).getText()).contains("Offer a home visit", victimSupport.getName());

		open(caseAddress + "/reviews");
		Browser.assertAccessible(driver);
		submit(driver.findElement(By.id("schedule-review")));
		assertThat(driver.findElement(By.id("next-review")).getText()).startsWith("Next review due");

		open(caseAddress + "/victims-code");
		Browser.assertAccessible(driver);
		driver.findElement(By.id("informedOn")).sendKeys("1 1 2020");
		submit(driver.findElement(By.id("save-victims-code")));
		assertThat(driver.findElement(By.id("victims-code-done")).getText()).isEqualTo("1 of 5 duties met");
		Browser.assertAccessible(driver);

		open(caseAddress + "/risk");
		Browser.assertAccessible(driver);
		open("/staff/cases/actions");
		Browser.assertAccessible(driver);
	}

}
