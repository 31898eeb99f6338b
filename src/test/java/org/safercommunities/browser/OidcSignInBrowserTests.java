package org.safercommunities.browser;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safercommunities.security.OidcFlow;
import org.safercommunities.security.StaffUser;
import org.safercommunities.shared.Role;
import org.safercommunities.support.TestConfig;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in with a council's identity provider in a real browser: the sign-in page with its provider button and the
 * refusal page are accessible (axe-core, WCAG 2.2 AA), and the button leads through the provider's own form back
 * to the staff pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@Import(TestConfig.class)
class OidcSignInBrowserTests {

	private static final OidcFlow FLOW = new OidcFlow();

	static ChromeDriver driver;

	@DynamicPropertySource
	static void signInWithTheProvider(DynamicPropertyRegistry properties) {
		FLOW.properties(properties);
	}

	@BeforeAll
	static void startBrowser() {
		driver = Browser.start();
	}

	@AfterAll
	static void stopBrowserAndProvider() {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
		FLOW.stop();
	}

	@Autowired
	TestData data;

	@Test
	void theProvidersButtonSignsInAndAStrangerIsToldWhyNot() {
		StaffUser analyst = data.aStaffUser(Role.ANALYST);
		driver.get(FLOW.app + "/login");
		Browser.assertAccessible(driver);
		assertThat(driver.findElement(By.id("sign-in-oidc")).getText()).isEqualTo("Sign in with Test Council account");

		signInAtProvider(FLOW.providerUser(analyst.getEmail(), true, List.of("pwd")));
		waitFor(FLOW.app + "/staff");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
		submit(driver.findElement(By.cssSelector("form[action='/logout'] button")));
		assertThat(driver.getCurrentUrl()).isEqualTo(FLOW.app + "/login?signed-out");

		// Out of the provider too (its session would sign the same person in again), then someone it knows but
		// this service does not.
		driver.get(FLOW.provider.issuer() + "/login");
		driver.manage().deleteAllCookies();
		driver.get(FLOW.app + "/login");
		signInAtProvider(FLOW.providerUser(TestData.unique("stranger") + "@council.example", true, List.of("pwd")));
		waitFor(FLOW.app + "/login/oidc/refused?no-account");
		Browser.assertAccessible(driver);
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("You cannot sign in");
	}

	private void signInAtProvider(String username) {
		submit(driver.findElement(By.id("sign-in-oidc")));
		assertThat(driver.getCurrentUrl()).startsWith(FLOW.provider.issuer() + "/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(OidcFlow.PROVIDER_PASSWORD);
		driver.findElement(By.cssSelector("button[type=submit]")).click();
	}

	private static void waitFor(String url) {
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(url));
	}

	private static void submit(WebElement button) {
		WebElement page = driver.findElement(By.tagName("html"));
		button.click();
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
	}

}
