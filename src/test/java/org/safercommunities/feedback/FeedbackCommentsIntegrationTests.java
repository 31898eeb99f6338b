package org.safercommunities.feedback;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.safercommunities.reporting.ReportTestData;
import org.safercommunities.reporting.ReportTestData.Sent;
import org.safercommunities.shared.IndicatorCounts.Level;
import org.safercommunities.shared.IndicatorCounts.Months;
import org.safercommunities.shared.Role;
import org.safercommunities.shared.UkTime;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What victims told us, from their survey answers to the officers' page (comments without names, themes tagged, a
 * quote chosen only with the person's consent) and the dashboard's satisfaction counts by ward, strand and channel.
 */
@IntegrationTest
class FeedbackCommentsIntegrationTests {

	/** A ward and strand of their own, so other tests' answers do not move these counts. */
	private static final String WARD = "E05013643";

	private static final String STRAND = "DISABILITY";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	ReportTestData reports;

	@Autowired
	FeedbackInvitations invitations;

	@Autowired
	FeedbackCounts counts;

	@Autowired
	JdbcClient jdbc;

	private final LocalDate today = LocalDate.now(UkTime.ZONE);

	@Test
	void officersReadTagAndQuoteOnlyWithConsentAndTheDashboardCountsSatisfaction() throws Exception {
		Map<String, Long> before = wardCounts();
		long happy = answer("YES", "The officer rang me back the next day and explained everything.", "NO");
		long unhappy = answer("NO", "Nobody told me what happened after I reported it.", "YES");

		Cookie officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER).getEmail());
		String list = mvc.perform(get("/staff/feedback").cookie(officer)).andReturn().getResponse().getContentAsString();
		assertThat(list).contains("The officer rang me back the next day", "Nobody told me what happened")
			.as("no name with the answers").doesNotContain("Amira Test", "07700 900456");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'FEEDBACK_VIEWED'").query(Long.class)
			.single()).as("the read is audited").isPositive();

		MockHttpServletResponse refused = mvc.perform(post("/staff/feedback/" + happy).with(csrf()).cookie(officer)
			.param("themes", "COMMUNICATION").param("forAnnualReport", "true")).andReturn().getResponse();
		assertThat(refused.getContentAsString()).as("no quote without the person's consent")
			.contains("This comment cannot be quoted: the person did not agree");
		assertThat(quoted(happy)).isFalse();

		assertThat(mvc.perform(post("/staff/feedback/" + happy).with(csrf()).cookie(officer).param("themes", "COMMUNICATION")
			.param("themes", "SPEED")).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/staff/feedback/" + happy);
		assertThat(mvc.perform(post("/staff/feedback/" + unhappy).with(csrf()).cookie(officer).param("themes", "COMMUNICATION")
			.param("forAnnualReport", "true")).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/staff/feedback/" + unhappy);
		assertThat(quoted(unhappy)).as("quoted with consent").isTrue();
		assertThat(mvc.perform(get("/staff/feedback/" + happy).cookie(officer)).andReturn().getResponse()
			.getContentAsString()).contains("How quickly we acted", "checked");

		Cookie board = SignIn.as(mvc, data.aStaffUser(Role.BOARD).getEmail());
		assertThat(mvc.perform(get("/staff/feedback").cookie(board)).andReturn().getResponse().getStatus())
			.as("comments are for officers").isEqualTo(403);

		Map<String, Long> after = wardCounts();
		assertThat(delta(before, after, "ALL/ALL")).as("answers in the ward").isEqualTo(2);
		assertThat(delta(before, after, "SATISFIED/ALL")).as("happy with the support").isEqualTo(1);
		assertThat(delta(before, after, "ALL/" + STRAND)).as("answers for the strand").isEqualTo(2);
		assertThat(delta(before, after, "SATISFIED/" + STRAND)).isEqualTo(1);
		assertThat(delta(before, after, "ALL_ONLINE/ALL")).as("answers by channel").isEqualTo(2);
		assertThat(delta(before, after, "SATISFIED_ONLINE/ALL")).isEqualTo(1);
		assertThat(delta(before, after, "ALL_PHONE/ALL")).isZero();
	}

	/** A named report in the test's ward and strand, invited on its follow-up page, answered. Returns the answer's id. */
	private long answer(String support, String comment, String quote) throws Exception {
		Sent report = reports.aReport().with("giveDetails", "YES").with("name", "Amira Test").with("phone", "07700 900456")
			.with("safeToContact", "YES").with("contactMethods", "PHONE").with("wardCode", WARD)
			.with("strands", STRAND).with("subtypes", new String[0]).send();
		for (int i = 0; i < 100 && jdbc.sql("select count(*) from feedback_invitation where report_id = ?")
			.param(report.id()).query(Long.class).single() == 0; i++) {
			Thread.sleep(100);
		}
		invitations.runOn(today.plusDays(14));
		String link = invitations.surveyLink(report.id()).orElseThrow();
		MockHttpServletResponse sent = mvc.perform(post(link).with(csrf()).param("listenedTo", "YES")
			.param("keptInformed", "NO").param("support", support).param("reportAgain", "YES").param("comment", comment)
			.param("quoteConsent", quote)).andReturn().getResponse();
		assertThat(sent.getRedirectedUrl()).as(sent.getContentAsString()).isEqualTo("/feedback/thank-you");
		return jdbc.sql("select r.id from feedback_response r join feedback_invitation i on i.id = r.invitation_id "
				+ "where i.report_id = ?").param(report.id()).query(Long.class).single();
	}

	private boolean quoted(long responseId) {
		return jdbc.sql("select annual_report_quote from feedback_response where id = ?").param(responseId)
			.query(Boolean.class).single();
	}

	/** This month's counts for the test's ward, by "measure/breakdown". */
	private Map<String, Long> wardCounts() {
		Map<String, Long> found = new HashMap<>();
		counts.countMonths(Months.of(YearMonth.from(today)), count -> {
			if (count.level() == Level.WARD && WARD.equals(count.area())) {
				found.merge(count.measure() + "/" + count.breakdown(), count.count(), Long::sum);
			}
		});
		return found;
	}

	private static long delta(Map<String, Long> before, Map<String, Long> after, String key) {
		return after.getOrDefault(key, 0L) - before.getOrDefault(key, 0L);
	}

}
