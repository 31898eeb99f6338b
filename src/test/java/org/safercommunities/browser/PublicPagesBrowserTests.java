package org.safercommunities.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.safercommunities.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** Every public page renders as a GOV.UK page and passes axe-core with no serious or critical violation. */
class PublicPagesBrowserTests extends BrowserTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			/                | Report hate crime and get help
			/login           | Sign in
			/get-help        | Get help
			/accessibility   | Accessibility statement
			/privacy         | Privacy notice
			/cookies         | Cookies
			/no-such-page    | Page not found
			""")
	void publicPageIsAccessible(String path, String title) {
		open(path);

		assertThat(driver.getTitle()).startsWith(title);
		assertThat(heading()).isNotBlank();
		Browser.assertAccessible(driver);
	}

	@Test
	void theAccessibilityCheckCatchesARealViolation() {
		driver.get("data:text/html,<html lang=en><head><title>Bad</title></head><body><main>"
				+ "<form><input type=text name=unlabelled></form></main></body></html>");

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> Browser.assertAccessible(driver))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("label");
	}

	@Test
	void theSkipLinkIsTheFirstThingAKeyboardReaches() {
		open("/");
		driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);

		assertThat(driver.switchTo().activeElement().getAttribute("class")).contains("govuk-skip-link");
	}

	@Test
	void theForbiddenPageIsAccessibleAndSaysWhatToDo() {
		signIn(data.aStaffUser(Role.CENTRE_WORKER).getEmail());
		open("/staff/admin/users");

		assertThat(heading()).isEqualTo("You cannot see this page");
		Browser.assertAccessible(driver);
	}

	@Test
	void theLockOutMessageIsAccessible() {
		String email = data.aStaffUser(Role.OFFICER).getEmail();
		for (int attempt = 1; attempt <= 5; attempt++) {
			signIn(email, "wrong-password-" + attempt);
		}

		assertThat(driver.findElement(By.id("locked-message")).getText()).contains("Your account is locked");
		assertThat(driver.findElement(By.id("email")).getAttribute("value")).isEqualTo(email);
		Browser.assertAccessible(driver);
	}

}
