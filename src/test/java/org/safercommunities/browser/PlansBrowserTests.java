package org.safercommunities.browser;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.security.StaffUser;
import org.safercommunities.shared.Role;
import org.safercommunities.shared.UkDates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The action plan pages in a real browser, checked with axe-core: the strategies list, each form with its errors,
 * a strategy with an overdue action shown red, the action page and its progress update form.
 */
class PlansBrowserTests extends BrowserTest {

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.context.ApplicationContext context;

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

	@Test
	void anOfficerWritesAPlanAndAnOverdueActionShowsRed() {
		Organisation council = data.anOrganisation();
		StaffUser officer = data.aStaffUser(Role.OFFICER, council);
		signIn(officer.getEmail());

		open("/staff/plans");
		assertThat(heading()).as("the plans page's heading").isEqualTo("Strategies and action plans");
		Browser.assertAccessible(driver);

		driver.findElement(org.openqa.selenium.By.id("boards-link")).click();
		assertThat(heading()).as("the governance page's heading").isEqualTo("Boards and meetings");
		Browser.assertAccessible(driver);

		open("/staff/plans/new");
		assertThat(heading()).isEqualTo("Add a strategy");
		Browser.assertAccessible(driver);
		driver.findElement(By.id("name")).sendKeys("Hate Crime Strategy 2020-24");
		driver.findElement(By.id("periodFrom")).sendKeys("1 April 2024");
		driver.findElement(By.id("periodTo")).sendKeys("31 March 2020");
		submit(driver.findElement(By.cssSelector("form[action='/staff/plans'] button[type=submit]")));
		assertThat(driver.getTitle()).as("title after a bad entry").startsWith("Error: ");
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText()).as("the error summary")
			.contains("The end of the period must be the same as or after its start");
		assertThat(driver.findElement(By.id("name")).getAttribute("value")).as("what was typed is kept")
			.isEqualTo("Hate Crime Strategy 2020-24");
		Browser.assertAccessible(driver);
		driver.findElement(By.id("periodFrom")).clear();
		driver.findElement(By.id("periodFrom")).sendKeys("1 April 2020");
		driver.findElement(By.id("periodTo")).clear();
		driver.findElement(By.id("periodTo")).sendKeys("31 March 2024");
		submit(driver.findElement(By.cssSelector("form[action='/staff/plans'] button[type=submit]")));
		assertThat(path()).as("the new strategy's page").matches("/staff/plans/\\d+");
		String strategy = path();
		Browser.assertAccessible(driver);

		open(strategy + "/priorities/new");
		assertThat(heading()).isEqualTo("Add a priority");
		Browser.assertAccessible(driver);
		driver.findElement(By.id("title")).sendKeys("Access to justice for those affected by hate crime");
		driver.findElement(By.id("outcomes")).sendKeys("To contribute towards addressing the issue of under-reporting");
		submit(driver.findElement(By.cssSelector("form[action$='/priorities'] button[type=submit]")));
		assertThat(path()).as("back on the strategy").isEqualTo(strategy);

