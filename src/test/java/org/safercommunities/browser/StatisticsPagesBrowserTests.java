package org.safercommunities.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.safercommunities.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The yearly statistics an analyst or a board member reads (CS MARAC Table 1, Community Triggers) and the open data
 * releases, in a real browser and checked with axe-core. A year with no meeting says so rather than showing an empty
 * table, since no meeting is not zero cases.
 */
class StatisticsPagesBrowserTests extends BrowserTest {

	@Test
	void anAnalystReadsTable1AndIsToldWhenAYearHadNoMeeting() {
		signIn(data.aStaffUser(Role.ANALYST).getEmail());

		open("/staff/marac/statistics?year=2002");
		assertThat(heading()).isEqualTo("CS MARAC statistics");
		assertThat(driver.findElement(By.id("table-1")).getText()).contains("Table 1: cases on the CS MARAC, 2002/03");
		assertThat(driver.findElement(By.id("no-meetings")).getText())
			.isEqualTo("No CS MARAC meeting is recorded for 2002/03, so there are no figures for it (not zero cases).");
		assertThat(driver.findElements(By.id("average-heard"))).as("no average of nothing").isEmpty();
		Browser.assertAccessible(driver);

		driver.findElement(By.id("next-year")).click();
		assertThat(driver.findElement(By.id("table-1")).getText()).contains("2003/04");
		driver.findElement(By.id("previous-year")).click();
		driver.findElement(By.id("previous-year")).click();
		assertThat(driver.findElement(By.id("table-1")).getText()).contains("2001/02");
		assertThat(driver.findElements(By.id("previous-year"))).as("nothing before the years the service can hold")
			.isEmpty();

		int current = java.time.LocalDate.now().getMonthValue() >= 4 ? java.time.LocalDate.now().getYear()
				: java.time.LocalDate.now().getYear() - 1;
		open("/staff/marac/statistics?year=" + current);
		assertThat(driver.findElements(By.id("next-year"))).as("the year in progress: no link to one not begun")
			.isEmpty();
	}

	@Test
	void theCommunityTriggerFiguresAndTheOpenDataReleasesAreReadable() {
		signIn(data.aStaffUser(Role.BOARD).getEmail());

		open("/staff/case-reviews/statistics");
		assertThat(driver.findElement(By.id("statistics")).getText()).contains("Applications", "Threshold met", "Threshold not met");
		Browser.assertAccessible(driver);

		open("/open-data/releases");
		assertThat(heading()).isEqualTo("Open data releases");
		Browser.assertAccessible(driver);
		open("/open-data/releases/not-a-month");
		assertThat(driver.getTitle()).as("an unknown release is a plain not-found page").containsIgnoringCase("not found");
	}

}
