package org.safercommunities.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safercommunities.notifications.Mailer;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.OrganisationType;
import org.safercommunities.security.StaffUser;
import org.safercommunities.shared.IndicatorCounts;
import org.safercommunities.shared.Role;
import org.safercommunities.shared.UkDates;
import org.safercommunities.shared.UkTime;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.Mailbox;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safercommunities.cases.CaseWorkTestData.page;
import static org.safercommunities.cases.CaseWorkTestData.redirect;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The work on a case through its pages: risk (score, override, history, the page's tag, the timeline), actions
 * for another organisation (its list, closing only once the case is shared), overdue highlighting, the reminder
 * digest, reviews with amber, target and late reason, the Victims' Code feeding the dashboard counts, and refusals.
 */
@IntegrationTest
class CaseWorkIntegrationTests {

	@RegisterExtension
	static GreenMailExtension mailbox = Mailbox.start();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseRisk risk;

	@Autowired
	CaseActionRepository actionRows;

	@Autowired
	CaseActionReminders reminders;

	@Autowired
	VictimsCodeCounts victimsCodeCounts;

	@Autowired
	Mailer mailer;

	Organisation council;

	Organisation victimSupport;

	StaffUser officer;

	Cookie officerSession;

	StaffUser partner;

	Cookie partnerSession;

	long caseId;

	@BeforeEach
	void aCaseOfTheCouncil() throws Exception {
		council = data.anOrganisation(OrganisationType.COUNCIL);
		victimSupport = data.anOrganisation();
		officer = data.aStaffUser(Role.OFFICER, council);
		officerSession = SignIn.as(mvc, officer.getEmail());
		partner = data.aStaffUser(Role.PARTNER, victimSupport);
		partnerSession = SignIn.as(mvc, partner.getEmail());
		caseId = CaseWorkTestData.openCase(mvc, officerSession);
	}

	@Test
	void anAssessmentShowsItsLevelOnTheCasePageAndTimelineAndAnOverrideWinsWithItsReason() throws Exception {
		assertThat(Jsoup.parse(page(mvc, "/staff/cases/" + caseId, officerSession)).select("#risk-none").text())
			.isEqualTo("Not assessed yet");

		// fear (2) + violence (2) + hate (2) + adult at risk (2) + isolated + health = 10: high
		redirect(mvc, assess(Map.of("fearForSafety", "YES", "violenceOrThreats", "YES", "hateMotivated", "YES",
				"childOrAdultAtRisk", "YES", "isolated", "YES", "healthOrRoutineAffected", "YES"), null, null),
				officerSession);
		Document page = Jsoup.parse(page(mvc, "/staff/cases/" + caseId, officerSession));
		assertThat(page.select("#risk-level .govuk-tag").text()).isEqualTo("High");
		assertThat(page.select("#risk-level .govuk-tag").hasClass("govuk-tag--red")).isTrue();
		assertThat(page.select("#risk-explained").text()).startsWith("High (score 10), assessed on");
		assertThat(page.text()).contains("Risk assessed: High (score 10)");
		assertThat(risk.currentLevels(List.of(caseId))).containsEntry(caseId, RiskLevel.HIGH);

		// Reassessed: fear alone is 2, medium by the critical rule; the officer raises it to high
		redirect(mvc, assess(Map.of("fearForSafety", "YES"), "HIGH", "Perpetrator released from custody yesterday"),
				officerSession);
		page = Jsoup.parse(page(mvc, "/staff/cases/" + caseId, officerSession));
		assertThat(page.select("#risk-explained").text()).isEqualTo("Medium (score 2), raised to High by "
				+ officer.getDisplayName() + ": Perpetrator released from custody yesterday");
		assertThat(page.text()).contains("Risk assessed: Medium (score 2), raised to High by " + officer.getDisplayName());
		String reason = jdbc.sql("select override_reason from case_risk_assessment where case_id = ? "
				+ "and override_reason is not null").param(caseId).query(String.class).single();
		assertThat(reason).as("the override reason is encrypted at rest").doesNotContain("custody");

		String history = page(mvc, "/staff/cases/" + caseId + "/risk", officerSession);
		assertThat(Jsoup.parse(history).select("[id^=assessment-]")).as("two assessments kept").hasSize(2);
		assertThat(audited("CASE_RISK_VIEWED", officer)).isPositive();
		assertThat(audited("CASE_RISK_ASSESSED", officer)).isEqualTo(2);
	}

	@Test
	void aPartyAddedAfterTheAssessmentAsksForAReassessmentUntilOneIsMade() throws Exception {
		redirect(mvc, assess(Map.of("fearForSafety", "YES"), null, null), officerSession);
		assertThat(Jsoup.parse(page(mvc, "/staff/cases/" + caseId, officerSession)).select("#risk-out-of-date"))
			.as("just assessed").isEmpty();

		redirect(mvc, post("/staff/cases/" + caseId + "/parties").param("givenName", "Leon").param("familyName",
				"Reassessed").param("partyRole", "ALLEGED_PERPETRATOR").param("choice", "NEW"), officerSession);
		assertThat(Jsoup.parse(page(mvc, "/staff/cases/" + caseId, officerSession)).select("#risk-out-of-date").text())
			.isEqualTo("! Warning A report or party was added since this assessment: reassess the risk.");

		redirect(mvc, assess(Map.of("fearForSafety", "YES", "violenceOrThreats", "YES"), null, null), officerSession);
		assertThat(Jsoup.parse(page(mvc, "/staff/cases/" + caseId, officerSession)).select("#risk-out-of-date"))
			.as("reassessed").isEmpty();
	}

	@Test
	void anAssessmentNeedsEveryAnswerAndAnOverrideItsReasonAndKeepsWhatWasTyped() throws Exception {
		MvcResult result = mvc.perform(assess(Map.of("fearForSafety", "YES"), "HIGH", null)
			.param("answers[isolated]", "").with(csrf()).cookie(officerSession)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		Document form = Jsoup.parse(result.getResponse().getContentAsString());
		assertThat(form.title()).startsWith("Error: ");
		assertThat(form.select(".govuk-error-summary__list a").eachText())
			.contains("Select yes or no: Is the victim isolated, with no support network?",
					"Enter why you judge the level different from the score");
		assertThat(form.select(".govuk-error-summary__list a[href=#answers-isolated]")).hasSize(1);
		assertThat(form.select("#answers-fearForSafety").attr("checked")).as("answers kept").isNotNull();
		assertThat(form.select("#answers-fearForSafety").hasAttr("checked")).isTrue();
		assertThat(form.select("#overrideLevel-HIGH").hasAttr("checked")).isTrue();
		assertThat(jdbc.sql("select count(*) from case_risk_assessment where case_id = ?").param(caseId)
			.query(Long.class).single()).isZero();
	}

	@Test
	void anotherOrganisationSeesItsActionAndClosesItOnlyOnceTheCaseIsSharedWithIt() throws Exception {
		String due = UkDates.day(today().plusDays(3));
		redirect(mvc, post("/staff/cases/" + caseId + "/actions").param("what", "Offer a home visit to Ada")
			.param("ownerOrganisation", String.valueOf(victimSupport.getId())).param("dueOn", due), officerSession);
		long actionId = jdbc.sql("select id from case_action where case_id = ?").param(caseId).query(Long.class).single();
		assertThat(jdbc.sql("select what from case_action where id = ?").param(actionId).query(String.class).single())
			.as("what is encrypted").doesNotContain("home visit");
		assertThat(page(mvc, "/staff/cases/" + caseId, officerSession)).contains("Action added for "
				+ victimSupport.getName() + ", due " + due);

		Document mine = Jsoup.parse(page(mvc, "/staff/cases/actions", partnerSession));
		assertThat(mine.select("#action-" + actionId).text()).contains("Offer a home visit to Ada", due,
				"The case is not shared with your organisation");
		assertThat(mine.select("#action-" + actionId + " a")).as("no link to the case, no way to close").isEmpty();
		int refused = mvc.perform(post("/staff/cases/" + caseId + "/actions/" + actionId + "/done").with(csrf())
			.cookie(partnerSession).param("outcome", "DONE").param("closedOn", UkDates.day(today())))
			.andReturn().getResponse().getStatus();
		assertThat(refused).as("closing an action on a case not shared with them").isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ACCESS_REFUSED' and actor_user_id = ? "
				+ "and record_type = 'case_file' and record_id = ?").params(partner.getId(), String.valueOf(caseId))
			.query(Long.class).single()).as("the refusal is audited").isPositive();
		assertThat(status(actionId)).isEqualTo("OPEN");

		CaseWorkTestData.shareWhole(mvc, officerSession, caseId, victimSupport.getId());
		mine = Jsoup.parse(page(mvc, "/staff/cases/actions", partnerSession));
		assertThat(mine.select("#action-" + actionId + " a[href=/staff/cases/" + caseId + "/actions/" + actionId
				+ "/done]")).hasSize(1);
		assertThat(redirect(mvc, post("/staff/cases/" + caseId + "/actions/" + actionId + "/done").param("outcome", "DONE")
			.param("closedOn", UkDates.day(today())).param("note", "Visited with her sister"), partnerSession))
			.isEqualTo("/staff/cases/actions");
		assertThat(status(actionId)).isEqualTo("DONE");
		assertThat(page(mvc, "/staff/cases/" + caseId, officerSession))
			.contains("Action for " + victimSupport.getName() + " done on " + UkDates.day(today()));
	}

	@Test
	void anOpenActionPastItsDueDateIsOverdueOnTheCaseAndFirstInTheList() throws Exception {
		long later = action(victimSupport.getId(), null, today().plusDays(10));
		long overdue = action(victimSupport.getId(), null, today().minusDays(1));
		Document page = Jsoup.parse(page(mvc, "/staff/cases/" + caseId, officerSession));
		assertThat(page.select("#action-" + overdue + " .govuk-tag").text()).isEqualTo("Overdue");
		assertThat(page.select("#action-" + later + " .govuk-tag").text()).isEqualTo("Open");
		List<String> order = Jsoup.parse(page(mvc, "/staff/cases/actions", partnerSession)).select("#my-actions tbody tr")
			.eachAttr("id");
		assertThat(order.indexOf("action-" + overdue)).as("overdue first").isLessThan(order.indexOf("action-" + later));
	}

	@Test
	void theDailyDigestNamesTheReferenceDueDateAndLinkOnlyOncePerPersonAndDay() throws Exception {
		StaffUser named = data.aStaffUser(Role.OFFICER, council);
		action(council.getId(), named.getId(), today().plusDays(2));
		action(council.getId(), named.getId(), today().minusDays(4));
		action(council.getId(), named.getId(), today().plusDays(5));
		action(victimSupport.getId(), null, today());
		String reference = jdbc.sql("select reference from case_file where id = ?").param(caseId).query(String.class)
			.single();

		assertThat(reminders.runOn(today())).isPositive();
		reminders.runOn(today());
		mailer.deliverPending();

		List<MimeMessage> toNamed = to(named.getEmail());
		assertThat(toNamed).as("one digest for the named owner, however often the job runs").hasSize(1);
		String body = GreenMailUtil.getBody(toNamed.get(0)).replaceAll("=\\r?\\n", "");
		assertThat(body).contains(reference, UkDates.day(today().plusDays(2)), "OVERDUE since "
				+ UkDates.day(today().minusDays(4)), "/staff/cases/" + caseId);
		assertThat(body).as("not due within the window").doesNotContain(UkDates.day(today().plusDays(5)));
		assertThat(body).as("no personal data: not what is to be done, nor the case's title")
			.doesNotContain("Check on", "Abuse in the street", "Ada");
		assertThat(toNamed.get(0).getSubject()).isEqualTo("Case actions due: 2");
		assertThat(to(partner.getEmail())).as("an organisation's action with nobody named goes to its case workers")
			.hasSize(1);
	}

	@Test
	void aReviewDoneAfterItsTargetNeedsALateReasonAndTheNextIsScheduled() throws Exception {
		redirect(mvc, post("/staff/cases/" + caseId + "/reviews/schedule").param("targetOn", UkDates.day(today())),
				officerSession);
		Document page = Jsoup.parse(page(mvc, "/staff/cases/" + caseId, officerSession));
		assertThat(page.select("#next-review .govuk-tag").text()).as("target today: amber").isEqualTo("Due soon");
		assertThat(page.select("#next-review .govuk-tag").hasClass("govuk-tag--yellow")).isTrue();
		// the target passes (moved into the past as time would move it)
		jdbc.sql("update case_review set target_on = ?, amber_on = ? where case_id = ?")
			.params(today().minusDays(2), today().minusDays(9), caseId).update();
		assertThat(Jsoup.parse(page(mvc, "/staff/cases/" + caseId, officerSession)).select("#next-review .govuk-tag")
			.text()).isEqualTo("Overdue");

		MvcResult late = mvc.perform(post("/staff/cases/" + caseId + "/reviews/complete").with(csrf())
			.cookie(officerSession).param("completedOn", UkDates.day(today())).param("note", "Calmer since the warning")
			.param("nextTargetOn", UkDates.day(today().plusDays(28)))).andReturn();
		assertThat(Jsoup.parse(late.getResponse().getContentAsString()).select(".govuk-error-summary__list").text())
			.isEqualTo("Enter why the review is later than its target date, " + UkDates.day(today().minusDays(2)));

		redirect(mvc, post("/staff/cases/" + caseId + "/reviews/complete").param("completedOn", UkDates.day(today()))
			.param("note", "Calmer since the warning").param("lateReason", "Officer on leave")
			.param("nextTargetOn", UkDates.day(today().plusDays(28))), officerSession);
		Document reviews = Jsoup.parse(page(mvc, "/staff/cases/" + caseId + "/reviews", officerSession));
		assertThat(reviews.select("#reviews-done").text()).contains("Late", "Calmer since the warning",
				"Officer on leave");
		assertThat(reviews.select("#next-review").text()).contains(UkDates.day(today().plusDays(28)));
		assertThat(jdbc.sql("select late_reason from case_review where case_id = ? and late_reason is not null")
			.param(caseId).query(String.class).single()).doesNotContain("leave");
		assertThat(page(mvc, "/staff/cases/" + caseId, officerSession))
			.contains("Review done late on " + UkDates.day(today()));
	}

	@Test
	void victimsCodeTicksGoOnTheTimelineAndFeedTheDashboardCounts() throws Exception {
		YearMonth month = YearMonth.from(today());
		Map<String, Long> before = counts(month);
		CaseWorkTestData.addVictim(mvc, officerSession, caseId, TestData.unique("Victim"));
		Map<String, Long> withVictim = counts(month);
		assertThat(withVictim.get(IndicatorCounts.ALL)).as("a case with a victim opened this month")
			.isEqualTo(before.get(IndicatorCounts.ALL) + 1);

		redirect(mvc, post("/staff/cases/" + caseId + "/victims-code").param("informedOn", UkDates.day(today()))
			.param("rjOfferedOn", UkDates.day(today())).param("rjAnswer", "NOT_YET"), officerSession);

		Map<String, Long> after = counts(month);
		assertThat(after.get(VictimsCodeCounts.INFORMED)).isEqualTo(withVictim.get(VictimsCodeCounts.INFORMED) + 1);
		assertThat(after.get(VictimsCodeCounts.RJ_OFFERED)).isEqualTo(withVictim.get(VictimsCodeCounts.RJ_OFFERED) + 1);
		assertThat(after.get(IndicatorCounts.ALL)).isEqualTo(withVictim.get(IndicatorCounts.ALL));
		String page = Jsoup.parse(page(mvc, "/staff/cases/" + caseId, officerSession)).text();
		assertThat(page).contains("Victims’ Code: Informed of their rights on " + UkDates.day(today()),
				"Victims’ Code: Restorative Justice offered on " + UkDates.day(today()),
				"Victims’ Code: answer to Restorative Justice: Not decided yet", "2 of 5 duties met");
	}

	@Test
	void anOrganisationTheCaseIsNotSharedWithIsRefusedItsWorkAndEachRefusalIsAudited() throws Exception {
		for (String path : List.of("/staff/cases/" + caseId + "/risk", "/staff/cases/" + caseId + "/reviews")) {
			assertThat(mvc.perform(get(path).cookie(partnerSession)).andReturn().getResponse().getStatus()).as(path)
				.isEqualTo(404);
		}
		CaseWorkTestData.shareWhole(mvc, officerSession, caseId, victimSupport.getId());
		assertThat(mvc.perform(get("/staff/cases/" + caseId + "/risk").cookie(partnerSession)).andReturn().getResponse()
			.getStatus()).as("shared whole: the risk history may be read").isEqualTo(200);
		assertThat(mvc.perform(post("/staff/cases/" + caseId + "/victims-code").with(csrf()).cookie(partnerSession)
			.param("informedOn", UkDates.day(today()))).andReturn().getResponse().getStatus())
			.as("a partner may not change the case").isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ACCESS_REFUSED' and actor_user_id = ?")
			.param(partner.getId()).query(Long.class).single()).isGreaterThanOrEqualTo(3);
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder assess(Map<String, String> yes,
			String overrideLevel, String reason) {
		var request = post("/staff/cases/" + caseId + "/risk");
		for (RiskQuestion question : RiskQuestion.values()) {
			request.param("answers[" + question.field() + "]", yes.getOrDefault(question.field(), "NO"));
		}
		if (overrideLevel != null) {
			request.param("overrideLevel", overrideLevel);
		}
		if (reason != null) {
			request.param("overrideReason", reason);
		}
		return request;
	}

	/** An action stored as it would be (past due dates cannot be typed), for the timing and digest tests. */
	private long action(long organisationId, Long userId, LocalDate due) {
		return actionRows.save(new CaseAction(caseId, "Check on the victim", organisationId, userId, due, Instant.now(),
				officer.getId())).getId();
	}

	private String status(long actionId) {
		return jdbc.sql("select status from case_action where id = ?").param(actionId).query(String.class).single();
	}

	private long audited(String action, StaffUser who) {
		return jdbc.sql("select count(*) from audit_entry where action = ? and actor_user_id = ? and record_id = ?")
			.params(action, who.getId(), String.valueOf(caseId)).query(Long.class).single();
	}

	private Map<String, Long> counts(YearMonth month) {
		Map<String, Long> totals = new java.util.HashMap<>(Map.of(IndicatorCounts.ALL, 0L, VictimsCodeCounts.INFORMED,
				0L, VictimsCodeCounts.RJ_OFFERED, 0L));
		victimsCodeCounts.countMonths(IndicatorCounts.Months.of(month), count -> {
			if (count.level() == IndicatorCounts.Level.BOROUGH) {
				totals.merge(count.measure(), count.count(), Long::sum);
			}
		});
		return totals;
	}

	private List<MimeMessage> to(String email) throws Exception {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : mailbox.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(email)) {
				found.add(message);
			}
		}
		return found;
	}

	private static LocalDate today() {
		return LocalDate.now(UkTime.ZONE);
	}

}
