package org.safercommunities.browser;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.safercommunities.support.PageChecks;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium driven by Selenium, with axe-core run offline on each page. Binary and driver
 * are named explicitly so Selenium Manager never tries to download anything.
 */
final class Browser {

	static final String CHROMIUM = "/usr/bin/chromium";

	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private Browser() {
	}

	/** Starts Chromium; skips the browser tests on a developer machine without it, but never on CI. */
	static ChromeDriver start() {
		boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
		if (!installed && System.getenv("CI") != null) {
			throw new IllegalStateException("CI must run the browser tests: install chromium and chromium-driver");
		}
		assumeTrue(installed, "Chromium is not installed: apt-get install chromium chromium-driver");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,1024");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return driver;
	}

	/** Fails on any serious or critical WCAG 2.2 AA violation, naming each rule and the elements that break it. */
	static void assertAccessible(ChromeDriver driver) {
		assertNoUnfilledText(driver);
		Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
		if (results.isErrored()) {
			// axe itself failed to run (a script timeout on a loaded machine), which says nothing about the page:
			// once more, then its own error is the failure.
			results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
		}
		assertThat(results.isErrored()).as("axe-core could not run on %s: %s", driver.getCurrentUrl(),
				results.getErrorMessage()).isFalse();
		List<String> serious = results.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(Browser::describe)
			.toList();
		assertThat(serious).as("serious or critical accessibility violations on " + driver.getCurrentUrl()).isEmpty();
	}

	/**
	 * Fails unless the element is laid out at least {@code minimum} px wide and high: a stylesheet that stopped
	 * applying leaves a map or chart in the page but 0 px high, which no presence check notices.
	 */
	static void assertLaidOutAtLeast(ChromeDriver driver, By element, int minimum) {
		List<WebElement> found = driver.findElements(element);
		assertThat(found).as(element + " on " + driver.getCurrentUrl()).isNotEmpty();
		for (WebElement each : found) {
			Rectangle box = each.getRect();
			String name = each.getTagName() + (each.getDomAttribute("id") == null ? "" : "#" + each.getDomAttribute("id"));
			assertThat(box.getWidth() > minimum && box.getHeight() > minimum)
				.as("%s on %s is %d x %d px, expected more than %d x %d", name, driver.getCurrentUrl(), box.getWidth(),
						box.getHeight(), minimum, minimum)
				.isTrue();
		}
	}

	/** No unfilled placeholder, missing message key or US-style date on the page as the browser now shows it. */
	static void assertNoUnfilledText(ChromeDriver driver) {
		PageChecks.assertClean(driver.getCurrentUrl(), driver.getPageSource());
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "));
	}

}
