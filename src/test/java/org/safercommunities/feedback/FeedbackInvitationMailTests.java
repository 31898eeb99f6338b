package org.safercommunities.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safercommunities.cases.CaseClosed;
import org.safercommunities.cases.CaseOpened;
import org.safercommunities.cases.CaseTestData;
import org.safercommunities.notifications.Mailer;
import org.safercommunities.reporting.ReportTestData;
import org.safercommunities.reporting.ReportTestData.Sent;
import org.safercommunities.shared.Role;
import org.safercommunities.shared.UkTime;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.Mailbox;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The survey invitation over real SMTP (GreenMail): sent on the day it is due and not the day before, never twice,
 * never to someone who declined contact (an anonymous reporter finds it on the follow-up page), once per case however many reports the case holds, brought forward when
 * the case closes; and, for someone who gave no e-mail address, offered on the follow-up page instead.
 */
@IntegrationTest
class FeedbackInvitationMailTests {

	@RegisterExtension
	static GreenMailExtension mailbox = Mailbox.start();

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportTestData reports;

	@Autowired
	TestData data;

	@Autowired
	FeedbackInvitations invitations;

	@Autowired
	Mailer mailer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	private final LocalDate today = LocalDate.now(UkTime.ZONE);

	@Test
	void anInvitationIsEMailedOnTheFourteenthDayNotTheThirteenthAndNeverTwice() throws Exception {
		String email = TestData.unique("victim") + "@example.org";
		Sent report = named(email, "YES", "EMAIL");
		awaitInvitation(report.id());

		invitations.runOn(today.plusDays(13));
		deliver();
		assertThat(to(email)).as("nothing the day before it is due").isEmpty();

		invitations.runOn(today.plusDays(14));
		invitations.runOn(today.plusDays(14));
		invitations.runOn(today.plusDays(15));
		deliver();
		List<MimeMessage> received = to(email);
		assertThat(received).as("one invitation on the day it is due, however often the job runs").hasSize(1);
		String body = GreenMailUtil.getBody(received.get(0)).replaceAll("=\\r?\\n", "");
		assertThat(body).as("no account of what happened in the e-mail")
			.doesNotContain("headscarf", report.reference());
		Matcher link = Pattern.compile("https?://[^/\\s]+(/feedback/[A-Za-z0-9_-]{43})").matcher(body);
		assertThat(link.find()).as("a one-time survey link in: " + body).isTrue();
		assertThat(status(report.id())).isEqualTo("INVITED");

		String path = link.group(1);
		assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString())
			.contains("Did we listen to you?");
		MockHttpServletResponse answered = mvc.perform(post(path).with(csrf()).param("listenedTo", "YES")
			.param("keptInformed", "PARTLY").param("support", "NO").param("reportAgain", "YES")
			.param("comment", "The officer rang me back the next day.").param("quoteConsent", "YES")).andReturn()
			.getResponse();
		assertThat(answered.getRedirectedUrl()).as(answered.getContentAsString()).isEqualTo("/feedback/thank-you");
		assertThat(status(report.id())).isEqualTo("ANSWERED");
		assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as("the link works once")
			.isEqualTo(404);
		String stored = jdbc.sql("""
				select r.listened_to || r.kept_informed || r.support || r.comment || r.quote_consent
				from feedback_response r join feedback_invitation i on i.id = r.invitation_id where i.report_id = ?""")
			.param(report.id()).query(String.class).single();
		assertThat(stored).as("answers encrypted at rest").doesNotContain("PARTLY", "officer rang", "YES");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'FEEDBACK_ANSWERED' and reason = ?")
			.param("Survey for report " + report.id()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void someoneWhoDeclinedContactIsNeverInvitedNotEvenOnTheirFollowUpPage() throws Exception {
		String email = TestData.unique("declined") + "@example.org";
		Sent declined = named(email, "NO", "EMAIL");
		awaitInvitation(declined.id());

		invitations.runOn(today.plusDays(14));
		invitations.runOn(today.plusDays(40));
		deliver();

		assertThat(to(email)).as("no e-mail to a person who said it is not safe to contact them").isEmpty();
		assertThat(jdbc.sql("select status || ' ' || not_sent_reason from feedback_invitation where report_id = ?")
			.params(declined.id()).query(String.class).single()).isEqualTo("NOT_SENT DECLINED_CONTACT");
		assertThat(followUpPage(declined)).as("no survey on the follow-up page of someone who declined contact")
			.doesNotContain("/feedback/");
	}

	@Test
	void anAnonymousReporterIsOfferedTheSurveyOnceOnTheirFollowUpPage() throws Exception {
		Sent anonymous = reports.aSubmittedReport();
		awaitInvitation(anonymous.id());
		assertThat(followUpPage(anonymous)).as("no survey before it is due").doesNotContain("/feedback/");

		invitations.runOn(today.plusDays(14));
		invitations.runOn(today.plusDays(15));
		assertThat(jdbc.sql("select status || ' ' || route from feedback_invitation where report_id = ?")
			.param(anonymous.id()).query(String.class).single()).isEqualTo("INVITED FOLLOW_UP");
		Matcher link = Pattern.compile("href=\"(/feedback/[A-Za-z0-9_-]{43})\"").matcher(followUpPage(anonymous));
		assertThat(link.find()).as("a survey link on the anonymous reporter's follow-up page").isTrue();
		MockHttpServletResponse answered = mvc.perform(post(link.group(1)).with(csrf()).param("listenedTo", "YES")
			.param("keptInformed", "YES").param("support", "YES").param("reportAgain", "YES")).andReturn().getResponse();
		assertThat(answered.getRedirectedUrl()).as(answered.getContentAsString()).isEqualTo("/feedback/thank-you");
		assertThat(followUpPage(anonymous)).as("answered: no second survey").doesNotContain("/feedback/");
		assertThat(jdbc.sql("select count(*) from feedback_response r join feedback_invitation i on i.id = r.invitation_id where i.report_id = ?")
			.param(anonymous.id()).query(Long.class).single()).isEqualTo(1);
	}

	private String followUpPage(Sent report) throws Exception {
		Cookie session = mvc.perform(post("/follow-up").with(csrf()).param("reference", report.reference())
			.param("secret", report.secret())).andReturn().getResponse().getCookie("SAFER_SESSION");
		assertThat(session).as("the follow-up opened a session").isNotNull();
		return mvc.perform(get("/follow-up/report").cookie(session)).andReturn().getResponse().getContentAsString();
	}

	@Test
	void aCaseIsSurveyedOnceOnTheDayItClosesWhateverItsReports() throws Exception {
		String email = TestData.unique("case") + "@example.org";
		Sent first = named(email, "YES", "EMAIL");
		Sent second = named(email, "YES", "EMAIL");
		awaitInvitation(first.id());
		awaitInvitation(second.id());
		long caseId = 900_000 + first.id();
		transactions.executeWithoutResult(status -> {
			events.publishEvent(new CaseOpened(caseId, "CASE-TEST", List.of(first.id(), second.id())));
			events.publishEvent(new CaseClosed(caseId, List.of(first.id(), second.id()), today.plusDays(5)));
		});
		awaitDue(first.id(), today.plusDays(5));
		awaitDue(second.id(), today.plusDays(5));

		invitations.runOn(today.plusDays(4));
		deliver();
		assertThat(to(email)).as("nothing before the case closes").isEmpty();

		invitations.runOn(today.plusDays(5));
		invitations.runOn(today.plusDays(14));
		deliver();
		assertThat(to(email)).as("one invitation for the case").hasSize(1);
		// Whichever invitation the listener made first is the one sent; the other is not.
		assertThat(List.of(status(first.id()), status(second.id()))).containsExactlyInAnyOrder("INVITED", "NOT_SENT");
	}

	@Test
	void closingTheCaseOpenedFromAReportBringsTheInvitationToThatDay() throws Exception {
		String email = TestData.unique("closed") + "@example.org";
		Sent report = named(email, "YES", "EMAIL");
		awaitInvitation(report.id());
		Cookie officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER).getEmail());
		long caseId = CaseTestData.openFrom(mvc, officer, report.id(), true);
		MockHttpServletResponse closed = mvc.perform(post("/staff/cases/" + caseId + "/close").with(csrf()).cookie(officer)
			.param("outcome", "RESOLVED").param("closureReason", "Perpetrator warned").param("closedOn", today.toString()))
			.andReturn().getResponse();
		assertThat(closed.getStatus()).as(closed.getContentAsString()).isEqualTo(302);
		awaitDue(report.id(), today);