		driver.findElement(By.linkText("Add an action to priority 1")).click();
		assertThat(heading()).isEqualTo("Add an action");
		Browser.assertAccessible(driver);
		driver.findElement(By.id("reference")).sendKeys("Action 4");
		driver.findElement(By.id("indicatorCodes")).sendKeys("no-such-indicator");
		submit(driver.findElement(By.cssSelector("form[action$='/actions'] button[type=submit]")));
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText()).as("the action form's errors")
			.contains("Enter what will be done", "There is no dashboard indicator with the code no-such-indicator");
		Browser.assertAccessible(driver);
		driver.findElement(By.id("what")).sendKeys("Expand the cohort of Hate Crime Reporting Centres");
		driver.findElement(By.id("indicatorCodes")).clear();
		driver.findElement(By.id("indicatorCodes")).sendKeys("hate-reports");
		new Select(driver.findElement(By.id("leadUserId"))).selectByValue(String.valueOf(officer.getId()));
		driver.findElement(By.id("deadline")).sendKeys(UkDates.day(TODAY.minusDays(2)));
		submit(driver.findElement(By.cssSelector("form[action$='/actions'] button[type=submit]")));
		assertThat(path()).as("the new action's page").matches("/staff/plans/actions/\\d+");
		assertThat(driver.findElement(By.id("action-status")).getText()).as("past its deadline: red").isEqualTo("Red");
		assertThat(driver.findElement(By.id("action-overdue")).getText()).isEqualTo("Overdue");
		assertThat(driver.findElement(By.id("no-updates")).getText()).isEqualTo("No update yet");
		Browser.assertAccessible(driver);

		submit(driver.findElement(By.cssSelector("form[action$='/updates'] button[type=submit]")));
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText()).as("the update form's errors")
			.contains("Select the RAG status", "Enter what has been done since the last update");
		Browser.assertAccessible(driver);
		driver.findElement(By.id("rag-AMBER")).click();
		driver.findElement(By.id("reason")).sendKeys("Two centres waiting for training dates");
		driver.findElement(By.id("text")).sendKeys("Two new centres have applied");
		submit(driver.findElement(By.cssSelector("form[action$='/updates'] button[type=submit]")));
		assertThat(driver.findElement(By.id("updates")).getText()).as("the update on the action's page")
			.contains("Two new centres have applied", "Amber", "Two centres waiting for training dates");
		assertThat(driver.findElement(By.id("action-status")).getText()).as("amber from the lead, overdue: still red")
			.isEqualTo("Red");
		Browser.assertAccessible(driver);

		open(strategy);
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Action 4", "Overdue", "1 of 1 actions overdue");
		Browser.assertAccessible(driver);
	}

	@Test
	void anOfficerWritesTheAnnualReportAndMakesTheBoardPackInTheBackground() {
		org.safercommunities.plans.PlansTestAccess plans = org.safercommunities.plans.PlansTestAccess.from(context);
		Organisation council = data.anOrganisation();
		StaffUser officer = data.aStaffUser(Role.OFFICER, council);
		signIn(officer.getEmail());

		open("/staff/plans");
		driver.findElement(By.id("annual-reports-link")).click();
		assertThat(heading()).as("the annual reports page's heading").isEqualTo("Annual reports");
		Browser.assertAccessible(driver);
		driver.findElement(By.linkText("2021/22")).click();
		assertThat(heading()).as("the report's heading").endsWith("annual report 2021/22");
		assertThat(driver.findElements(By.cssSelector(".paper-section h2"))).as("its sections").hasSizeGreaterThan(3);
		Browser.assertAccessible(driver);

		driver.findElement(By.cssSelector("#summary a[href$='/sections/summary']")).click();
		assertThat(heading()).isEqualTo("Executive summary");
		Browser.assertAccessible(driver);
		String tooLong = "word ".repeat(4001);
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript("document.getElementById('narrative').value = arguments[0];", tooLong);
		submit(driver.findElement(By.cssSelector("form[action$='/sections/summary'] button[type=submit]")));
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText()).as("the narrative's error")
			.contains("Enter 20,000 characters or fewer");
		assertThat(driver.findElement(By.id("narrative")).getAttribute("value")).as("what was typed is kept")
			.isEqualTo(tooLong);
		Browser.assertAccessible(driver);
		driver.findElement(By.id("narrative")).clear();
		driver.findElement(By.id("narrative")).sendKeys("Reporting rose as confidence grew.");
		submit(driver.findElement(By.cssSelector("form[action$='/sections/summary'] button[type=submit]")));
		assertThat(driver.findElement(By.id("summary")).getText()).as("the summary on the report")
			.contains("Reporting rose as confidence grew.");

		submit(driver.findElement(By.id("make-pdf")));
		assertThat(path()).as("the paper's own page").matches("/staff/plans/papers/\\d+");
		assertThat(driver.findElement(By.id("job-status")).getText()).as("while it waits")
			.contains("waiting to be made");
		Browser.assertAccessible(driver);
		plans.runWaiting();
		new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
			.until(browser -> browser.findElement(By.id("job-status")).getText().contains("Your paper is ready"));
		assertThat(driver.findElement(By.id("job-download")).getText()).as("the page looked again by itself")
			.startsWith("Download annual-report-2021-22");
		Browser.assertAccessible(driver);

		open("/staff/plans/boards");
		driver.findElement(By.id("add-board")).click();
		assertThat(heading()).isEqualTo("Add a board");
		Browser.assertAccessible(driver);
		submit(driver.findElement(By.cssSelector("form[action='/staff/plans/boards'] button[type=submit]")));
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText()).as("the board form's errors")
			.contains("Enter the name of the board", "Select at least one member organisation");
		Browser.assertAccessible(driver);

		long board = plans.createBoardAsSystem(org.safercommunities.support.TestData.unique("Board"),
				java.util.List.of(council.getId()));
		plans.scheduleMeetingAsSystem(board, TODAY.plusDays(7));
		open("/staff/plans/boards");
		driver.findElement(By.cssSelector("#board-" + board + " .add-meeting")).click();
		assertThat(heading()).isEqualTo("Add a meeting");
		driver.findElement(By.id("meetsOn")).sendKeys("31 February 2027");
		submit(driver.findElement(By.cssSelector("form[action$='/meetings'] button[type=submit]")));
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText()).as("the meeting form's error")
			.contains("Enter a real date, like 1 April 2022");
		Browser.assertAccessible(driver);
		open("/staff/plans/boards");
		driver.findElement(By.cssSelector("#board-" + board + " .board-pack-link")).click();
		assertThat(heading()).as("the pack's heading").contains("board pack for " + UkDates.day(TODAY.plusDays(7)));
		assertThat(driver.findElement(By.id("plan-status")).getText()).contains("The action plan");
		Browser.assertAccessible(driver);

		// The indicator charts: chosen on their own page, then drawn in the pack at a size a person can read
		org.safercommunities.imports.ImportsForTests.importNow(context,
				org.safercommunities.imports.ImportKind.HATE_CRIME_COUNTS, "/demo/mps/hate_crime_borough_monthly.csv");
		driver.findElement(By.id("choose-charts")).click();
		assertThat(heading()).isEqualTo("Choose the indicator charts in this pack");
		Browser.assertAccessible(driver);
		driver.findElement(By.cssSelector("label[for=indicator-police-hate-crime]")).click();
		submit(driver.findElement(By.cssSelector("form[action$='/charts'] button[type=submit]")));
		org.openqa.selenium.WebElement chart = driver.findElement(By.cssSelector("#charts svg.paper-chart"));
		org.openqa.selenium.Rectangle drawn = chart.getRect();
		assertThat(drawn.getWidth()).as("the chart's width on the page").isGreaterThan(400);
		assertThat(drawn.getHeight()).as("the chart's height on the page").isGreaterThan(180);
		assertThat(drawn.getHeight() * 640.0 / drawn.getWidth()).as("its shape is kept")
			.isCloseTo(300.0, org.assertj.core.data.Offset.offset(8.0));
		org.openqa.selenium.Rectangle line = driver.findElement(By.cssSelector("#charts svg.paper-chart polyline[stroke='#1d70b8']"))
			.getRect();
		assertThat(line.getWidth()).as("the value line spans the chart").isGreaterThan(drawn.getWidth() / 2);
		assertThat(driver.findElements(By.cssSelector("#charts svg.paper-chart .chart-point, #charts svg.paper-chart .chart-signal")))
			.as("a point for each row of the chart's table")
			.hasSameSizeAs(driver.findElements(By.cssSelector("#charts .paper-chart-block table tbody tr")));
		Browser.assertAccessible(driver);
	}

	@Test
	void anOfficerChoosesAnAnonymisedCaseStudyForTheAnnualReport() {
		Organisation council = data.anOrganisation(org.safercommunities.organisations.OrganisationType.COUNCIL);
		StaffUser officer = data.aStaffUser(Role.OFFICER, council);
		org.safercommunities.plans.ClosedCases.Closed closed = org.safercommunities.plans.ClosedCases.from(context)
			.closedCase(officer, council.getName(),
					data.anOrganisation(org.safercommunities.organisations.OrganisationType.VICTIM_SERVICE),
					data.anOrganisation(org.safercommunities.organisations.OrganisationType.POLICE));
		int year = TODAY.getMonthValue() >= 4 ? TODAY.getYear() : TODAY.getYear() - 1;
		signIn(officer.getEmail());

		open("/staff/plans/annual-report/" + year);
		driver.findElement(By.id("choose-case-studies")).click();
		assertThat(heading()).as("the chooser's heading").isEqualTo("Case studies from closed cases");
		Browser.assertAccessible(driver);
		driver.findElement(By.cssSelector("#case-choices a[href$='/cases/" + closed.caseId() + "']")).click();
		assertThat(heading()).as("the study's heading").isEqualTo("Anti-social behaviour: personal in Hendon");
		assertThat(driver.findElement(By.id("study-summary")).getText()).as("anonymised")
			.contains("Outcome: Enforcement action taken").doesNotContain(closed.familyName(), closed.reference());
		Browser.assertAccessible(driver);

		((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
				"document.getElementById('introduction').value = arguments[0];", "word ".repeat(1001));
		submit(driver.findElement(By.id("save-study")));
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText()).as("the words' error")
			.contains("Enter 5,000 characters or fewer");
		Browser.assertAccessible(driver);
		driver.findElement(By.id("introduction")).clear();
		driver.findElement(By.id("introduction")).sendKeys("Abuse by neighbours ended with a closure order.");
		submit(driver.findElement(By.id("save-study")));
		assertThat(driver.findElement(By.id("case-studies")).getText()).as("the study on the report")
			.contains("Abuse by neighbours ended with a closure order.", "Anti-social behaviour: personal in Hendon");
		Browser.assertAccessible(driver);

		driver.findElement(By.id("choose-case-studies")).click();
		assertThat(driver.findElement(By.id("chosen-studies")).getText()).contains("Anti-social behaviour: personal in Hendon");
		Browser.assertAccessible(driver);
		driver.findElement(By.cssSelector("#chosen-studies a")).click();
		assertThat(driver.findElement(By.id("introduction")).getAttribute("value"))
			.isEqualTo("Abuse by neighbours ended with a closure order.");
		Browser.assertAccessible(driver);
		submit(driver.findElement(By.id("remove-study")));
		assertThat(heading()).isEqualTo("Case studies from closed cases");
		assertThat(driver.findElement(By.id("no-studies")).getText()).isEqualTo("No case study has been chosen yet.");
		Browser.assertAccessible(driver);
	}

}
