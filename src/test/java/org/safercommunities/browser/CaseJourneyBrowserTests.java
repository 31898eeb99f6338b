package org.safercommunities.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.safercommunities.cases.CaseTestData;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.reporting.ReportTestData;
import org.safercommunities.security.StaffUser;
import org.safercommunities.shared.Role;
import org.safercommunities.support.PdfChecks;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12's "done means" in one journey, in a real browser: an officer turns a named report into a case without
 * retyping, adds the second and third reports about the same person from the reports' own pages, sees the
 * repeat-victim flag appear with the third, corrects the case's details, and prints a case PDF redacted for a
 * partner with a locked share; every page checked with axe-core.
 */
class CaseJourneyBrowserTests extends BrowserTest {

	@Autowired
	ReportTestData reports;

	@Test
	void fromAReportToACaseTheRepeatVictimFlagOnTheThirdReportAndARedactedPdf() throws Exception {
		Organisation council = data.anOrganisation();
		Organisation victimSupport = data.anOrganisation();
		StaffUser officer = data.aStaffUser(Role.OFFICER, council);
		String name = "Nadia Journeyperson";
		ReportTestData.Sent first = CaseTestData.namedReport(reports, name, "nadia.journey@example.org", "07700 900818");
		ReportTestData.Sent second = CaseTestData.namedReport(reports, name, "nadia.journey@example.org", "07700 900818");
		ReportTestData.Sent third = CaseTestData.namedReport(reports, name, "nadia.journey@example.org", "07700 900818");
		signIn(officer.getEmail());

		open("/staff/reports/" + first.id());
		submit(driver.findElement(By.id("open-case")));
		assertThat(heading()).isEqualTo("Open a case");
		driver.findElement(By.id("title")).sendKeys("Abuse at the bus stop, three times");
		driver.findElement(By.cssSelector("input[name=reporterAs][value=NEW]")).click();
		submit(driver.findElement(By.cssSelector("button#open-case")));
		assertThat(path()).matches("/staff/cases/\\d+");
		String caseAddress = path();
		String reference = heading();
		assertThat(driver.findElement(By.id("case-account")).getText()).as("the account, not typed again")
			.isEqualTo(CaseTestData.ACCOUNT);
		assertThat(driver.findElement(By.id("parties")).getText()).contains(name, "Victim").doesNotContain("Repeat victim");

		addFromTheReportsPage(second, reference, caseAddress);
		assertThat(driver.findElement(By.id("parties")).getText()).as("after the second report")
			.doesNotContain("Repeat victim");
		addFromTheReportsPage(third, reference, caseAddress);
		assertThat(driver.findElement(By.id("parties")).getText()).as("after the third report")
			.contains("Repeat victim: 3 reports or cases in 12 months. Consider a CS MARAC referral.");
		assertThat(driver.findElement(By.id("reports")).getText()).contains(first.reference(), second.reference(),
				third.reference());
		Browser.assertAccessible(driver);

		driver.findElement(By.id("change-details")).click();
		assertThat(heading()).isEqualTo("Change the details of " + reference);
		Browser.assertAccessible(driver);
		driver.findElement(By.id("title")).clear();
		submit(driver.findElement(By.id("save-details")));
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText()).contains("Enter a short title");
		assertThat(driver.findElement(By.id("account")).getAttribute("value")).as("nothing else is lost")
			.isEqualTo(CaseTestData.ACCOUNT);
		Browser.assertAccessible(driver);
		driver.findElement(By.id("title")).sendKeys("Racist abuse at the bus stop");
		submit(driver.findElement(By.id("save-details")));
		assertThat(path()).isEqualTo(caseAddress);
		assertThat(driver.findElement(By.className("govuk-body-l")).getText()).isEqualTo("Racist abuse at the bus stop");

		new Select(driver.findElement(By.id("organisationId"))).selectByVisibleText(victimSupport.getName());
		driver.findElement(By.id("level-LOCKED")).click();
		driver.findElement(By.id("shareReason")).sendKeys("Emotional support");
		submit(driver.findElement(By.cssSelector("form[action$='/shares'] button")));

		driver.findElement(By.id("case-report-link")).click();
		Browser.assertAccessible(driver);
		driver.findElement(By.cssSelector("input[name=recipient][value='" + victimSupport.getId() + "']")).click();
		for (var section : driver.findElements(By.cssSelector("input[name=sections]"))) {
			if (!section.isSelected()) {
				section.click();
			}
		}
		String query = (String) driver.executeScript(
				"return new URLSearchParams(new FormData(document.querySelector('form[action$=\"report.pdf\"]'))).toString()");
		byte[] pdf = signedInGet(caseAddress + "/report.pdf?" + query);
		PdfChecks.keep(pdf, "case-journey-locked-recipient.pdf");
		PdfChecks.assertTaggedAndTitled(pdf, "Case report " + reference);
		PdfChecks.assertFirstPageNotBlank(pdf);
		String text = PdfChecks.text(pdf).replaceAll("\\s+", " ");
		assertThat(text).as("the PDF for a partner with a locked share: names and agencies")
			.contains(reference, name, council.getName(), victimSupport.getName())
			.doesNotContain(CaseTestData.ACCOUNT, "Burnt Oak", "nadia.journey@example.org");
	}

	/** "Add to an existing case" on a report's page, by the case's reference, back on the case page. */
	private void addFromTheReportsPage(ReportTestData.Sent report, String reference, String caseAddress) {
		open("/staff/reports/" + report.id());
		driver.findElement(By.id("add-to-case")).click();
		assertThat(heading()).isEqualTo("Add report " + report.reference() + " to a case");
		Browser.assertAccessible(driver);
		driver.findElement(By.id("caseReference")).sendKeys(reference);
		submit(driver.findElement(By.cssSelector("button#add-to-case")));
		assertThat(path()).isEqualTo(caseAddress);
	}

	/** A download the browser would save, fetched with the browser's own session. */
	private byte[] signedInGet(String path) throws Exception {
		String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
		HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + path)).header("Cookie", cookies).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/pdf"));
		return response.body();
	}

}
