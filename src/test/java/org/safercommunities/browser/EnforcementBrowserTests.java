package org.safercommunities.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.security.StaffUser;
import org.safercommunities.shared.Role;
import org.safercommunities.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The enforcement register in a real browser: an officer tries a notice with no warning (refused, nothing lost),
 * serves a warning, issues a fixed penalty notice, opens the payment and evidence forms and the report; every page
 * checked with axe-core.
 */
class EnforcementBrowserTests extends BrowserTest {

	@Test
	void anOfficerServesAWarningIssuesAPenaltyAndReadsTheReport() {
		Organisation council = data.anOrganisation();
		StaffUser officer = data.aStaffUser(Role.OFFICER, council);
		signIn(officer.getEmail());

		open("/staff/cases/new");
		new Select(driver.findElement(By.id("typeCode"))).selectByValue("ASB_NUISANCE");
		driver.findElement(By.id("title")).sendKeys("Loud music every night");
		driver.findElement(By.cssSelector("input[name=source][value=PHONE]")).click();
		submit(driver.findElement(By.id("open-case")));
		assertThat(path()).as("case opened").matches("/staff/cases/\\d+");
		String caseAddress = path();
		String familyName = TestData.unique("Speaker");
		driver.findElement(By.id("givenName")).sendKeys("Rex");
		driver.findElement(By.id("familyName")).sendKeys(familyName);
		driver.findElement(By.cssSelector("input[name=partyRole][value=ALLEGED_PERPETRATOR]")).click();
		submit(driver.findElement(By.cssSelector("form[action$='/parties'] button")));
		assertThat(driver.findElement(By.id("enforcement-link")).getText()).as("the case page links to the register")
			.startsWith("Enforcement register");

		open(caseAddress + "/enforcement");
		assertThat(driver.findElement(By.id("tools")).getText()).contains("No tools or powers recorded yet");
		Browser.assertAccessible(driver);

		open(caseAddress + "/enforcement/tools");
		new Select(driver.findElement(By.id("kind"))).selectByValue("CPN");
		new Select(driver.findElement(By.id("recipient"))).selectByVisibleText("Rex " + familyName);
		driver.findElement(By.id("conditions")).sendKeys("No amplified music after 11pm");
		submit(driver.findElement(By.id("save-tool")));
		assertThat(driver.getTitle()).as("a notice with no warning is refused").startsWith("Error: ");
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
			.contains("No Community Protection Warning to this recipient is on the case");
		assertThat(driver.findElement(By.id("conditions")).getAttribute("value")).as("nothing typed is lost")
			.isEqualTo("No amplified music after 11pm");
		Browser.assertAccessible(driver);
		new Select(driver.findElement(By.id("kind"))).selectByValue("CPW");
		submit(driver.findElement(By.id("save-tool")));
		assertThat(driver.findElement(By.id("tools")).getText()).as("the warning on the register")
			.contains("Community Protection Warning", "Rex " + familyName, "No amplified music after 11pm");
		Browser.assertAccessible(driver);

		open(caseAddress + "/enforcement/penalties");
		Browser.assertAccessible(driver);
		new Select(driver.findElement(By.id("offenceCode"))).selectByValue("CST01");
		new Select(driver.findElement(By.id("recipient"))).selectByVisibleText("Rex " + familyName);
		submit(driver.findElement(By.id("save-penalty")));
		assertThat(driver.findElement(By.id("penalties")).getText()).as("the notice on the register")
			.contains("CST01", "£100.00, or £70.00 if paid by", "Unpaid");
		Browser.assertAccessible(driver);

		driver.findElement(By.cssSelector("[id^=payment-]")).click();
		assertThat(driver.findElement(By.id("penalty-summary")).getText()).startsWith("Fixed penalty notice CST01");
		Browser.assertAccessible(driver);
		submit(driver.findElement(By.id("save-payment")));
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText()).contains("Select what happened");
		Browser.assertAccessible(driver);

		open(caseAddress + "/enforcement/evidence");
		Browser.assertAccessible(driver);

		open("/staff/enforcement/reports");
		assertThat(driver.findElement(By.id("payments-issued")).getText()).as("this year's notices").isNotBlank();
		Browser.assertAccessible(driver);
		open("/staff/enforcement/review");
		Browser.assertAccessible(driver);
	}

}
