package org.safercommunities.feedback;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.safercommunities.casereview.WorkingDayCalendar;
import org.safercommunities.cases.CaseClosed;
import org.safercommunities.reporting.ReportTestData;
import org.safercommunities.reporting.ReportTestData.Sent;
import org.safercommunities.shared.IndicatorCounts;
import org.safercommunities.shared.Role;
import org.safercommunities.shared.UkDates;
import org.safercommunities.shared.UkTime;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Contact standards: a report whose reporter agreed to contact gets its deadline in working days (2 with enhanced
 * rights), the officer records first contact and an agreed visit, the survey waits for the visit and goes within 14
 * days of it, and the dashboard's source counts each standard met; someone who declined contact or gave no details
 * is not on the list.
 */
@IntegrationTest
class ContactStandardsIntegrationTests {

	private static final List<String> MEASURES = List.of("ELIGIBLE", "CONTACTED_IN_TIME", "VISIT_AGREED",
			"VISITED_IN_TIME", "VISITED", "SURVEYED_IN_TIME");

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportTestData reports;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	FeedbackInvitations invitations;

	@Autowired
	ContactStandardCounts counts;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	private final LocalDate today = LocalDate.now(UkTime.ZONE);

	@Test
	void firstContactAndAnAgreedVisitAreRecordedTheSurveyFollowsTheVisitAndEachStandardIsCounted() throws Exception {
		Sent report = reports.aReport().with("giveDetails", "YES").with("name", "Amira Test")
			.with("email", TestData.unique("contact") + "@example.org").with("safeToContact", "YES")
			.with("contactMethods", "EMAIL").send();
		long record = awaitRecord(report.id());
		awaitInvitation(report.id());
		assertThat(jdbc.sql("select contact_due_on from feedback_contact where id = ?").param(record).query(LocalDate.class)
			.single()).as("enhanced rights by default: 2 working days").isEqualTo(calendar.after(today, 2));
		Map<String, Long> before = thisMonth();
		Cookie officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER).getEmail());

		assertThat(body(get("/staff/feedback/contacts"), officer)).as("the work list").contains(report.reference(), "Not yet");
		String bad = body(post("/staff/feedback/contacts/" + record).with(csrf()).param("enhancedRights", "true")
			.param("contactedOn", UkDates.day(today.plusDays(1))).param("visitAgreed", "NO")
			.param("visitedOn", "yesterday-ish"), officer);
		assertThat(bad).contains("Error:", "The date must be today or in the past", "Enter a real date, like 14 October 2026",
				"value=\"yesterday-ish\"");

		assertThat(saved(post("/staff/feedback/contacts/" + record).param("enhancedRights", "true")
			.param("contactedOn", UkDates.day(today)).param("visitAgreed", "YES"), officer)).isEqualTo("/staff/feedback/contacts");
		// The case closes today: the survey is due, but waits for the agreed visit.
		transactions.executeWithoutResult(status -> events.publishEvent(new CaseClosed(800_000 + report.id(), List.of(report.id()), today)));
		awaitDue(report.id(), today);
		invitations.runOn(today);
		assertThat(status(report.id())).as("the survey waits for the agreed visit").isEqualTo("WAITING");

		assertThat(saved(post("/staff/feedback/contacts/" + record).param("enhancedRights", "true")
			.param("contactedOn", UkDates.day(today)).param("visitAgreed", "YES").param("visitedOn", UkDates.day(today)),
				officer)).isEqualTo("/staff/feedback/contacts");
		invitations.runOn(today);
		assertThat(status(report.id())).as("sent once the visit is made").isEqualTo("INVITED");

		Map<String, Long> after = thisMonth();
		assertThat(after.get("ELIGIBLE")).as("the report was eligible from the start").isEqualTo(before.get("ELIGIBLE"));
		for (String measure : MEASURES.subList(1, MEASURES.size())) {
			assertThat(after.getOrDefault(measure, 0L)).as(measure).isEqualTo(before.getOrDefault(measure, 0L) + 1);
		}
		assertThat(body(get("/staff/dashboard/victims-contacted-in-time"), SignIn.as(mvc, data.aStaffUser(Role.ANALYST).getEmail())))
			.as("the dashboard's indicator").contains("Victims contacted within the standard time");
	}

	@Test
	void aLateContactIsNotInTimeAndSomeoneWhoDeclinedOrGaveNoDetailsIsNotListed() throws Exception {
		Sent declined = reports.aReport().with("giveDetails", "YES").with("name", "Amira Test")
			.with("email", TestData.unique("declined") + "@example.org").with("safeToContact", "NO").send();
		Sent anonymous = reports.aSubmittedReport();
		Sent named = reports.aReport().with("giveDetails", "YES").with("name", "Amira Test").with("phone", "07700 900456")
			.with("safeToContact", "YES").with("contactMethods", "PHONE").send();
		long record = awaitRecord(named.id());
		awaitInvitation(declined.id());
		awaitInvitation(anonymous.id());
		assertThat(jdbc.sql("select count(*) from feedback_contact where report_id in (?, ?)").params(declined.id(), anonymous.id())
			.query(Long.class).single()).as("no contact standard for someone who may not be contacted").isZero();

		// Without enhanced rights the standard is 5 working days; pretend the report came in 10 working days ago.
		LocalDate received = today.minusDays(20);
		jdbc.sql("update feedback_contact set received_on = ? where id = ?").params(received, record).update();
		Map<String, Long> before = monthOf(received);
		Cookie officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER).getEmail());
		assertThat(saved(post("/staff/feedback/contacts/" + record).param("contactedOn", UkDates.day(today.minusDays(1)))
			.param("visitAgreed", "NO"), officer)).isEqualTo("/staff/feedback/contacts");
		assertThat(jdbc.sql("select contact_due_on from feedback_contact where id = ?").param(record).query(LocalDate.class)
			.single()).isEqualTo(calendar.after(received, 5));
		assertThat(body(get("/staff/feedback/contacts"), officer)).contains(named.reference(), ", late");
		Map<String, Long> after = monthOf(received);
		assertThat(after.getOrDefault("CONTACTED_IN_TIME", 0L)).as("late contact").isEqualTo(before.getOrDefault("CONTACTED_IN_TIME", 0L));
		assertThat(after.getOrDefault("ELIGIBLE", 0L)).isEqualTo(before.getOrDefault("ELIGIBLE", 0L));
	}

	private Map<String, Long> thisMonth() {
		return monthOf(today);
	}

	/** The borough's counts of the source for a month (what the dashboard divides). */
	private Map<String, Long> monthOf(LocalDate day) {
		Map<String, Long> found = new HashMap<>();
		counts.countMonths(IndicatorCounts.Months.of(YearMonth.from(day)), count -> {
			if (count.level() == IndicatorCounts.Level.BOROUGH) {
				found.merge(count.measure(), count.count(), Long::sum);
			}
		});
		return found;
	}

	private long awaitRecord(long reportId) throws InterruptedException {
		for (int i = 0; i < 100 && countOf("feedback_contact", reportId) == 0; i++) {
			Thread.sleep(100);
		}
		return jdbc.sql("select id from feedback_contact where report_id = ?").param(reportId).query(Long.class).single();
	}

	private void awaitInvitation(long reportId) throws InterruptedException {
		for (int i = 0; i < 100 && countOf("feedback_invitation", reportId) == 0; i++) {
			Thread.sleep(100);
		}
		assertThat(countOf("feedback_invitation", reportId)).isEqualTo(1);
	}

	private void awaitDue(long reportId, LocalDate due) throws InterruptedException {
		for (int i = 0; i < 100 && !due.equals(jdbc.sql("select due_on from feedback_invitation where report_id = ?")
			.param(reportId).query(LocalDate.class).single()); i++) {
			Thread.sleep(100);
		}
		assertThat(jdbc.sql("select due_on from feedback_invitation where report_id = ?").param(reportId)
			.query(LocalDate.class).single()).as("due on the day the case closed").isEqualTo(due);
	}

	private long countOf(String table, long reportId) {
		return jdbc.sql("select count(*) from " + table + " where report_id = ?").param(reportId).query(Long.class).single();
	}

	private String status(long reportId) {
		return jdbc.sql("select status from feedback_invitation where report_id = ?").param(reportId).query(String.class).single();
	}

	private String saved(MockHttpServletRequestBuilder request, Cookie who) throws Exception {
		MockHttpServletResponse response = mvc.perform(request.with(csrf()).cookie(who)).andReturn().getResponse();
		assertThat(response.getRedirectedUrl()).as(response.getContentAsString(StandardCharsets.UTF_8)).isNotNull();
		return response.getRedirectedUrl();
	}

	private String body(MockHttpServletRequestBuilder request, Cookie who) throws Exception {
		return mvc.perform(request.cookie(who)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
