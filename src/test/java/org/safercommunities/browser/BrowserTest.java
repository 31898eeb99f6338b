package org.safercommunities.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.safercommunities.support.Authenticator;
import org.safercommunities.support.TestConfig;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The real application on a random port, and one headless Chromium per test class. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestConfig.class)
abstract class BrowserTest {

	static ChromeDriver driver;

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@BeforeAll
	static void startBrowser() {
		driver = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
	}

	@BeforeEach
	void freshBrowserState() {
		driver.manage().deleteAllCookies();
	}

	/** Opens a page and checks its text (see {@link Browser#assertNoUnfilledText}). */
	void open(String path) {
		driver.get("http://localhost:" + port + path);
		Browser.assertNoUnfilledText(driver);
	}

	String path() {
		return driver.getCurrentUrl().replace("http://localhost:" + port, "");
	}

	void signIn(String email, String password) {
		open("/login");
		driver.findElement(By.id("email")).sendKeys(email);
		driver.findElement(By.id("password")).sendKeys(password);
		submit(driver.findElement(By.id("sign-in")));
		completeSecondFactor(email);
	}

	/**
	 * After the password: sets up the authenticator app when asked (reading the key shown for manual entry, as a
	 * person would type it into an app), else types the app's next code. Nothing when no second factor is asked.
	 */
	void completeSecondFactor(String email) {
		if (path().startsWith("/login/mfa/setup")) {
			Authenticator.enrolled(email, driver.findElement(By.id("secret")).getAttribute("textContent"));
			driver.findElement(By.id("code")).sendKeys(Authenticator.nextCode(email));
			submit(driver.findElement(By.id("continue")));
			submit(driver.findElement(By.id("continue")));
		}
		else if (path().equals("/login/mfa")) {
			driver.findElement(By.id("code")).sendKeys(Authenticator.nextCode(email));
			submit(driver.findElement(By.id("continue")));
		}
	}

	/** Clicks a submit button and waits until the next page has replaced this one. */
	void submit(WebElement button) {
		WebElement page = driver.findElement(By.tagName("html"));
		button.click();
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
		Browser.assertNoUnfilledText(driver);
	}

	void signIn(String email) {
		signIn(email, TestData.PASSWORD);
	}

	void signOut() {
		submit(driver.findElement(By.cssSelector("form[action='/logout'] button")));
	}

	String heading() {
		return driver.findElement(By.tagName("h1")).getText();
	}

}
