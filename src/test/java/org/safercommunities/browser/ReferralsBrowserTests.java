package org.safercommunities.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.safercommunities.cases.CaseTestData;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.OrganisationType;
import org.safercommunities.referrals.ReceivingServices;
import org.safercommunities.reporting.ReportTestData;
import org.safercommunities.security.StaffUser;
import org.safercommunities.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 in a real browser: an officer refers a case's victim to Victim Support with consent (a mistake first,
 * then the preview, then sending); Victim Support's partner accepts, records contact and completes; the
 * administrator's list of receiving services; the case page's list of its referrals; referrals from a report's
 * page and a person's page. Every page checked with axe-core.
 */
class ReferralsBrowserTests extends BrowserTest {

	@Autowired
	ReceivingServices services;

	@Autowired
	ReportTestData reports;

	@Autowired
	org.safercommunities.people.People people;

	@Test
	void anOfficerRefersAVictimAndVictimSupportAnswers() {
		Organisation council = data.anOrganisation(OrganisationType.COUNCIL);
		Organisation victimSupport = data.anOrganisation(OrganisationType.VICTIM_SERVICE);
		services.saveAsSystem(victimSupport.getId(), "Emotional support for victims of crime", 2, false, true,
				List.of("EMOTIONAL"), true);
		StaffUser officer = data.aStaffUser(Role.OFFICER, council);
		StaffUser partner = data.aStaffUser(Role.PARTNER, victimSupport);
		signIn(officer.getEmail());

		open("/staff/cases/new");
		new Select(driver.findElement(By.id("typeCode"))).selectByValue("HATE_CRIME");
		driver.findElement(By.id("title")).sendKeys("Abuse in the lift");
		driver.findElement(By.id("account")).sendKeys("Bea was threatened in the lift.");
		driver.findElement(By.cssSelector("input[name=source][value=PHONE]")).click();
		submit(driver.findElement(By.id("open-case")));
		String caseAddress = path();
		assertThat(caseAddress).matches("/staff/cases/\\d+");
		submit(driver.findElement(By.id("refer-link")));

		assertThat(heading()).isEqualTo("Refer to another organisation");
		Browser.assertAccessible(driver);
		new Select(driver.findElement(By.id("receivingOrganisationId"))).selectByVisibleText(victimSupport.getName());
		submit(driver.findElement(By.id("preview")));
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
			.contains("Select the basis for sharing");
		Browser.assertAccessible(driver);

		driver.findElement(By.id("basis")).click();
		driver.findElement(By.id("consent")).click();
		submit(driver.findElement(By.id("preview")));
		assertThat(driver.findElement(By.id("copy-account")).getText()).isEqualTo("Bea was threatened in the lift.");
		assertThat(driver.findElement(By.id("consent-wording")).getText()).contains(victimSupport.getName());
		Browser.assertAccessible(driver);
		submit(driver.findElement(By.id("send")));
		assertThat(path()).matches("/staff/referrals/\\d+");
		String referralAddress = path();
		Browser.assertAccessible(driver);
		open("/staff/referrals");
		Browser.assertAccessible(driver);
		open(caseAddress);
		String referralId = referralAddress.substring("/staff/referrals/".length());
		assertThat(driver.findElement(By.id("case-referral-" + referralId)).getText())
			.as("the case page lists the referral with its receiver and status").contains(victimSupport.getName(), "New");
		Browser.assertAccessible(driver);
		signOut();

		signIn(partner.getEmail());
		open("/staff/referrals");
		assertThat(driver.findElement(By.id("received")).getText()).contains(council.getName(), "New");
		Browser.assertAccessible(driver);
		open(referralAddress);
		assertThat(driver.findElement(By.id("copy-account")).getText()).isEqualTo("Bea was threatened in the lift.");
		Browser.assertAccessible(driver);
		submit(driver.findElement(By.id("accept")));
		submit(driver.findElement(By.id("complete")));
		assertThat(driver.getTitle()).as("an outcome is needed").startsWith("Error: ");
		Browser.assertAccessible(driver);
		submit(driver.findElement(By.id("contact")));
		driver.findElement(By.id("text")).sendKeys("Three calls, safety plan agreed");
		submit(driver.findElement(By.id("complete")));
		assertThat(driver.findElement(By.id("completed")).getText()).contains("Three calls, safety plan agreed");
		Browser.assertAccessible(driver);
		signOut();

		signIn(data.aStaffUser(Role.ADMIN, council).getEmail());
		open("/staff/admin/referral-services");
		assertThat(driver.findElement(By.id("service-" + victimSupport.getId())).getText()).contains("2 working days");
		Browser.assertAccessible(driver);
	}

	@Test
	void anOfficerRefersFromAReportAndFromAPersonsPage() {
		Organisation council = data.anOrganisation(OrganisationType.COUNCIL);
		Organisation mash = data.anOrganisation(OrganisationType.COUNCIL);
		services.saveAsSystem(mash.getId(), "Multi-Agency Safeguarding Hub", 0, true, false, List.of(), true);
		ReportTestData.Sent report = CaseTestData.namedReport(reports, "Dina Browser", "dina@example.test", "07700 900321");
		signIn(data.aStaffUser(Role.OFFICER, council).getEmail());

		open("/staff/reports/" + report.id());
		submit(driver.findElement(By.id("refer")));
		assertThat(path()).isEqualTo("/staff/referrals/from-report/" + report.id());
		assertThat(driver.findElement(By.id("summary")).getText()).as("pre-filled from the report")
			.startsWith("Report " + report.reference());
		Browser.assertAccessible(driver);
		new Select(driver.findElement(By.id("receivingOrganisationId"))).selectByVisibleText(mash.getName());
		driver.findElement(By.id("basis-SAFEGUARDING")).click();
		driver.findElement(By.id("basisReason")).sendKeys("A child lives at the address");
		driver.findElement(By.id("shareContact")).click();
		submit(driver.findElement(By.id("preview")));
		assertThat(driver.findElement(By.id("copy-account")).getText()).isEqualTo(CaseTestData.ACCOUNT);
		assertThat(driver.findElement(By.id("copy-contact")).getText()).contains("Dina Browser");
		Browser.assertAccessible(driver);
		submit(driver.findElement(By.id("send")));
		assertThat(path()).matches("/staff/referrals/\\d+");
		Browser.assertAccessible(driver);

		org.safercommunities.people.PersonDetails eve = org.safercommunities.people.PersonDetails.named("Eve", "Browser");
		long personId = people.record(eve, "browser test");
		open("/staff/people/" + personId);
		submit(driver.findElement(By.id("refer-link")));
		assertThat(path()).isEqualTo("/staff/referrals/from-person/" + personId);
		assertThat(driver.findElements(By.id("shareAccount"))).as("no account to share").isEmpty();
		Browser.assertAccessible(driver);
	}

}
