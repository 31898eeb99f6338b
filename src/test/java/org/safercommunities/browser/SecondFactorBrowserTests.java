package org.safercommunities.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.safercommunities.security.StaffUser;
import org.safercommunities.shared.Role;
import org.safercommunities.support.Authenticator;
import org.safercommunities.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/** Setting up the authenticator app, signing in with its code or a recovery code, and the administrator's view. */
class SecondFactorBrowserTests extends BrowserTest {

	@Test
	void anOfficerSetsUpTheAppThenSignsInWithACodeAndWithARecoveryCode() {
		StaffUser officer = data.aStaffUser(Role.OFFICER);
		passwordOnly(officer.getEmail());

		assertThat(path()).as("the officer sees personal data: set up the app first").isEqualTo("/login/mfa/setup");
		assertThat(heading()).isEqualTo("Set up an authenticator app");
		WebElement qr = driver.findElement(By.cssSelector("#qr-code svg"));
		assertThat(qr.getAttribute("aria-label")).isEqualTo("QR code to scan with your authenticator app");
		assertThat(qr.getSize().getWidth()).as("QR code drawn on the page").isGreaterThan(100);
		Browser.assertAccessible(driver);

		driver.findElement(By.id("code")).sendKeys("12345");
		submit(driver.findElement(By.id("continue")));
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
			.contains("Enter the code as 6 digits");
		Browser.assertAccessible(driver);

		driver.findElement(By.cssSelector("summary")).click();
		Authenticator.enrolled(officer.getEmail(), driver.findElement(By.id("secret")).getText());
		driver.findElement(By.id("code")).sendKeys(Authenticator.nextCode(officer.getEmail()));
		submit(driver.findElement(By.id("continue")));

		assertThat(path()).isEqualTo("/login/mfa/recovery-codes");
		List<String> codes = driver.findElements(By.cssSelector("#recovery-codes code")).stream()
			.map(WebElement::getText).toList();
		assertThat(codes).hasSize(10).allMatch(code -> code.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
		Browser.assertAccessible(driver);
		submit(driver.findElement(By.id("continue")));
		assertThat(path()).isEqualTo("/staff");
		signOut();

		passwordOnly(officer.getEmail());
		assertThat(path()).isEqualTo("/login/mfa");
		Browser.assertAccessible(driver);
		driver.findElement(By.id("code")).sendKeys("000000");
		submit(driver.findElement(By.id("continue")));
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
			.contains("The code is not correct or has already been used");
		Browser.assertAccessible(driver);
		driver.findElement(By.id("code")).sendKeys(Authenticator.nextCode(officer.getEmail()));
		submit(driver.findElement(By.id("continue")));
		assertThat(path()).isEqualTo("/staff");
		signOut();

		passwordOnly(officer.getEmail());
		driver.findElement(By.linkText("Use a recovery code instead")).click();
		assertThat(path()).isEqualTo("/login/mfa/recovery");
		Browser.assertAccessible(driver);
		driver.findElement(By.id("code")).sendKeys(codes.get(0).toUpperCase());
		submit(driver.findElement(By.id("continue")));
		assertThat(path()).isEqualTo("/staff");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("You have 9 left");
	}

	@Test
	void theAdministratorSeesLastSignInAndAppStatusAndResetsTheApp() {
		StaffUser officer = data.aStaffUser(Role.OFFICER);
		signIn(officer.getEmail());
		signOut();
		StaffUser admin = data.aStaffUser(Role.ADMIN);
		signIn(admin.getEmail());

		open("/staff/admin/users");
		Browser.assertAccessible(driver);
		WebElement row = driver.findElement(By.xpath("//tr[td[text()='" + officer.getEmail() + "']]"));
		assertThat(row.getText()).contains("Set up").doesNotContain("Never");

		open("/staff/admin/users/" + officer.getId());
		assertThat(driver.findElement(By.id("mfa-status")).getText()).startsWith("Set up on");
		submit(driver.findElement(By.id("mfa-reset")));
		assertThat(driver.findElement(By.id("mfa-status")).getText()).contains("must set one up");
		Browser.assertAccessible(driver);
		signOut();

		Authenticator.forget(officer.getEmail());
		passwordOnly(officer.getEmail());
		assertThat(path()).as("after a reset the officer sets up a new app").isEqualTo("/login/mfa/setup");
	}

	private void passwordOnly(String email) {
		open("/login");
		driver.findElement(By.id("email")).sendKeys(email);
		driver.findElement(By.id("password")).sendKeys(TestData.PASSWORD);
		submit(driver.findElement(By.id("sign-in")));
	}

}
