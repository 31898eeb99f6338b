package org.safercommunities.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.safercommunities.feedback.FeedbackTestData;
import org.safercommunities.reporting.ReportTestData;
import org.safercommunities.reporting.ReportTestData.Sent;
import org.safercommunities.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The victim's survey in a real browser, checked with axe-core: in Arabic (right to left) and Easy Read, its errors,
 * the thank-you page and a used link; then the officers' page with the comment and its themes.
 */
class FeedbackBrowserTests extends BrowserTest {

	@Autowired
	ReportTestData reports;

	@Autowired
	ApplicationContext context;

	@Test
	void aVictimAnswersTheSurveyAndAnOfficerTagsTheirComment() throws Exception {
		Sent report = reports.aReport().with("giveDetails", "YES").with("name", "Amira Test").with("phone", "07700 900456")
			.with("safeToContact", "YES").with("contactMethods", "PHONE").send();
		String link = FeedbackTestData.from(context).surveyLinkFor(report.id());

		open(link + "?lang=ar");
		assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).as("Arabic runs right to left").isEqualTo("rtl");
		assertThat(heading()).as("the survey's heading in Arabic")
			.isEqualTo("\u0643\u064a\u0641 \u0643\u0627\u0646 \u0623\u062f\u0627\u0624\u0646\u0627\u061f");
		Browser.assertAccessible(driver);

		open(link + "?lang=en-easyread");
		assertThat(heading()).isEqualTo("How did we do?");
		Browser.assertAccessible(driver);

		open(link + "?lang=en");
		driver.findElement(By.id("comment")).sendKeys("The officer at the centre was very kind.");
		submit(driver.findElement(By.cssSelector("form button[type=submit]")));
		assertThat(driver.getTitle()).as("title after a form with missing answers").startsWith("Error: ");
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText()).as("the error summary")
			.contains("Select whether we listened to you", "Select whether we can use what you wrote in our annual report");
		assertThat(driver.findElement(By.id("comment")).getAttribute("value")).as("the comment is kept")
			.isEqualTo("The officer at the centre was very kind.");
		Browser.assertAccessible(driver);

		driver.findElement(By.id("listenedTo")).click();
		driver.findElement(By.id("keptInformed-PARTLY")).click();
		driver.findElement(By.id("support")).click();
		driver.findElement(By.id("reportAgain")).click();
		driver.findElement(By.id("quoteConsent")).click();
		submit(driver.findElement(By.cssSelector("form button[type=submit]")));
		assertThat(path()).as("the thank-you page after answering").isEqualTo("/feedback/thank-you");
		assertThat(heading()).isEqualTo("Thank you for your answers");
		Browser.assertAccessible(driver);

		open(link);
		assertThat(heading()).as("a link works once").isEqualTo("This survey link does not work");
		Browser.assertAccessible(driver);

		signIn(data.aStaffUser(Role.OFFICER).getEmail());
		open("/staff/feedback");
		assertThat(heading()).isEqualTo("What victims told us");
		assertThat(driver.findElement(By.tagName("main")).getText()).as("the comment, without the name")
			.contains("The officer at the centre was very kind.").doesNotContain("Amira Test");
		Browser.assertAccessible(driver);
		driver.findElement(By.xpath("//tr[td[contains(., 'The officer at the centre was very kind.')]]//a")).click();
		assertThat(heading()).isEqualTo("A survey answer");
		Browser.assertAccessible(driver);
		driver.findElement(By.id("themes-ATTITUDE")).click();
		driver.findElement(By.id("forAnnualReport")).click();
		submit(driver.findElement(By.cssSelector("form[action^='/staff/feedback/'] button[type=submit]")));
		assertThat(driver.findElement(By.className("govuk-notification-banner")).getText()).contains("Themes saved");
		assertThat(driver.findElement(By.id("themes-ATTITUDE")).isSelected()).as("the theme is kept").isTrue();
		Browser.assertAccessible(driver);
	}

	@Test
	void anOfficerRecordsFirstContactAndAVisitAndReadsTheSatisfactionGap() throws Exception {
		Sent report = reports.aReport().with("giveDetails", "YES").with("name", "Amira Test").with("phone", "07700 900456")
			.with("safeToContact", "YES").with("contactMethods", "PHONE").send();
		org.springframework.jdbc.core.simple.JdbcClient jdbc = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
		for (int i = 0; i < 100 && jdbc.sql("select count(*) from feedback_contact where report_id = ?").param(report.id())
			.query(Long.class).single() == 0; i++) {
			Thread.sleep(100);
		}
		signIn(data.aStaffUser(Role.OFFICER).getEmail());
		open("/staff/feedback/contacts");
		assertThat(heading()).isEqualTo("Contact standards");
		Browser.assertAccessible(driver);
		driver.findElement(By.linkText(report.reference())).click();
		assertThat(heading()).isEqualTo("Contact for report " + report.reference());
		Browser.assertAccessible(driver);
		driver.findElement(By.id("contactedOn")).sendKeys("31 February 2026");
		driver.findElement(By.id("visitAgreed")).click();
		submit(driver.findElement(By.cssSelector("form[action^='/staff/feedback/contacts/'] button[type=submit]")));
		assertThat(driver.getTitle()).as("title after a bad date").startsWith("Error: ");
		assertThat(driver.findElement(By.className("govuk-error-summary")).getText()).contains("Enter a real date, like 14 October 2026");
		Browser.assertAccessible(driver);
		driver.findElement(By.id("contactedOn")).clear();
		driver.findElement(By.id("contactedOn")).sendKeys(org.safercommunities.shared.UkDates.day(java.time.LocalDate.now(
				org.safercommunities.shared.UkTime.ZONE)));
		submit(driver.findElement(By.cssSelector("form[action^='/staff/feedback/contacts/'] button[type=submit]")));
		assertThat(path()).isEqualTo("/staff/feedback/contacts");
		assertThat(driver.findElement(By.className("govuk-notification-banner")).getText()).contains("Contact standards saved");
		Browser.assertAccessible(driver);

		signOut();
		signIn(data.aStaffUser(Role.BOARD).getEmail());
		open("/staff/feedback/satisfaction");
		assertThat(heading()).isEqualTo("The satisfaction gap");
		assertThat(driver.findElement(By.id("gap-channel")).getText()).as("the channel table").contains("Channel");
		Browser.assertAccessible(driver);
	}

}
