package org.safercommunities.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.safercommunities.shared.Role;
import org.safercommunities.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

class SignInBrowserTests extends BrowserTest {

	@ParameterizedTest
	@EnumSource(Role.class)
	void eachRoleSignsInAndSeesItsNavigation(Role role) {
		var user = data.aStaffUser(role);

		signIn(user.getEmail());

		assertThat(path()).isEqualTo("/staff");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains(user.getEmail());
		List<String> navigation = navigationLinks();
		assertThat(navigation).contains("Home", "Your account");
		if (role == Role.ADMIN) {
			assertThat(navigation).contains("Staff users", "Organisations", "Audit log");
		}
		else {
			assertThat(navigation).doesNotContain("Staff users", "Organisations", "Audit log");
		}
		Browser.assertAccessible(driver);

		signOut();
		assertThat(path()).isEqualTo("/login?signed-out");
	}

	@Test
	void signInWorksWithTheKeyboardAlone() {
		var user = data.aStaffUser(Role.OFFICER);
		open("/login");

		WebElement focused = driver.switchTo().activeElement();
		for (int presses = 0; presses < 30 && !"email".equals(focused.getAttribute("id")); presses++) {
			focused.sendKeys(Keys.TAB);
			focused = driver.switchTo().activeElement();
		}
		assertThat(focused.getAttribute("id")).as("Tab reaches the email field").isEqualTo("email");
		focused.sendKeys(user.getEmail(), Keys.TAB);
		focused = driver.switchTo().activeElement();
		assertThat(focused.getAttribute("id")).isEqualTo("password");
		focused.sendKeys(TestData.PASSWORD);
		WebElement page = driver.findElement(By.tagName("html"));
		focused.sendKeys(Keys.ENTER);
		new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));

		assertThat(path()).as("an officer sees personal data: the authenticator app comes next")
			.isEqualTo("/login/mfa/setup");
		completeSecondFactor(user.getEmail());
		assertThat(path()).isEqualTo("/staff");
	}

	@Test
	void administratorPagesAreAccessible() {
		signIn(data.aStaffUser(Role.ADMIN).getEmail());

		for (String page : List.of("/staff/admin/users", "/staff/admin/organisations", "/staff/admin/organisations/new",
				"/staff/admin/events",
				"/staff/audit", "/staff/audit/unusual", "/staff/audit/unusual?from=2026-02-30", "/staff/account", "/staff/account/password",
				"/staff/admin/retention", "/staff/admin/retention/holds/new", "/staff/admin/retention/erasures/new",
				"/staff/admin/retention/reviews/nchi/1")) {
			open(page);
			Browser.assertAccessible(driver);
		}
		open("/staff/admin/retention");
		assertThat(driver.findElement(By.id("type-closed-case")).getText()).as("closed cases on the retention page")
			.contains("Closed cases", "6 years after it was closed");
		assertThat(driver.findElement(By.id("type-nchi")).getText()).as("non-crime hate incidents, reviewed")
			.contains("1 year after it was made", "Reviewed");
		assertThat(driver.findElement(By.id("due-for-review")).getText()).isEqualTo("Due for review");
		open("/staff/admin/retention/reviews/nchi/1");
		driver.findElement(By.id("decision")).click();
		driver.findElement(By.id("nextReview")).sendKeys("someday");
		submit(driver.findElement(By.cssSelector("form[action='/staff/admin/retention/reviews/nchi/1'] button[type=submit]")));
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText()).as("the review form's errors")
			.contains("Enter the reason for your decision", "Enter the next review as a date");
		assertThat(driver.findElement(By.id("nextReview")).getAttribute("value")).isEqualTo("someday");
		Browser.assertAccessible(driver);
		open("/staff/admin/users/new");
		driver.findElement(By.id("displayName")).sendKeys("Half Filled");
		submit(driver.findElement(By.cssSelector("form[action='/staff/admin/users'] button[type=submit]")));

		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText()).contains("Enter an email address");
		assertThat(driver.findElement(By.id("displayName")).getAttribute("value")).isEqualTo("Half Filled");
		Browser.assertAccessible(driver);

		open("/staff/admin/retention/erasures/new");
		driver.findElement(By.id("recordId")).sendKeys("12x");
		submit(driver.findElement(By.cssSelector("form[action='/staff/admin/retention/erasures'] button[type=submit]")));
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText()).as("the erasure form's errors")
			.contains("Select the kind of record", "Enter the record number, a whole number", "Enter the reason");
		assertThat(driver.findElement(By.id("recordId")).getAttribute("value")).isEqualTo("12x");
		Browser.assertAccessible(driver);
	}

	private List<String> navigationLinks() {
		return driver.findElements(By.cssSelector(".govuk-service-navigation__list a"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

}
