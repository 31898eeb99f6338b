package org.safercommunities.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.safercommunities.cases.CaseTestData;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.reporting.ReportTestData;
import org.safercommunities.security.StaffUser;
import org.safercommunities.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer opens a case from a named report in a real browser, nothing typed again, shares it locked with a
 * partner, and the partner sees only names and agencies; every page checked with axe-core.
 */
class CasesBrowserTests extends BrowserTest {

	@Autowired
	ReportTestData reports;

	@Test
	void anOfficerOpensACaseFromAReportAndAPartnerWithALockedShareSeesOnlyNamesAndAgencies() {
		Organisation council = data.anOrganisation();
		Organisation victimSupport = data.anOrganisation();
		StaffUser officer = data.aStaffUser(Role.OFFICER, council);
		StaffUser partner = data.aStaffUser(Role.PARTNER, victimSupport);
		ReportTestData.Sent report = CaseTestData.namedReport(reports, "Sabah Browser", "sabah@example.org",
				"07700 900777");
		signIn(officer.getEmail());

		open("/staff/cases/new?report=" + report.id());
		assertThat(heading()).isEqualTo("Open a case");
		assertThat(driver.findElement(By.id("account")).getAttribute("value")).isEqualTo(CaseTestData.ACCOUNT);
		Browser.assertAccessible(driver);
		submit(driver.findElement(By.id("open-case")));
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText()).contains("Enter a short title",
				"Select whether the reporter is a person already held, a new person, or not a party");
		assertThat(driver.findElement(By.id("account")).getAttribute("value")).as("nothing typed is lost")
			.isEqualTo(CaseTestData.ACCOUNT);
		Browser.assertAccessible(driver);

		driver.findElement(By.id("title")).sendKeys("Abuse at bus stop");
		driver.findElement(By.cssSelector("input[name=reporterAs][value=NEW]")).click();
		submit(driver.findElement(By.id("open-case")));
		assertThat(path()).matches("/staff/cases/\\d+");
		String caseAddress = path();
		assertThat(driver.findElement(By.id("parties")).getText()).contains("Sabah Browser", "Victim");
		assertThat(driver.findElement(By.id("case-account")).getText()).isEqualTo(CaseTestData.ACCOUNT);
		Browser.assertAccessible(driver);

		new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("organisationId")))
			.selectByVisibleText(victimSupport.getName());
		driver.findElement(By.id("level-LOCKED")).click();
		driver.findElement(By.id("shareReason")).sendKeys("Support for the victim");
		submit(driver.findElement(By.cssSelector("form[action$='/shares'] button")));
		assertThat(driver.findElement(By.id("share-list")).getText()).contains(victimSupport.getName());

		open("/staff/cases");
		assertThat(heading()).isEqualTo("Cases");
		Browser.assertAccessible(driver);

		signOut();
		signIn(partner.getEmail());
		open(caseAddress);
		assertThat(driver.findElement(By.id("locked-names")).getText()).contains("Sabah Browser");
		assertThat(driver.findElement(By.id("locked-agencies")).getText()).contains(council.getName(),
				victimSupport.getName());
		assertThat(driver.getPageSource()).doesNotContain(CaseTestData.ACCOUNT, "Burnt Oak");
		Browser.assertAccessible(driver);
	}

}
