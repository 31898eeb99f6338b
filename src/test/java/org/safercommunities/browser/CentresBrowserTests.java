package org.safercommunities.browser;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.safercommunities.centres.CentreDetails;
import org.safercommunities.centres.CentreManagement;
import org.safercommunities.centres.CentreResponsibilities;
import org.safercommunities.centres.CompletedTraining;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The coordinator's centre pages and a centre's monthly return in a real browser, checked with axe-core. */
class CentresBrowserTests extends BrowserTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

	@Autowired
	CentreManagement centres;

	@Test
	void theCoordinatorSeesTheNetworkAndWhyAnApplicantCannotBeActiveYet() {
		Organisation active = centre(TODAY.withDayOfMonth(1).minusMonths(1), "Sade Safeguarding");
		Organisation applicant = centre(null, null);
		signIn(data.aStaffUser(Role.COORDINATOR).getEmail());

		open("/staff/centres");
		assertThat(heading()).isEqualTo("Reporting centres");
		assertThat(driver.findElement(By.id("centres")).getText()).contains(active.getName(), applicant.getName(),
				"No designated safeguarding lead named");
		Browser.assertAccessible(driver);

		open("/staff/centres/" + applicant.getId());
		assertThat(heading()).isEqualTo(applicant.getName());
		Browser.assertAccessible(driver);
		driver.findElement(By.id("transition")).click();
		submit(driver.findElement(By.cssSelector("form[action$='/status'] button[type=submit]")));
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
			.contains("Missing: No designated safeguarding lead named");
		Browser.assertAccessible(driver);
	}

	@Test
	void aCentreWorkerCorrectsABadFigureAndSendsTheMonthlyReturn() {
		Organisation centre = centre(TODAY.withDayOfMonth(1).minusMonths(2), "Sade Safeguarding");
		signIn(data.aStaffUser(Role.CENTRE_WORKER, centre).getEmail());
		YearMonth lastMonth = YearMonth.from(TODAY).minusMonths(1);

		open("/staff/returns");
		assertThat(heading()).isEqualTo("Monthly returns");
		Browser.assertAccessible(driver);

		open("/staff/returns/new?month=" + lastMonth);
		assertThat(heading()).isEqualTo("Send a monthly return");
		Browser.assertAccessible(driver);
		driver.findElement(By.id("outside-CHANNEL-PAPER")).sendKeys("-1");
		driver.findElement(By.id("comment")).sendKeys("Quiet month");
		submit(driver.findElement(By.cssSelector("form[action='/staff/returns'] button.govuk-button:not([name])")));
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
			.contains("Paper form: the number cannot be less than 0");
		assertThat(driver.findElement(By.id("comment")).getAttribute("value")).isEqualTo("Quiet month");
		Browser.assertAccessible(driver);

		driver.findElement(By.id("outside-CHANNEL-PAPER")).clear();
		driver.findElement(By.id("outside-CHANNEL-PAPER")).sendKeys("2");
		submit(driver.findElement(By.cssSelector("form[action='/staff/returns'] button.govuk-button:not([name])")));
		assertThat(path()).matches("/staff/returns/\\d+");
		assertThat(driver.findElement(By.id("totals")).getText()).isEqualTo("2 (0 in Safer Communities, 2 outside)");
		Browser.assertAccessible(driver);
	}

	private Organisation centre(LocalDate activeSince, String safeguardingLead) {
		Organisation organisation = data.anOrganisation();
		centres.seedAsSystem(organisation.getId(),
				new CentreDetails("Hendon Library, The Burroughs", "NW4 4BQ", "E05013643", "Mon to Fri 9 to 5",
						List.of("en"), "Step-free access", true, true, "020 8359 2000", "centre@test.example", List.of()),
				new CentreResponsibilities("Lee Lead", "lee@test.example", true, TODAY.plusMonths(6), safeguardingLead),
				List.of(new CompletedTraining("Lee Lead", "Hate crime awareness", TODAY.minusMonths(1))), activeSince);
		return organisation;
	}

}
