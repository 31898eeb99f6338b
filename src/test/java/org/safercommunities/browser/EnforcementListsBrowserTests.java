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
 * The second part of the enforcement register in a real browser: an officer corrects and withdraws a warning and
 * finds the court bundle PDF; an administrator's enforcement lists and their forms, with a refused tariff keeping what
 * was typed. Every page checked with axe-core.
 */
class EnforcementListsBrowserTests extends BrowserTest {

	@Test
	void anOfficerCorrectsAndWithdrawsAWarning() {
		Organisation council = data.anOrganisation();
		StaffUser officer = data.aStaffUser(Role.OFFICER, council);
		signIn(officer.getEmail());
		open("/staff/cases/new");
		new Select(driver.findElement(By.id("typeCode"))).selectByValue("ASB_NUISANCE");
		driver.findElement(By.id("title")).sendKeys("Bonfires in the garden");
		driver.findElement(By.cssSelector("input[name=source][value=PHONE]")).click();
		submit(driver.findElement(By.id("open-case")));
		String caseAddress = path();
		String familyName = TestData.unique("Burner");
		driver.findElement(By.id("givenName")).sendKeys("Ash");
		driver.findElement(By.id("familyName")).sendKeys(familyName);
		driver.findElement(By.cssSelector("input[name=partyRole][value=ALLEGED_PERPETRATOR]")).click();
		submit(driver.findElement(By.cssSelector("form[action$='/parties'] button")));

		open(caseAddress + "/enforcement/tools");
		new Select(driver.findElement(By.id("kind"))).selectByValue("CPW");
		new Select(driver.findElement(By.id("recipient"))).selectByVisibleText("Ash " + familyName);
		driver.findElement(By.id("conditions")).sendKeys("No bonfires after dark");
		submit(driver.findElement(By.id("save-tool")));

		driver.findElement(By.cssSelector("[id^=correct-]")).click();
		assertThat(driver.findElement(By.id("tool-summary")).getText()).as("the correction page says which tool")
			.startsWith("Community Protection Warning served on");
		Browser.assertAccessible(driver);
		driver.findElement(By.id("conditions")).clear();
		driver.findElement(By.id("conditions")).sendKeys("No bonfires at any time");
		submit(driver.findElement(By.id("save-correction")));
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText()).as("a correction needs a reason")
			.contains("Enter why it is corrected");
		assertThat(driver.findElement(By.id("conditions")).getAttribute("value")).as("nothing typed is lost")
			.isEqualTo("No bonfires at any time");
		Browser.assertAccessible(driver);
		driver.findElement(By.id("reason")).sendKeys("The resident asked for the wording to be exact");
		submit(driver.findElement(By.id("save-correction")));
		assertThat(driver.findElement(By.id("tools")).getText()).as("the corrected warning")
			.contains("No bonfires at any time");

		driver.findElement(By.cssSelector("[id^=withdraw-]")).click();
		Browser.assertAccessible(driver);
		driver.findElement(By.id("reason")).sendKeys("Served at the wrong address");
		submit(driver.findElement(By.id("save-withdrawal")));
		assertThat(driver.findElement(By.id("tools")).getText()).as("withdrawn, still on the register")
			.contains("Withdrawn: Served at the wrong address");
		assertThat(driver.findElement(By.id("bundle-pdf")).getAttribute("href")).as("the court bundle PDF link")
			.endsWith("/enforcement/bundle.pdf");
		Browser.assertAccessible(driver);
	}

	@Test
	void anAdministratorKeepsTheEnforcementLists() {
		StaffUser admin = data.aStaffUser(Role.ADMIN, data.anOrganisation());
		signIn(admin.getEmail());
		open("/staff/admin/enforcement");
		assertThat(driver.findElement(By.id("tariffs")).getText()).as("Barnet's tariff").contains("£100.00");
		assertThat(driver.findElement(By.id("pspos")).getText()).as("the seeded PSPOs")
			.contains("London Borough of Barnet", "Dates not recorded");
		Browser.assertAccessible(driver);

		driver.findElement(By.id("add-tariff")).click();
		Browser.assertAccessible(driver);
		new Select(driver.findElement(By.id("offenceCode"))).selectByValue("CST11");
		driver.findElement(By.id("validFrom")).sendKeys("1 1 2018");
		driver.findElement(By.id("validTo")).sendKeys("31 12 2018");
		driver.findElement(By.id("amount")).sendKeys("80");
		driver.findElement(By.id("earlyReductionPercent")).sendKeys("150");
		driver.findElement(By.id("earlyDays")).sendKeys("10");
		driver.findElement(By.id("payDays")).sendKeys("28");
		submit(driver.findElement(By.id("save-tariff")));
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
			.contains("The early-payment reduction cannot be more than 100%");
		assertThat(driver.findElement(By.id("amount")).getAttribute("value")).as("nothing typed is lost").isEqualTo("80");
		Browser.assertAccessible(driver);

		open("/staff/admin/enforcement/pspos/1");
		assertThat(driver.findElement(By.id("conditions")).getAttribute("value"))
			.contains("Not to start or attempt to build any open fires or BBQs");
		Browser.assertAccessible(driver);
		open("/staff/admin/enforcement/closure-rules/new");
		Browser.assertAccessible(driver);
		open("/staff/admin/enforcement/offence-codes/CST01");
		Browser.assertAccessible(driver);
	}

}
