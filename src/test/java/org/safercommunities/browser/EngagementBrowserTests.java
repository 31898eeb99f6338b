package org.safercommunities.browser;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.shared.Role;
import org.safercommunities.shared.UkDates;

import static org.assertj.core.api.Assertions.assertThat;

/** The engagement pages in a real browser, checked with axe-core: the year's page, each form, its errors. */
class EngagementBrowserTests extends BrowserTest {

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.context.ApplicationContext context;

	private static final LocalDate YESTERDAY = LocalDate.now(ZoneId.of("Europe/London")).minusDays(1);

	@Test
	void anOfficerRecordsAStaffSessionAfterCorrectingAMistake() {
		Organisation library = data.anOrganisation();
		signIn(data.aStaffUser(Role.OFFICER).getEmail());

		open("/staff/engagement");
		assertThat(heading()).as("the engagement page's heading").isEqualTo("Engagement");
		Browser.assertAccessible(driver);

		open("/staff/engagement/training");
		assertThat(heading()).isEqualTo("Record a training session");
		Browser.assertAccessible(driver);
		new Select(driver.findElement(By.id("topicCode"))).selectByVisibleText("Hate crime awareness");
		driver.findElement(By.id("trainer")).sendKeys("Sam Trainer");
		driver.findElement(By.id("audience")).click();
		driver.findElement(By.id("rows-0-attendees")).sendKeys("six");
		submit(driver.findElement(By.cssSelector("form[action='/staff/engagement/training'] button[type=submit]")));
		assertThat(driver.getTitle()).as("title after a bad entry").startsWith("Error: ");
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText()).as("the error summary")
			.contains("Select the organisation", "Enter a whole number from 1 to 100,000");
		assertThat(driver.findElement(By.id("trainer")).getAttribute("value")).as("what was typed is kept").isEqualTo("Sam Trainer");
		Browser.assertAccessible(driver);

