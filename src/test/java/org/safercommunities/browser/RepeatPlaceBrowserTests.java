package org.safercommunities.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.security.StaffUser;
import org.safercommunities.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Repeat places as an officer sees them: three cases opened at one postcode (typed three ways) put a visible
 * warning on the case page and a tag in the list, and the list's "repeat places" filter and its link from the case
 * show the same three; each page checked with axe-core.
 */
class RepeatPlaceBrowserTests extends BrowserTest {

	@Test
	void threeCasesAtOnePostcodeAreARepeatPlaceOnTheCaseAndInTheList() throws Exception {
		Organisation council = data.anOrganisation();
		StaffUser officer = data.aStaffUser(Role.OFFICER, council);
		signIn(officer.getEmail());
		String caseAddress = null;
		for (String place : new String[] { "Outside 3 Browser Row, ZZ9 9ZY", "3 browser row zz99zy",
				"Rear of 3 Browser Row (ZZ9 9ZY)" }) {
			caseAddress = openByPhone(place);
		}

		WebElement warning = driver.findElement(By.id("repeat-place"));
		assertThat(warning.isDisplayed()).as("the repeat-place warning is visible").isTrue();
		assertThat(warning.getSize().getHeight()).as("its height on the page").isGreaterThan(10);
		assertThat(warning.getText()).contains("Repeat place: 3 cases at this postcode opened in the last 12 months");
		Browser.assertAccessible(driver);

		driver.findElement(By.id("repeat-place-cases")).click();
		assertThat(driver.findElement(By.id("case-count")).getText()).isEqualTo("3 cases");
		assertThat(driver.findElements(By.cssSelector("#cases tbody tr"))).hasSize(3);
		assertThat(driver.findElements(By.cssSelector("#cases tbody .govuk-tag--orange"))).as("each row tagged")
			.hasSize(3)
			.allSatisfy(tag -> assertThat(tag.isDisplayed()).isTrue());
		Browser.assertAccessible(driver);

		open("/staff/cases?scope=mine");
		driver.findElement(By.id("repeat")).click();
		submit(driver.findElement(By.cssSelector("#filters button[type=submit]")));
		assertThat(path()).contains("repeat=places");
		assertThat(driver.findElement(By.id("case-count")).getText()).isEqualTo("3 cases");
		assertThat(driver.findElement(By.id("repeat")).isSelected()).as("the filter stays ticked").isTrue();
		Browser.assertAccessible(driver);
		assertThat(caseAddress).isNotNull();
	}

	private String openByPhone(String place) {
		open("/staff/cases/new");
		new Select(driver.findElement(By.id("typeCode"))).selectByValue("ASB_NUISANCE");
		driver.findElement(By.id("title")).sendKeys("Noise and threats at a house");
		driver.findElement(By.cssSelector("input[name=source][value=PHONE]")).click();
		driver.findElement(By.id("account")).sendKeys("Shouting most nights.");
		driver.findElement(By.id("placeDescription")).sendKeys(place);
		submit(driver.findElement(By.cssSelector("button#open-case")));
		assertThat(path()).as("opened with " + place).matches("/staff/cases/\\d+");
		return path();
	}

}
