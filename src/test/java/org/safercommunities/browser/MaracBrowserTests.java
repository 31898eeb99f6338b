package org.safercommunities.browser;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.security.StaffUser;
import org.safercommunities.shared.Role;
import org.safercommunities.shared.UkDates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CS MARAC's staff pages in a real browser: an officer refers a case (a refused form first, nothing lost),
 * schedules meetings, records who attended, puts the case on the agenda, adds an action (refused, then saved) and
 * reads the minutes; every page checked with axe-core.
 */
class MaracBrowserTests extends BrowserTest {

	@Test
	void anOfficerRefersACaseSchedulesAMeetingAndHoldsIt() {
		Organisation council = data.anOrganisation();
		StaffUser officer = data.aStaffUser(Role.OFFICER, council);
		signIn(officer.getEmail());

		open("/staff/cases/new");
		new Select(driver.findElement(By.id("typeCode"))).selectByValue("ASB_NUISANCE");
		driver.findElement(By.id("title")).sendKeys("Threats at the door");
		driver.findElement(By.cssSelector("input[name=source][value=PHONE]")).click();
		submit(driver.findElement(By.id("open-case")));
		assertThat(path()).as("case opened").matches("/staff/cases/\\d+");
		String caseAddress = path();
		String reference = heading();

		open(caseAddress + "/marac-referral?criteria=HIGH_RISK");
		assertThat(driver.findElement(By.id("criteria-HIGH_RISK")).isSelected()).as("the criterion comes ticked").isTrue();
		Browser.assertAccessible(driver);
		driver.findElement(By.id("criteria-HIGH_RISK")).click();
		driver.findElement(By.id("reason")).sendKeys("Threats are escalating");
		submit(driver.findElement(By.id("refer")));
		assertThat(driver.getTitle()).as("no criterion: refused").startsWith("Error: ");
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
			.contains("Select at least one criterion the case meets");
		assertThat(driver.findElement(By.id("reason")).getAttribute("value")).as("nothing typed is lost")
			.isEqualTo("Threats are escalating");
		Browser.assertAccessible(driver);
		driver.findElement(By.id("criteria-ESCALATION")).click();
		submit(driver.findElement(By.id("refer")));
		assertThat(path()).as("referred").matches("/staff/marac/referrals/\\d+");
		assertThat(driver.findElement(By.id("referral")).getText()).contains(reference, "Escalation",
				"Threats are escalating");
		Browser.assertAccessible(driver);

		LocalDate first = LocalDate.now().plusDays(3000 + ThreadLocalRandom.current().nextInt(20000));
		open("/staff/marac/schedule");
		assertThat(driver.findElement(By.id("interval")).getText()).isEqualTo("The CS MARAC meets every 6 weeks.");
		Browser.assertAccessible(driver);
		driver.findElement(By.id("firstOn")).clear();
		driver.findElement(By.id("firstOn")).sendKeys(UkDates.day(first));
		driver.findElement(By.id("count")).clear();
		driver.findElement(By.id("count")).sendKeys("2");
		submit(driver.findElement(By.id("create-meetings")));
		assertThat(driver.findElement(By.id("upcoming")).getText()).contains(UkDates.day(first),
				UkDates.day(first.plusWeeks(6)));
		Browser.assertAccessible(driver);

		driver.findElement(By.linkText(UkDates.day(first))).click();
		assertThat(heading()).isEqualTo("CS MARAC meeting, " + UkDates.day(first));
		Browser.assertAccessible(driver);
		driver.findElement(By.id("chair")).sendKeys("DI Shah");
		submit(driver.findElement(By.id("save-attendance")));
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
			.contains("Select the organisations present");
		Browser.assertAccessible(driver);
		driver.findElement(By.cssSelector("input[name=organisations][value='" + council.getId() + "']")).click();
		submit(driver.findElement(By.id("save-attendance")));
		assertThat(driver.findElement(By.id("attendees")).getText()).contains(council.getName());
		new Select(driver.findElement(By.id("referralId"))).selectByVisibleText(reference);
		submit(driver.findElement(By.id("add-case")));
		assertThat(driver.findElement(By.id("agenda-table")).getText()).contains(reference, "new");
		Browser.assertAccessible(driver);

		driver.findElement(By.linkText(reference)).click();
		assertThat(heading()).isEqualTo(reference + " (new)");
		Browser.assertAccessible(driver);
		driver.findElement(By.id("description")).sendKeys("Joint visit to the victim");
		submit(driver.findElement(By.id("add-action")));
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
			.contains("Select the organisation responsible", "Enter the due date");
		assertThat(driver.findElement(By.id("description")).getAttribute("value")).isEqualTo("Joint visit to the victim");
		Browser.assertAccessible(driver);
		new Select(driver.findElement(By.id("ownerOrganisationId"))).selectByVisibleText(council.getName());
		driver.findElement(By.id("dueOn")).sendKeys(UkDates.day(first.plusWeeks(2)));
		submit(driver.findElement(By.id("add-action")));
		assertThat(driver.findElement(By.id("actions-table")).getText()).contains("Joint visit to the victim",
				council.getName());
		Browser.assertAccessible(driver);

		driver.findElement(By.id("referral-link")).click();
		assertThat(driver.findElement(By.id("hearings")).getText()).contains(UkDates.day(first));
		open(driver.findElement(By.cssSelector("#hearings a")).getAttribute("href")
			.replaceAll("^http://localhost:\\d+", "").replaceAll("/hearings/\\d+$", "/minutes"));
		assertThat(driver.findElement(By.id("recipient")).getText()).contains(council.getName());
		Browser.assertAccessible(driver);
	}

}