		invitations.runOn(today);
		deliver();
		assertThat(to(email)).as("invited the day the case closed, not 14 days after the report").hasSize(1);
	}

	@Test
	void someoneWithoutAnEMailAddressIsOfferedTheSurveyOnTheirFollowUpPage() throws Exception {
		Sent report = reports.aReport().with("giveDetails", "YES").with("name", "Amira Test")
			.with("phone", "07700 900456").with("safeToContact", "YES").with("contactMethods", "PHONE").send();
		awaitInvitation(report.id());
		invitations.runOn(today.plusDays(14));
		assertThat(jdbc.sql("select route from feedback_invitation where report_id = ?").param(report.id())
			.query(String.class).single()).isEqualTo("FOLLOW_UP");

		Cookie session = mvc.perform(post("/follow-up").with(csrf()).param("reference", report.reference())
			.param("secret", report.secret())).andReturn().getResponse().getCookie("SAFER_SESSION");
		assertThat(session).as("the follow-up opened a session").isNotNull();
		String page = mvc.perform(get("/follow-up/report").cookie(session)).andReturn().getResponse()
			.getContentAsString();
		Matcher link = Pattern.compile("href=\"(/feedback/[A-Za-z0-9_-]{43})\"").matcher(page);
		assertThat(link.find()).as("a survey link on the follow-up page").isTrue();
		String path = link.group(1);

		assertThat(mvc.perform(get(path).param("lang", "ar")).andReturn().getResponse().getContentAsString())
			.contains("dir=\"rtl\"", "\u0643\u064a\u0641 \u0643\u0627\u0646 \u0623\u062f\u0627\u0624\u0646\u0627");
		assertThat(mvc.perform(get(path).param("lang", "en-easyread")).andReturn().getResponse().getContentAsString())
			.contains("Were you happy with the help you got?");
		MockHttpServletResponse empty = mvc.perform(post(path).with(csrf()).param("comment", "x".repeat(2001)))
			.andReturn().getResponse();
		assertThat(empty.getContentAsString()).as("each question says what is missing, the comment kept")
			.contains("Error: ", "Select whether we listened to you", "Select whether you would report to us again",
					"Enter no more than 2,000 characters", "x".repeat(2001));
		assertThat(status(report.id())).as("an answer with errors is not stored").isEqualTo("INVITED");
	}

	private Sent named(String email, String safeToContact, String method) {
		return reports.aReport().with("giveDetails", "YES").with("name", "Amira Test").with("email", email)
			.with("safeToContact", safeToContact).with("contactMethods", method).send();
	}

	private String status(long reportId) {
		return jdbc.sql("select status from feedback_invitation where report_id = ?").param(reportId)
			.query(String.class).single();
	}

	/** The invitation is made by an event listener after the report's transaction commits. */
	private void awaitInvitation(long reportId) throws InterruptedException {
		for (int i = 0; i < 100 && count(reportId, "1 = 1") == 0; i++) {
			Thread.sleep(100);
		}
		assertThat(count(reportId, "1 = 1")).as("invitation made for report " + reportId).isEqualTo(1);
	}

	private void awaitDue(long reportId, LocalDate due) throws InterruptedException {
		String dueAndCase = "due_on = date '" + due + "' and case_id is not null";
		for (int i = 0; i < 100 && count(reportId, dueAndCase) == 0; i++) {
			Thread.sleep(100);
		}
		assertThat(count(reportId, dueAndCase)).as("report " + reportId + " due on " + due).isEqualTo(1);
	}

	private long count(long reportId, String condition) {
		return jdbc.sql("select count(*) from feedback_invitation where report_id = ? and " + condition)
			.param(reportId).query(Long.class).single();
	}

	private void deliver() {
		for (int batch = 0; batch < 20 && mailer.deliverPending() > 0; batch++) {
			// delivers everything queued, 50 at a time
		}
	}

	private List<MimeMessage> to(String email) throws Exception {
		return java.util.Arrays.stream(mailbox.getReceivedMessages())
			.filter(message -> {
				try {
					return message.getAllRecipients()[0].toString().equals(email);
				}
				catch (jakarta.mail.MessagingException ex) {
					throw new IllegalStateException(ex);
				}
			}).toList();
	}

}
