package org.safercommunities.enforcement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safercommunities.cases.CaseTestData;
import org.safercommunities.enforcement.EnforcementFigures.OffenceShare;
import org.safercommunities.enforcement.EnforcementFigures.Payments;
import org.safercommunities.enforcement.EnforcementTestData.CaseWithPerson;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.security.StaffUser;
import org.safercommunities.shared.IndicatorCounts;
import org.safercommunities.shared.IndicatorCounts.Months;
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
import static org.safercommunities.enforcement.EnforcementTestData.formAgain;
import static org.safercommunities.enforcement.EnforcementTestData.page;
import static org.safercommunities.enforcement.EnforcementTestData.penalty;
import static org.safercommunities.enforcement.EnforcementTestData.redirect;
import static org.safercommunities.enforcement.EnforcementTestData.tool;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The enforcement register through its pages: the annual report's figures from seeded records, the escalation
 * chain, the early-payment rule across its boundary day, the daily unpaid-notice job, professional witnesses
 * withheld from the court bundle, and refusals by the case's rule.
 */
@IntegrationTest
class EnforcementIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EnforcementFigures figures;

	@Autowired
	EnforcementCounts counts;

	@Autowired
	EnforcementRegister register;

	Organisation council;

	StaffUser officer;

	Cookie session;

	CaseWithPerson matter;

	@BeforeEach
	void aCaseWithAPerpetrator() throws Exception {
		council = data.anOrganisation();
		officer = data.aStaffUser(Role.OFFICER, council);
		session = SignIn.as(mvc, officer.getEmail());
		matter = EnforcementTestData.caseWithPerpetrator(mvc, session, jdbc, "Loudly");
	}

	@Test
	void seededRecordsReproduceTheAnnualReportsFigures() throws Exception {
		// 240 warnings and 8 notices, April 2022 to March 2023 (Fig. 3), spread over the year
		LocalDate april = LocalDate.of(2022, 4, 1);
		for (int i = 0; i < 240; i++) {
			tool(mvc, session, matter.caseId(), "CPW", matter.personId(), april.plusDays(i));
		}
		List<Long> notices = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			notices.add(tool(mvc, session, matter.caseId(), "CPN", matter.personId(), LocalDate.of(2023, 1, 2).plusDays(i * 10)));
		}
		// 32 fixed penalty notices, January to March 2023 (Fig. 5), by code
		int day = 0;
		for (Map.Entry<String, Integer> code : EnforcementTestData.FIRST_QUARTER_2023.entrySet()) {
			for (int i = 0; i < code.getValue(); i++) {
				LocalDate on = LocalDate.of(2023, 3, 1).plusDays(day++ % 31);
				String[] link = switch (code.getKey()) {
					case "CST08" -> new String[] { "breachOf", String.valueOf(notices.get(0)) };
					case "CST09" -> new String[] { "pspoCondition", "107" };
					default -> new String[0];
				};
				penalty(mvc, session, matter.caseId(), code.getKey(), matter.personId(), on, link);
			}
		}

		Map<ToolKind, Long> tools = figures.toolsAndPowers(april, LocalDate.of(2023, 3, 31), council.getId());
		assertThat(tools.get(ToolKind.CPW)).isEqualTo(240);
		assertThat(tools.get(ToolKind.CPN)).isEqualTo(8);

		List<OffenceShare> shares = figures.penaltiesByOffence(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 31),
				council.getId());
		assertThat(shares.stream().mapToLong(OffenceShare::count).sum()).isEqualTo(32);
		assertThat(shares.stream().mapToInt(OffenceShare::percent).sum()).as("percentages add up to 100").isEqualTo(100);
		// 10/32 = 31.25, 4/32 = 12.5, 2/32 = 6.25, 7/32 = 21.875, 3/32 = 9.375, 5/32 = 15.625, 1/32 = 3.125: floors make
		// 97, and the three largest remainders (.875, .625, .5) take the last three points
		assertThat(shares).extracting(OffenceShare::code, OffenceShare::percent)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("CST01", 31), org.assertj.core.groups.Tuple.tuple("CST07a", 13),
					org.assertj.core.groups.Tuple.tuple("CST08", 6), org.assertj.core.groups.Tuple.tuple("CST09", 22),
					org.assertj.core.groups.Tuple.tuple("CST11", 9), org.assertj.core.groups.Tuple.tuple("CST13", 16),
					org.assertj.core.groups.Tuple.tuple("CST17", 3));

		// The report page shows the same (the whole partnership: only this test has records in 2022-23)
		Document report = Jsoup.parse(page(mvc, "/staff/enforcement/reports?from=1 4 2022&to=31 3 2023", session));
		assertThat(report.select("#tools-CPW td").text()).isEqualTo("240");
		assertThat(report.select("#tools-CPN td").text()).isEqualTo("8");
		Document quarter = Jsoup.parse(page(mvc, "/staff/enforcement/reports?from=1 1 2023&to=31 3 2023", session));
		assertThat(quarter.select("#offence-CST01 td").eachText()).containsExactly(
				"Environmental Protection Act 1990, Section 87/88 Littering", "10", "31%");
		assertThat(quarter.select("#payments-issued").text()).isEqualTo("32");

		// The dashboard source counts the same by month, for the borough and for the case's ward
		List<IndicatorCounts.Count> monthly = new ArrayList<>();
		counts.countMonths(new Months(YearMonth.of(2022, 4), YearMonth.of(2023, 3)), monthly::add);
		for (IndicatorCounts.Level level : List.of(IndicatorCounts.Level.BOROUGH, IndicatorCounts.Level.WARD)) {
			assertThat(monthly.stream().filter(count -> count.level() == level && count.measure().equals("CPW")
					&& count.breakdown().equals("ALL")).mapToLong(IndicatorCounts.Count::count).sum()).as(level + " CPW")
				.isEqualTo(240);
			assertThat(monthly.stream().filter(count -> count.level() == level && count.measure().equals("FPN")
					&& count.breakdown().equals("ALL")).mapToLong(IndicatorCounts.Count::count).sum()).as(level + " FPN")
				.isEqualTo(32);
		}
		assertThat(monthly.stream().filter(count -> count.level() == IndicatorCounts.Level.WARD)
			.map(IndicatorCounts.Count::area).distinct()).as("the case's ward").containsExactly(CaseTestData.WARD);
		assertThat(jdbc.sql("select count(*) from indicator where source = 'ENFORCEMENT'").query(Long.class).single())
			.isEqualTo(3);
	}

	@Test
	void aNoticeNeedsAnEarlierWarningOrAReasonAndABreachSuggestsThePenaltyForIt() throws Exception {
		String refused = formAgain(mvc, post("/staff/cases/" + matter.caseId() + "/enforcement/tools").param("kind", "CPN")
			.param("recipient", String.valueOf(matter.personId())).param("issuedOn", UkDates.day(today()))
			.param("conditions", "Clear the garden of waste"), session);
		Document form = Jsoup.parse(refused);
		assertThat(form.title()).startsWith("Error: ");
		assertThat(form.select(".govuk-error-summary__list a").eachText()).containsExactly("No Community Protection "
				+ "Warning to this recipient is on the case: enter the reason for serving a notice with no earlier warning");
		assertThat(form.select("#conditions").text()).as("nothing typed is lost").isEqualTo("Clear the garden of waste");
		assertThat(form.select("#kind option[selected]").attr("value")).isEqualTo("CPN");

		// With a reason it may be served at once; after a warning to the same person it needs none
		tool(mvc, session, matter.caseId(), "CPN", matter.personId(), today(), "noWarningReason",
				"Serious waste hazard: no time for a warning");
		CaseWithPerson other = EnforcementTestData.caseWithPerpetrator(mvc, session, jdbc, "Warned");
		tool(mvc, session, other.caseId(), "CPW", other.personId(), today().minusDays(30));
		long notice = tool(mvc, session, other.caseId(), "CPN", other.personId(), today());

		// A breach names the notice; the register then suggests the penalty (CST08) linked to that notice
		long breach = tool(mvc, session, other.caseId(), "CPN_BREACH", other.personId(), today(), "breachOf",
				String.valueOf(notice));
		Document registerPage = Jsoup.parse(page(mvc, "/staff/cases/" + other.caseId() + "/enforcement", session));
		assertThat(registerPage.select("#tool-" + breach).text()).contains("Issue a fixed penalty notice for the breach",
				"Or prepare a prosecution file");
		String suggested = registerPage.select("#penalty-for-" + breach).attr("href");
		Document prefilled = Jsoup.parse(page(mvc, suggested, session));
		assertThat(prefilled.select("#offenceCode option[selected]").attr("value")).isEqualTo("CST08");
		assertThat(prefilled.select("#breachOf option[selected]").attr("value")).isEqualTo(String.valueOf(notice));
		long fpn = penalty(mvc, session, other.caseId(), "CST08", other.personId(), today(), "breachOf",
				String.valueOf(notice));
		assertThat(Jsoup.parse(page(mvc, "/staff/cases/" + other.caseId() + "/enforcement", session))
			.select("#penalty-for-" + breach)).as("the breach has its penalty now").isEmpty();
		assertThat(jdbc.sql("select breach_of_action_id from enforcement_penalty where id = ?").param(fpn)
			.query(Long.class).single()).isEqualTo(notice);

		// A penalty for breach of a notice must name one of the recipient's notices; a PSPO breach its condition
		String noNotice = formAgain(mvc, post("/staff/cases/" + matter.caseId() + "/enforcement/penalties")
			.param("offenceCode", "CST08").param("recipient", String.valueOf(matter.personId()))
			.param("issuedOn", UkDates.day(today())).param("breachOf", String.valueOf(notice)), session);
		assertThat(Jsoup.parse(noNotice).select(".govuk-error-summary__list a").eachText()).containsExactly(
				"Select the Community Protection Notice served on this recipient that was breached");
		String noCondition = formAgain(mvc, post("/staff/cases/" + matter.caseId() + "/enforcement/tools")
			.param("kind", "PSPO_BREACH").param("recipient", String.valueOf(matter.personId()))
			.param("issuedOn", UkDates.day(today())), session);
		assertThat(Jsoup.parse(noCondition).select(".govuk-error-summary__list a").eachText())
			.containsExactly("Select the PSPO condition that was breached");
		// Barnet's order was in force from December 2022 for three years: not on a day after it ended
		String expired = formAgain(mvc, post("/staff/cases/" + matter.caseId() + "/enforcement/tools")
			.param("kind", "PSPO_BREACH").param("recipient", String.valueOf(matter.personId()))
			.param("issuedOn", "1 12 2025").param("pspoCondition", "102"), session);
		assertThat(Jsoup.parse(expired).select(".govuk-error-summary__list a").eachText()).containsExactly(
				"The PSPO was not in force on that day (in force from 1 December 2022 to 30 November 2025)");
		long pspoBreach = tool(mvc, session, matter.caseId(), "PSPO_BREACH", matter.personId(), LocalDate.of(2025, 11, 30),
				"pspoCondition", "102");
		Document withCondition = Jsoup.parse(page(mvc, "/staff/cases/" + matter.caseId() + "/enforcement", session));
		assertThat(withCondition.select("#tool-" + pspoBreach).text()).contains("London Borough of Barnet: 2. Not to cause "
				+ "harassment, alarm, or distress");
		Document pspoPenalty = Jsoup.parse(page(mvc, withCondition.select("#penalty-for-" + pspoBreach).attr("href"), session));
		assertThat(pspoPenalty.select("#offenceCode option[selected]").attr("value")).isEqualTo("CST09");
		assertThat(pspoPenalty.select("#pspoCondition option[selected]").attr("value")).isEqualTo("102");
		assertThat(jdbc.sql("select count(*) from enforcement_pspo_condition where pspo_id = 1").query(Long.class).single())
			.as("Barnet's PSPO has eleven conditions").isEqualTo(11);
		// Seeded codes only (administrators may add CST18 onwards)
		assertThat(jdbc.sql("select count(*) from enforcement_offence_code where code <= 'CST17'").query(Long.class).single())
			.as("CST01 to CST17 with 07a and 07b").isEqualTo(18);
	}

	@Test
	void closuresStayWithinTheirConfiguredLimits() throws Exception {
		String tooLong = formAgain(mvc, post("/staff/cases/" + matter.caseId() + "/enforcement/tools")
			.param("kind", "CLOSURE_NOTICE").param("premises", "Flat 3, 12 High Street").param("issuedOn",
					UkDates.day(today())).param("duration", "30"), session);
		assertThat(Jsoup.parse(tooLong).select(".govuk-error-summary__list a").eachText())
			.containsExactly("A closure notice lasts from 1 to 24 hours");
		long notice = tool(mvc, session, matter.caseId(), "CLOSURE_NOTICE", null, today(), "premises",
				"Flat 3, 12 High Street", "duration", "48", "extended", "true");
		String orderTooLong = formAgain(mvc, post("/staff/cases/" + matter.caseId() + "/enforcement/tools")
			.param("kind", "CLOSURE_ORDER").param("premises", "Flat 3, 12 High Street").param("issuedOn",
					UkDates.day(today())).param("duration", "7").param("extended", "true"), session);
		assertThat(Jsoup.parse(orderTooLong).select(".govuk-error-summary__list a").eachText())
			.containsExactly("A closure order lasts from 1 to 6 months");
		long order = tool(mvc, session, matter.caseId(), "CLOSURE_ORDER", null, today(), "premises",
				"Flat 3, 12 High Street", "duration", "3");
		assertThat(jdbc.sql("select in_force_until from enforcement_action where id = ?").param(order)
			.query(LocalDate.class).single()).isEqualTo(today().plusMonths(3));
		assertThat(jdbc.sql("select in_force_until from enforcement_action where id = ?").param(notice)
			.query(LocalDate.class).single()).isEqualTo(today().plusDays(2));
		assertThat(jdbc.sql("select premises from enforcement_action where id = ?").param(order).query(String.class)
			.single()).as("premises encrypted at rest").doesNotContain("High Street");
	}

	@Test
	void theEarlyPaymentReductionHoldsToItsLastDayAndNotTheDayAfter() throws Exception {
		LocalDate issued = today().minusDays(20);
		long onTheLastDay = penalty(mvc, session, matter.caseId(), "CST01", matter.personId(), issued);
		long theDayAfter = penalty(mvc, session, matter.caseId(), "CST01", matter.personId(), issued);
		assertThat(jdbc.sql("select amount_pence, early_amount_pence, early_until, due_on from enforcement_penalty "
				+ "where id = ?").param(onTheLastDay).query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2),
						rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class))).single())
			.as("Barnet's tariff: £100, 30% off within 14 days, due in 28")
			.containsExactly(10000L, 7000L, issued.plusDays(14), issued.plusDays(28));

		redirect(mvc, pay(onTheLastDay, issued.plusDays(14), "70"), session);
		assertThat(status(onTheLastDay)).isEqualTo("PAID_EARLY");

		Document refused = Jsoup.parse(formAgain(mvc, pay(theDayAfter, issued.plusDays(15), "70"), session));
		assertThat(refused.select(".govuk-error-summary__list a").eachText())
			.containsExactly("The amount due on that date is £100.00");
		assertThat(refused.select("#amount").val()).as("what was typed is kept").isEqualTo("70");
		redirect(mvc, pay(theDayAfter, issued.plusDays(15), "£100"), session);
		assertThat(status(theDayAfter)).isEqualTo("PAID");

		Payments payments = figures.payments(issued, issued, council.getId());
		assertThat(payments.paid()).isEqualTo(2);
		assertThat(payments.paidEarly()).isEqualTo(1);
		assertThat(payments.receiptsPence()).isEqualTo(17000);
		assertThat(payments.ratePercent()).isEqualTo(100);
	}

	@Test
	void theDailyJobPassesUnpaidNoticesPastDueForProsecutionReviewOnce() throws Exception {
		long pastDue = penalty(mvc, session, matter.caseId(), "CST13", matter.personId(), today().minusDays(29));
		long dueToday = penalty(mvc, session, matter.caseId(), "CST13", matter.personId(), today().minusDays(28));
		long paid = penalty(mvc, session, matter.caseId(), "CST13", matter.personId(), today().minusDays(29));
		redirect(mvc, pay(paid, today().minusDays(1), "100"), session);
		long cancelled = penalty(mvc, session, matter.caseId(), "CST13", matter.personId(), today().minusDays(29));
		redirect(mvc, post("/staff/cases/" + matter.caseId() + "/enforcement/penalties/" + cancelled + "/payment")
			.param("outcome", "CANCELLED").param("reason", "Issued to the wrong person"), session);

		int moved = register.passUnpaidForReview(today());
		assertThat(moved).isGreaterThanOrEqualTo(1);
		assertThat(status(pastDue)).isEqualTo("PROSECUTION_REVIEW");
		assertThat(status(dueToday)).as("due today is not yet past due").isEqualTo("UNPAID");
		assertThat(status(paid)).isEqualTo("PAID");
		assertThat(status(cancelled)).isEqualTo("CANCELLED");
		assertThat(register.passUnpaidForReview(today())).as("a second run finds nothing more").isZero();
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ENFORCEMENT_PENALTY_FOR_REVIEW' "
				+ "and record_id = ? and actor_name = 'system'").param(String.valueOf(pastDue)).query(Long.class).single())
			.isEqualTo(1);
		Document review = Jsoup.parse(page(mvc, "/staff/enforcement/review", session));
		assertThat(review.select("#review-" + pastDue)).hasSize(1);
		assertThat(review.select("#review-" + dueToday)).isEmpty();
		assertThat(page(mvc, "/staff/cases/" + matter.caseId(), session)).contains("passed for prosecution review");

		register.passUnpaidForReview(today().plusDays(1));
		assertThat(status(dueToday)).as("the next day it is past due").isEqualTo("PROSECUTION_REVIEW");
	}

	@Test
	void aProfessionalWitnessIsWithheldFromTheCourtBundleAndEveryReadOfNamesIsAudited() throws Exception {
		long professional = EnforcementTestData.addParty(mvc, session, jdbc, matter.caseId(), "Observer", "WITNESS");
		long neighbour = EnforcementTestData.addParty(mvc, session, jdbc, matter.caseId(), "Neighbour", "WITNESS");
		tool(mvc, session, matter.caseId(), "CPW", matter.personId(), today());
		redirect(mvc, post("/staff/cases/" + matter.caseId() + "/enforcement/evidence").param("kind", "BODY_WORN_CAMERA")
			.param("reference", "BWV 4412").param("witness", String.valueOf(professional))
			.param("professionalWitness", "true"), session);
		redirect(mvc, post("/staff/cases/" + matter.caseId() + "/enforcement/evidence").param("kind", "CCTV")
			.param("reference", "CCTV camera 12").param("witness", String.valueOf(neighbour)), session);

		String bundle = mvc.perform(get("/staff/cases/" + matter.caseId() + "/enforcement/bundle.csv").cookie(session))
			.andReturn().getResponse().getContentAsString();
		assertThat(bundle).contains("Sam Loudly", "BWV 4412", "Professional witness (identity withheld)", "Sam Neighbour")
			.doesNotContain("Observer");
		assertThat(jdbc.sql("select count(*) from enforcement_evidence where reference like '%4412%'").query(Long.class)
			.single()).as("references encrypted at rest").isZero();

		page(mvc, "/staff/cases/" + matter.caseId() + "/enforcement", session);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ENFORCEMENT_VIEWED' and actor_user_id = ? "
				+ "and record_id = ?").params(officer.getId(), String.valueOf(matter.caseId())).query(Long.class).single())
			.isPositive();
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'PERSON_READ' and actor_user_id = ? "
				+ "and record_id = ? and reason like '%enforcement register%'").params(officer.getId(),
						String.valueOf(matter.personId())).query(Long.class).single())
			.as("the recipient's name was read through the people module, audited").isPositive();
	}

	@Test
	void anotherOrganisationsOfficerCannotReachTheRegisterAndARecipientMustBeAParty() throws Exception {
		Cookie stranger = SignIn.as(mvc, data.aStaffUser(Role.OFFICER, data.anOrganisation()).getEmail());
		assertThat(mvc.perform(get("/staff/cases/" + matter.caseId() + "/enforcement").cookie(stranger)).andReturn()
			.getResponse().getStatus()).isEqualTo(404);
		CaseWithPerson other = EnforcementTestData.caseWithPerpetrator(mvc, session, jdbc, "Elsewhere");
		String refused = formAgain(mvc, post("/staff/cases/" + matter.caseId() + "/enforcement/tools").param("kind", "CPW")
			.param("recipient", String.valueOf(other.personId())).param("issuedOn", UkDates.day(today()))
			.param("conditions", "Stop"), session);
		assertThat(Jsoup.parse(refused).select(".govuk-error-summary__list a").eachText())
			.containsExactly("Select a person who is a party to this case");
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder pay(long penaltyId, LocalDate on,
			String amount) {
		return post("/staff/cases/" + matter.caseId() + "/enforcement/penalties/" + penaltyId + "/payment")
			.param("outcome", "PAID").param("paidOn", UkDates.day(on)).param("amount", amount);
	}

	private String status(long penaltyId) {
		return jdbc.sql("select status from enforcement_penalty where id = ?").param(penaltyId).query(String.class).single();
	}

	private static LocalDate today() {
		return LocalDate.now(UkTime.ZONE);
	}

}
