package org.safercommunities.cases;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.safercommunities.organisations.OrganisationType;
import org.safercommunities.people.Involvement;
import org.safercommunities.people.People;
import org.safercommunities.people.PersonDetails;
import org.safercommunities.shared.IndicatorCounts;
import org.safercommunities.shared.Role;
import org.safercommunities.shared.UkDates;
import org.safercommunities.shared.UkTime;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safercommunities.cases.CaseWorkTestData.page;
import static org.safercommunities.cases.CaseWorkTestData.redirect;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The Victims' Code on the dashboard as percentages: cases with victims opened and their checklists ticked through
 * the case pages, then the indicator page and the overview show informed-of-rights and offered-RJ as the sums of
 * the source's numerators over its denominators, with the cases behind them. Repeat victims and high-risk cases are
 * counted from their modules' sources.
 */
@IntegrationTest
class VictimsCodeIndicatorIntegrationTests {

	static final YearMonth LAST_MONTH = YearMonth.now(UkTime.ZONE).minusMonths(1);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	VictimsCodeCounts victimsCode;

	@Autowired
	People people;

	@Autowired
	List<IndicatorCounts> sources;

	@Test
	void theIndicatorPageAndTheOverviewShowThePercentageOfCasesWithAVictimAndTheCasesBehindIt() throws Exception {
		Cookie officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER, data.anOrganisation(OrganisationType.COUNCIL))
			.getEmail());
		Map<String, Long> before = rollingYear();
		String today = UkDates.day(LocalDate.now(UkTime.ZONE));
		// Informed and offered RJ; informed only; neither; and a case with no victim, which is in no percentage
		tick(caseWithVictim(officer), officer, today, today);
		tick(caseWithVictim(officer), officer, today, null);
		caseWithVictim(officer);
		lastMonth(CaseWorkTestData.openCase(mvc, officer));

		Map<String, Long> after = rollingYear();
		assertThat(after.get(IndicatorCounts.ALL) - before.get(IndicatorCounts.ALL)).as("cases with a victim").isEqualTo(3);
		assertThat(after.get(VictimsCodeCounts.INFORMED) - before.get(VictimsCodeCounts.INFORMED)).isEqualTo(2);
		assertThat(after.get(VictimsCodeCounts.RJ_OFFERED) - before.get(VictimsCodeCounts.RJ_OFFERED)).isEqualTo(1);

		Cookie analyst = SignIn.as(mvc, data.aStaffUser(Role.ANALYST).getEmail());
		String informed = figure(after.get(VictimsCodeCounts.INFORMED), after.get(IndicatorCounts.ALL));
		String offered = figure(after.get(VictimsCodeCounts.RJ_OFFERED), after.get(IndicatorCounts.ALL));

		Document page = Jsoup.parse(page(mvc, "/staff/dashboard/victims-informed", analyst));
		assertThat(page.select("h2.govuk-heading-l").text()).isEqualTo("Barnet, 12 months to " + UkDates.month(LAST_MONTH));
		assertThat(page.select("#percentage").text()).as("the rolling percentage, of the cases behind it").isEqualTo(informed);
		assertThat(page.select("#ratio-table tbody tr").last().text()).as("the last month's own percentage")
			.startsWith(UkDates.shortMonth(LAST_MONTH) + " ");
		assertThat(page.select("#counts-tests").text()).contains("not a count", "Fisher");
		assertThat(page.select("#spc-table, #benchmark-table, #rank, #rate")).as("no tests of counts on a percentage")
			.isEmpty();
		assertThat(page.text()).doesNotContain("Poisson", "Not yet collected");

		Document rj = Jsoup.parse(page(mvc, "/staff/dashboard/restorative-justice", analyst));
		assertThat(rj.select("#percentage").text()).isEqualTo(offered);

		Document overview = Jsoup.parse(page(mvc, "/staff/dashboard", analyst));
		assertThat(overview.select("#ratio-victims-informed").text()).startsWith(informed);
		assertThat(overview.select("#ratio-restorative-justice").text()).startsWith(offered);

		String csv = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/staff/dashboard/victims-informed.csv").cookie(analyst)).andReturn().getResponse().getContentAsString();
		assertThat(csv).startsWith("indicator,indicator_name,area_code,area_name,strand,month,numerator,denominator,percentage,coverage")
			.contains(LAST_MONTH + ",");
	}

	@Test
	void aPersonWithThreeOccasionsAsAVictimLastMonthIsCountedAsANewRepeatVictimThatMonth() throws Exception {
		long person = people.record(PersonDetails.named("Repeat", "Victim" + TestData.unique("").replaceAll("[^a-z]", "")),
				"test");
		for (int day = 3; day <= 5; day++) {
			people.recordInvolvement(person, new Involvement("reporting", "hate_report",
					ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE), Involvement.PartyRole.VICTIM,
					LAST_MONTH.atDay(day), false));
		}
		long expected = countOf("REPEAT_VICTIMS", LAST_MONTH);
		assertThat(expected).as("the person became a repeat victim last month").isGreaterThanOrEqualTo(1);

		Cookie analyst = SignIn.as(mvc, data.aStaffUser(Role.ANALYST).getEmail());
		Document page = Jsoup.parse(page(mvc, "/staff/dashboard/repeat-victims", analyst));
		assertThat(page.select("#rolling-table").text()).contains(UkDates.shortMonth(LAST_MONTH) + " " + expected);
		assertThat(page.select("h1").text()).isEqualTo("People who became repeat victims");

		Document highRisk = Jsoup.parse(page(mvc, "/staff/dashboard/high-risk-cases", analyst));
		assertThat(highRisk.select("h1").text()).isEqualTo("Cases assessed as high risk");
		assertThat(highRisk.text()).doesNotContain("Not yet collected");
	}

	private long caseWithVictim(Cookie officer) throws Exception {
		long caseId = CaseWorkTestData.openCase(mvc, officer);
		// Opened last month, before the victim is added: the dashboard's months are complete months
		lastMonth(caseId);
		CaseWorkTestData.addVictim(mvc, officer, caseId, TestData.unique("Victim").replaceAll("[^A-Za-z]", ""));
		return caseId;
	}

	private void lastMonth(long caseId) {
		jdbc.sql("update case_file set opened_on = ? where id = ?").params(LAST_MONTH.atDay(15), caseId).update();
	}

	private long tick(long caseId, Cookie officer, String informedOn, String rjOfferedOn) throws Exception {
		var request = post("/staff/cases/" + caseId + "/victims-code").param("informedOn", informedOn);
		if (rjOfferedOn != null) {
			request.param("rjOfferedOn", rjOfferedOn).param("rjAnswer", "NOT_YET");
		}
		redirect(mvc, request, officer);
		return caseId;
	}

	/** The source's borough totals over the 12 months to last month, by measure. */
	private Map<String, Long> rollingYear() {
		Map<String, Long> totals = new HashMap<>(Map.of(IndicatorCounts.ALL, 0L, VictimsCodeCounts.INFORMED, 0L,
				VictimsCodeCounts.RJ_OFFERED, 0L));
		victimsCode.countMonths(new IndicatorCounts.Months(LAST_MONTH.minusMonths(11), LAST_MONTH), count -> {
			if (count.level() == IndicatorCounts.Level.BOROUGH) {
				totals.merge(count.measure(), count.count(), Long::sum);
			}
		});
		return totals;
	}

	private long countOf(String source, YearMonth month) {
		long[] total = { 0 };
		sources.stream().filter(counts -> counts.source().equals(source)).findFirst().orElseThrow()
			.countMonths(IndicatorCounts.Months.of(month), count -> {
				if (count.level() == IndicatorCounts.Level.BOROUGH && IndicatorCounts.ALL.equals(count.breakdown())) {
					total[0] += count.count();
				}
			});
		return total[0];
	}

	private static String figure(long numerator, long denominator) {
		return Math.round(100.0 * numerator / denominator) + "% (" + numerator + " of " + denominator + " cases)";
	}

}