		new Select(driver.findElement(By.id("rows-0-organisationId"))).selectByVisibleText(library.getName());
		driver.findElement(By.id("rows-0-attendees")).clear();
		driver.findElement(By.id("rows-0-attendees")).sendKeys("6");
		driver.findElement(By.id("heldOn")).clear();
		driver.findElement(By.id("heldOn")).sendKeys(UkDates.day(YESTERDAY));
		submit(driver.findElement(By.cssSelector("form[action='/staff/engagement/training'] button[type=submit]")));
		assertThat(path()).as("back on the engagement page after saving").startsWith("/staff/engagement");
		assertThat(driver.findElement(By.className("govuk-notification-banner")).getText()).contains("Training session recorded");
		Browser.assertAccessible(driver);
	}

	@Test
	void theEventAndChampionFormsAndTheChampionsListAreAccessible() {
		signIn(data.aStaffUser(Role.COORDINATOR).getEmail());

		open("/staff/engagement/events");
		assertThat(heading()).isEqualTo("Record an awareness event or stand");
		Browser.assertAccessible(driver);
		submit(driver.findElement(By.cssSelector("form[action='/staff/engagement/events'] button[type=submit]")));
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText()).as("the event form's errors")
			.contains("Select whether it was an event or a stand", "Enter the venue");
		Browser.assertAccessible(driver);

		open("/staff/engagement/champions/new");
		assertThat(heading()).isEqualTo("Sign up a Hate Crime Reporting Champion");
		Browser.assertAccessible(driver);
		driver.findElement(By.id("name")).sendKeys("Amira Champion");
		driver.findElement(By.id("email")).sendKeys("amira@test.example");
		driver.findElement(By.id("contactPreference")).click();
		driver.findElement(By.id("consent")).click();
		submit(driver.findElement(By.cssSelector("form[action='/staff/engagement/champions/new'] button[type=submit]")));
		assertThat(path()).as("the champions list after signing up").isEqualTo("/staff/engagement/champions");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Amira Champion", "amira@test.example");
		Browser.assertAccessible(driver);
	}

	@Test
	void aResidentRaisesAnIssueForAnUpcomingWardWalkInTheirLanguage() {
		signIn(data.aStaffUser(Role.OFFICER).getEmail());
		open("/staff/engagement/walks");
		assertThat(heading()).isEqualTo("Ward Walks");
		Browser.assertAccessible(driver);
		new Select(driver.findElement(By.id("wardCode"))).selectByValue("E05013643");
		driver.findElement(By.id("walkOn")).sendKeys(UkDates.day(YESTERDAY.plusDays(8)));
		driver.findElement(By.id("meetingPoint")).sendKeys("Outside the library");
		submit(driver.findElement(By.cssSelector("form[action='/staff/engagement/walks'] button[type=submit]")));
		assertThat(path()).as("the new walk's page").matches("/staff/engagement/walks/\\d+");
		String walk = path().substring(path().lastIndexOf('/') + 1);
		Browser.assertAccessible(driver);
		signOut();

		open("/ward-walks/" + walk + "/issue?lang=pl");
		assertThat(heading()).as("the advance form in Polish").isEqualTo("Zg\u0142o\u015b problem na obch\u00f3d dzielnicy");
		Browser.assertAccessible(driver);
		submit(driver.findElement(By.cssSelector("form button[type=submit]")));
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText()).as("the errors, in Polish")
			.contains("Wybierz rodzaj problemu");
		Browser.assertAccessible(driver);
		driver.findElement(By.id("categoryCode-GRAFFITI")).click();
		driver.findElement(By.id("description")).sendKeys("Napisy na mo\u015bcie");
		submit(driver.findElement(By.cssSelector("form button[type=submit]")));
		assertThat(heading()).isEqualTo("Zg\u0142oszenie wys\u0142ane");
		Browser.assertAccessible(driver);

		open("/ward-walks/" + walk + "?lang=ar");
		assertThat(driver.findElement(By.id("issues")).getText()).as("the public page lists the issue, not the words")
			.doesNotContain("Napisy");
		Browser.assertAccessible(driver);
		open("/ward-walks");
		assertThat(driver.findElement(By.cssSelector("a[href*='/ward-walks/" + walk + "']")).isDisplayed())
			.as("the upcoming walk on the public list").isTrue();
		Browser.assertAccessible(driver);

		signIn(data.aStaffUser(Role.OFFICER).getEmail());
		open("/staff/engagement/walks/" + walk);
		driver.findElement(By.cssSelector("a[href*='/staff/engagement/walks/" + walk + "/issues/']")).click();
		assertThat(path()).as("the issue's own page").matches("/staff/engagement/walks/" + walk + "/issues/\\d+");
		assertThat(driver.findElement(By.tagName("main")).getText()).as("the officer reads what the resident wrote")
			.contains("Napisy na mo\u015bcie");
		Browser.assertAccessible(driver);
	}

	@Test
	void aCoordinatorRecordsAHubSessionAndPlansTheYearsWardWalks() {
		String hub = org.safercommunities.directory.DirectoryTestData.word("Hub");
		org.safercommunities.directory.DirectoryTestData.from(context).saveHub(hub);
		signIn(data.aStaffUser(Role.COORDINATOR).getEmail());

		open("/staff/engagement/hubs/new");
		assertThat(heading()).isEqualTo("Record a hub session");
		Browser.assertAccessible(driver);
		submit(driver.findElement(By.cssSelector("form[action='/staff/engagement/hubs/new'] button[type=submit]")));
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText()).as("the hub form's errors")
			.contains("Select the hub", "Enter the number of contacts made");
		Browser.assertAccessible(driver);
		new Select(driver.findElement(By.id("hubEntryId"))).selectByVisibleText(hub);
		driver.findElement(By.id("contactsMade")).sendKeys("9");
		driver.findElement(By.id("issuesRaised")).sendKeys("2");
		submit(driver.findElement(By.cssSelector("form[action='/staff/engagement/hubs/new'] button[type=submit]")));
		assertThat(path()).isEqualTo("/staff/engagement/hubs");
		assertThat(driver.findElement(By.id("hub-sessions")).getText()).contains(hub);
		Browser.assertAccessible(driver);

		open("/staff/engagement/walks");
		driver.findElement(By.id("year")).click();
		submit(driver.findElement(By.cssSelector("form[action='/staff/engagement/walks/generate'] button[type=submit]")));
		assertThat(driver.findElement(By.className("govuk-notification-banner")).getText()).contains("Ward Walks planned for April");
		Browser.assertAccessible(driver);
		driver.findElement(By.xpath("//tr[td[contains(., 'To be arranged')]]//a")).click();
		assertThat(heading()).startsWith("Ward Walk in ");
		Browser.assertAccessible(driver);
	}

	@Test
	void aSessionsPageListsTheAttendeesNamedWithTheirConsent() {
		signIn(data.aStaffUser(Role.OFFICER).getEmail());
		open("/staff/engagement/training");
		new Select(driver.findElement(By.id("topicCode"))).selectByVisibleText("Bystander intervention");
		driver.findElement(By.id("trainer")).sendKeys("Sam Trainer");
		driver.findElement(By.id("audience-RESIDENTS")).click();
		driver.findElement(By.id("residents")).sendKeys("2");
		driver.findElement(By.id("attendeeNames")).sendKeys("Ola Attendee\nBen Attendee");
		submit(driver.findElement(By.cssSelector("form[action='/staff/engagement/training'] button[type=submit]")));
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText()).as("names without consent")
			.contains("Names can only be kept with each person");
		assertThat(driver.findElement(By.id("attendeeNames")).getAttribute("value")).contains("Ben Attendee");
		Browser.assertAccessible(driver);
		driver.findElement(By.id("attendeesConsented")).click();
		submit(driver.findElement(By.cssSelector("form[action='/staff/engagement/training'] button[type=submit]")));
		assertThat(path()).startsWith("/staff/engagement");
		driver.findElement(By.xpath("//tr[td[contains(., 'Bystander intervention')]]//a")).click();
		assertThat(driver.findElement(By.id("attendees")).getText()).contains("Ola Attendee", "Ben Attendee");
		Browser.assertAccessible(driver);
	}

}
