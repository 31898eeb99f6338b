package org.safercommunities.referrals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.safercommunities.cases.CaseTestData;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.organisations.OrganisationType;
import org.safercommunities.shared.IndicatorCounts;
import org.safercommunities.shared.Role;
import org.safercommunities.shared.UkTime;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The referrals' percentage indicators through the contract: "% referrals answered within the deadline"
 * ({@code ANSWERED_IN_TIME} of {@code ALL}, by the month sent) and the Victims' Code "% of victims referred to
 * support" (of the victims on the cases opened in the month, those referred to a victim support service), on the
 * dashboard as the sums of numerators over denominators. Other tests share the database, so the counts are read
 * before and after.
 */
@IntegrationTest
class ReferralIndicatorIntegrationTests {

	static final YearMonth LAST_MONTH = YearMonth.now(UkTime.ZONE).minusMonths(1);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReceivingServices services;

	@Autowired
	ReferralCounts counts;

	@Test
	void ofTwoVictimsOnLastMonthsCasesOneReferredToSupportAndOfTwoReferralsOneAnsweredInTime() throws Exception {
		Organisation victimSupport = data.anOrganisation(OrganisationType.VICTIM_SERVICE);
		services.saveAsSystem(victimSupport.getId(), "Support for victims", 2, false, true, List.of(), true);
		Cookie officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER, data.anOrganisation(OrganisationType.COUNCIL))
			.getEmail());
		Cookie partner = SignIn.as(mvc, data.aStaffUser(Role.PARTNER, victimSupport).getEmail());
		Map<String, Long> before = lastMonth();

		long referredCase = caseWithAVictimOpenedLastMonth(officer, "Referred");
		caseWithAVictimOpenedLastMonth(officer, "Notreferred");
		long inTime = refer(officer, referredCase, victimSupport);
		long late = refer(officer, referredCase, victimSupport);
		jdbc.sql("update referral set sent_on = ?, due_on = ? where id = ?")
			.params(LAST_MONTH.atDay(10), LocalDate.now(UkTime.ZONE).plusDays(5), inTime).update();
		jdbc.sql("update referral set sent_on = ?, due_on = ? where id = ?")
			.params(LAST_MONTH.atDay(10), LAST_MONTH.atDay(12), late).update();
		answer(partner, inTime);
		answer(partner, late);

		Map<String, Long> after = lastMonth();
		assertThat(after.get(ReferralCounts.VICTIMS_ON_CASES) - before.get(ReferralCounts.VICTIMS_ON_CASES))
			.as("victims on the cases opened last month").isEqualTo(2);
		assertThat(after.get(ReferralCounts.VICTIMS_ON_CASES_REFERRED)
				- before.get(ReferralCounts.VICTIMS_ON_CASES_REFERRED)).as("the victim referred twice counts once")
			.isEqualTo(1);
		assertThat(after.get(IndicatorCounts.ALL) - before.get(IndicatorCounts.ALL)).isEqualTo(2);
		assertThat(after.get("ANSWERED_IN_TIME") - before.get("ANSWERED_IN_TIME")).isEqualTo(1);

		Cookie analyst = SignIn.as(mvc, data.aStaffUser(Role.ANALYST).getEmail());
		Document victims = Jsoup.parse(page("/staff/dashboard/victims-referred-support-rate", analyst));
		assertThat(victims.select("h1").text()).isEqualTo("Victims referred to support");
		assertThat(victims.select("#counts-tests").text()).as("shown as a percentage").contains("not a count");
		assertThat(victims.select("#ratio-table tbody tr").last().text()).as("last month's own percentage")
			.contains(figure(after.get(ReferralCounts.VICTIMS_ON_CASES_REFERRED), after.get(ReferralCounts.VICTIMS_ON_CASES)));
		Document answered = Jsoup.parse(page("/staff/dashboard/referrals-answered-in-time", analyst));
		assertThat(answered.select("#ratio-table tbody tr").last().text())
			.contains(figure(after.get("ANSWERED_IN_TIME"), after.get(IndicatorCounts.ALL)));
	}

	@Test
	void aMonthWithNoVictimsHasNoRowSoTheDashboardReadsNoCasesNotZero() {
		YearMonth longAgo = YearMonth.of(1990, 1);
		Map<String, Long> seen = new HashMap<>();
		counts.countMonths(IndicatorCounts.Months.of(longAgo), count -> seen.merge(count.measure(), count.count(), Long::sum));
		assertThat(seen).as("no denominator row of 0 is written for a month with no cases")
			.doesNotContainKeys(ReferralCounts.VICTIMS_ON_CASES, ReferralCounts.VICTIMS_ON_CASES_REFERRED);
	}

	private long caseWithAVictimOpenedLastMonth(Cookie officer, String familyName) throws Exception {
		long caseId = CaseTestData.openByPhone(mvc, officer);
		jdbc.sql("update case_file set opened_on = ? where id = ?").params(LAST_MONTH.atDay(15), caseId).update();
		MvcResult added = mvc.perform(post("/staff/cases/" + caseId + "/parties").with(csrf()).cookie(officer)
			.param("givenName", "Victim").param("familyName", familyName + TestData.unique("").replaceAll("[^a-z]", ""))
			.param("partyRole", "VICTIM").param("choice", "NEW")).andReturn();
		assertThat(added.getResponse().getRedirectedUrl()).as(added.getResponse().getContentAsString()).isNotNull();
		return caseId;
	}

	private long refer(Cookie officer, long caseId, Organisation to) throws Exception {
		MvcResult sent = mvc.perform(post("/staff/referrals/from-case/" + caseId).with(csrf()).cookie(officer)
			.param("receivingOrganisationId", String.valueOf(to.getId())).param("basis", "CONSENT")
			.param("consent", "GIVEN").param("summary", "Support wanted")).andReturn();
		String target = sent.getResponse().getRedirectedUrl();
		assertThat(target).as(sent.getResponse().getContentAsString()).matches("/staff/referrals/\\d+");
		return Long.parseLong(target.substring("/staff/referrals/".length()));
	}

	private void answer(Cookie partner, long referralId) throws Exception {
		MvcResult accepted = mvc.perform(post("/staff/referrals/" + referralId + "/accept").with(csrf()).cookie(partner))
			.andReturn();
		assertThat(accepted.getResponse().getRedirectedUrl()).isNotNull();
	}

	/** The source's borough totals for all receivers last month, by measure. */
	private Map<String, Long> lastMonth() {
		Map<String, Long> totals = new HashMap<>(Map.of(IndicatorCounts.ALL, 0L, "ANSWERED_IN_TIME", 0L,
				ReferralCounts.VICTIMS_ON_CASES, 0L, ReferralCounts.VICTIMS_ON_CASES_REFERRED, 0L));
		counts.countMonths(IndicatorCounts.Months.of(LAST_MONTH), count -> {
			if (IndicatorCounts.ALL.equals(count.breakdown())) {
				totals.merge(count.measure(), count.count(), Long::sum);
			}
		});
		return totals;
	}

	private String page(String path, Cookie who) throws Exception {
		MvcResult result = mvc.perform(get(path).cookie(who)).andReturn();
		assertThat(result.getResponse().getStatus()).as(path + " " + result.getResponse().getContentAsString())
			.isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private static String figure(long numerator, long denominator) {
		return Math.round(100.0 * numerator / denominator) + "% (" + numerator + " of " + denominator + " cases)";
	}

}
