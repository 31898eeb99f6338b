package org.safercommunities.enforcement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safercommunities.cases.CaseTestData;
import org.safercommunities.enforcement.EnforcementTestData.CaseWithPerson;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.shared.IndicatorCounts;
import org.safercommunities.shared.IndicatorCounts.Months;
import org.safercommunities.shared.Role;
import org.safercommunities.shared.UkDates;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.PdfChecks;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safercommunities.enforcement.EnforcementTestData.formAgain;
import static org.safercommunities.enforcement.EnforcementTestData.page;
import static org.safercommunities.enforcement.EnforcementTestData.penalty;
import static org.safercommunities.enforcement.EnforcementTestData.redirect;
import static org.safercommunities.enforcement.EnforcementTestData.tool;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the second part of issue 15 added, through the pages: withdrawing and correcting a tool (a withdrawn warning
 * counts for neither the chain nor Fig. 3 nor the dashboard), the court bundle PDF with professional witnesses
 * redacted, the ward figures, and the administrators' lists (a tariff changed after issue leaves the notice alone).
 */
@IntegrationTest
class EnforcementChangesIntegrationTests {

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

	Organisation council;

	Cookie officer;

	Cookie admin;

	CaseWithPerson matter;

	@BeforeEach
	void aCaseWithAPerpetrator() throws Exception {
		council = data.anOrganisation();
		officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER, council).getEmail());
		admin = SignIn.as(mvc, data.aStaffUser(Role.ADMIN, council).getEmail());
		matter = EnforcementTestData.caseWithPerpetrator(mvc, officer, jdbc, "Withdrawn");
	}

	@Test
	void aWithdrawnWarningCountsForNeitherTheNoticeCheckNorFig3NorTheDashboard() throws Exception {
		LocalDate served = LocalDate.of(2019, 5, 6);
		long warning = tool(mvc, officer, matter.caseId(), "CPW", matter.personId(), served);
		assertThat(figures.toolsAndPowers(served, served, council.getId()).get(ToolKind.CPW)).isEqualTo(1);
		assertThat(wardWarnings(served)).as("the case's ward has the warning").isEqualTo(1);
		for (String indicator : List.of("enforcement-warnings", "enforcement-notices", "enforcement-penalties")) {
			String disposition = mvc.perform(get("/staff/dashboard/" + indicator + ".csv").param("area", CaseTestData.WARD)
				.cookie(officer)).andReturn().getResponse().getHeader("Content-Disposition");
			assertThat(disposition).as(indicator + " is offered by ward").contains(indicator + "-" + CaseTestData.WARD + ".csv");
		}

		Document empty = Jsoup.parse(formAgain(mvc, post(changeOf(warning, "withdraw")), officer));
		assertThat(empty.select(".govuk-error-summary__list a").eachText()).containsExactly("Enter why it is withdrawn");
		redirect(mvc, post(changeOf(warning, "withdraw")).param("reason", "Served on the wrong neighbour"), officer);

		assertThat(figures.toolsAndPowers(served, served, council.getId()).get(ToolKind.CPW)).as("Fig. 3").isZero();
		assertThat(wardWarnings(served)).as("the dashboard's count").isZero();
		Document register = Jsoup.parse(page(mvc, "/staff/cases/" + matter.caseId() + "/enforcement", officer));
		assertThat(register.select("#tool-" + warning).text()).contains("Withdrawn: Served on the wrong neighbour");
		assertThat(register.select("#withdraw-" + warning)).as("withdrawn once").isEmpty();
		assertThat(mvc.perform(get(changeOf(warning, "withdraw")).cookie(officer)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(page(mvc, "/staff/cases/" + matter.caseId(), officer))
			.contains("Community Protection Warning served on 6 May 2019 withdrawn: Served on the wrong neighbour");

		String refused = formAgain(mvc, post("/staff/cases/" + matter.caseId() + "/enforcement/tools").param("kind", "CPN")
			.param("recipient", String.valueOf(matter.personId())).param("issuedOn", "1 6 2019")
			.param("conditions", "Stop"), officer);
		assertThat(Jsoup.parse(refused).select(".govuk-error-summary__list a").eachText())
			.as("the withdrawn warning is no warning").containsExactly("No Community Protection Warning to this "
					+ "recipient is on the case: enter the reason for serving a notice with no earlier warning");
		assertThat(jdbc.sql("select withdrawn_reason from enforcement_action where id = ?").param(warning)
			.query(String.class).single()).as("encrypted at rest").doesNotContain("neighbour");
	}

	@Test
	void aCorrectionChangesWhatTheToolSaysWithItsReasonOnTheTimeline() throws Exception {
		long warning = tool(mvc, officer, matter.caseId(), "CPW", matter.personId(), LocalDate.of(2019, 7, 1));
		Document form = Jsoup.parse(page(mvc, changeOf(warning, "correct"), officer));
		assertThat(form.select("#conditions").text()).isEqualTo("Stop playing loud music after 11pm");
		Document refused = Jsoup.parse(formAgain(mvc, post(changeOf(warning, "correct"))
			.param("conditions", "No music after 10pm").param("complianceOn", "30 6 2019"), officer));
		assertThat(refused.select(".govuk-error-summary__list a").eachText()).containsExactly("Enter why it is corrected");
		assertThat(refused.select("#conditions").text()).as("nothing typed is lost").isEqualTo("No music after 10pm");
		Document early = Jsoup.parse(formAgain(mvc, post(changeOf(warning, "correct")).param("conditions", "No music")
			.param("complianceOn", "30 6 2019").param("reason", "Typo"), officer));
		assertThat(early.select(".govuk-error-summary__list a").eachText())
			.containsExactly("The date to comply by must be on or after the date served");
		redirect(mvc, post(changeOf(warning, "correct")).param("conditions", "No music after 10pm")
			.param("complianceOn", "1 8 2019").param("reason", "The hour was mistyped"), officer);
		Document register = Jsoup.parse(page(mvc, "/staff/cases/" + matter.caseId() + "/enforcement", officer));
		assertThat(register.select("#tool-" + warning).text()).contains("No music after 10pm", "1 August 2019");
		assertThat(page(mvc, "/staff/cases/" + matter.caseId(), officer))
			.contains("Community Protection Warning served on 1 July 2019 corrected: The hour was mistyped");
	}

	@Test
	void theCourtBundlePdfRedactsAProfessionalWitness() throws Exception {
		long professional = EnforcementTestData.addParty(mvc, officer, jdbc, matter.caseId(), "Observer", "WITNESS");
		long neighbour = EnforcementTestData.addParty(mvc, officer, jdbc, matter.caseId(), "Neighbour", "WITNESS");
		long notice = tool(mvc, officer, matter.caseId(), "CPN", matter.personId(), LocalDate.of(2024, 3, 1),
				"noWarningReason", "Immediate risk");
		tool(mvc, officer, matter.caseId(), "CPN_BREACH", matter.personId(), LocalDate.of(2024, 3, 20), "breachOf",
				String.valueOf(notice));
		penalty(mvc, officer, matter.caseId(), "CST08", matter.personId(), LocalDate.of(2024, 3, 21), "breachOf",
				String.valueOf(notice));
		redirect(mvc, post("/staff/cases/" + matter.caseId() + "/enforcement/evidence").param("kind", "BODY_WORN_CAMERA")
			.param("reference", "BWV 9921").param("witness", String.valueOf(professional))
			.param("professionalWitness", "true"), officer);
		redirect(mvc, post("/staff/cases/" + matter.caseId() + "/enforcement/evidence").param("kind", "CCTV")
			.param("reference", "CCTV camera 7").param("witness", String.valueOf(neighbour)), officer);

		MvcResult result = mvc.perform(get("/staff/cases/" + matter.caseId() + "/enforcement/bundle.pdf").cookie(officer))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
		byte[] pdf = result.getResponse().getContentAsByteArray();
		PdfChecks.keep(pdf, "enforcement-bundle.pdf");
		String reference = jdbc.sql("select reference from case_file where id = ?").param(matter.caseId())
			.query(String.class).single();
		PdfChecks.assertTaggedAndTitled(pdf, "Enforcement record, case " + reference);
		String text = PdfChecks.text(pdf).replaceAll("\\s+", " ");
		assertThat(text).contains("Tools and powers", "Community Protection Notice", "Breaches",
				"Breach of a Community Protection Notice", "Fixed penalty notice CST08", "Sam Withdrawn", "BWV 9921",
				"Professional witness (identity withheld)", "Sam Neighbour", "CCTV camera 7");
		assertThat(text).as("the professional witness is not named anywhere in the PDF").doesNotContain("Observer");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ENFORCEMENT_BUNDLE_EXPORTED' and record_id = ?")
			.param(String.valueOf(matter.caseId())).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aTariffChangedAfterANoticeWasIssuedLeavesTheNoticeAsIssued() throws Exception {
		Document lists = Jsoup.parse(page(mvc, "/staff/admin/enforcement", admin));
		assertThat(lists.select("#offence-codes tbody tr")).hasSizeGreaterThanOrEqualTo(18);
		assertThat(lists.select("#tariffs").text()).contains("Every other offence", "£100.00", "£70.00 (30% off) within 14 days");

		Document overlap = Jsoup.parse(formAgain(mvc, post("/staff/admin/enforcement/tariffs/new").param("offenceCode", "")
			.param("validFrom", "1 1 2019").param("amount", "120").param("earlyReductionPercent", "30")
			.param("earlyDays", "14").param("payDays", "28"), admin));
		assertThat(overlap.select(".govuk-error-summary__list a").eachText()).containsExactly(
				"This period overlaps the tariff for the same offences valid 1 January 2022 to …");
		Document bad = Jsoup.parse(formAgain(mvc, post("/staff/admin/enforcement/tariffs/new").param("offenceCode", "CST17")
			.param("validFrom", "1 1 2019").param("validTo", "31 12 2019").param("amount", "-5")
			.param("earlyReductionPercent", "120").param("earlyDays", "10").param("payDays", "28"), admin));
		assertThat(bad.select(".govuk-error-summary__list a").eachText()).containsExactly(
				"The amount cannot be negative", "The early-payment reduction cannot be more than 100%");
		assertThat(bad.select("#amount").val()).as("what was typed is kept").isEqualTo("-5");

		redirect(mvc, post("/staff/admin/enforcement/tariffs/new").param("offenceCode", "CST17").param("validFrom", "1 1 2019")
			.param("validTo", "31 12 2019").param("amount", "150").param("earlyReductionPercent", "20")
			.param("earlyDays", "10").param("payDays", "28"), admin);
		long fpn = penalty(mvc, officer, matter.caseId(), "CST17", matter.personId(), LocalDate.of(2019, 9, 2));
		assertThat(amounts(fpn)).as("the new tariff's price").containsExactly(15000L, 12000L);

		long tariff = jdbc.sql("select id from enforcement_tariff where offence_code = 'CST17' and valid_from = ?")
			.param(LocalDate.of(2019, 1, 1)).query(Long.class).single();
		redirect(mvc, post("/staff/admin/enforcement/tariffs/" + tariff).param("offenceCode", "CST17")
			.param("validFrom", "1 1 2019").param("validTo", "31 12 2019").param("amount", "200")
			.param("earlyReductionPercent", "50").param("earlyDays", "10").param("payDays", "28"), admin);
		assertThat(amounts(fpn)).as("the notice keeps what it was issued with").containsExactly(15000L, 12000L);
		long later = penalty(mvc, officer, matter.caseId(), "CST17", matter.personId(), LocalDate.of(2019, 9, 3));
		assertThat(amounts(later)).as("a notice issued since: the changed tariff").containsExactly(20000L, 10000L);
		assertThat(jdbc.sql("select count(*) from audit_entry where action in ('ENFORCEMENT_TARIFF_ADDED', "
				+ "'ENFORCEMENT_TARIFF_CHANGED')").query(Long.class).single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void aClosureIsHeldToTheRuleInForceOnTheDayItIsServed() throws Exception {
		redirect(mvc, post("/staff/admin/enforcement/closure-rules/new").param("validFrom", "1 1 2015")
			.param("noticeHours", "12").param("noticeExtendedHours", "24").param("orderMonths", "2")
			.param("orderExtendedMonths", "4"), admin);
		redirect(mvc, post("/staff/admin/enforcement/closure-rules/new").param("validFrom", "1 6 2015")
			.param("noticeHours", "24").param("noticeExtendedHours", "48").param("orderMonths", "3")
			.param("orderExtendedMonths", "6"), admin);
		Document taken = Jsoup.parse(formAgain(mvc, post("/staff/admin/enforcement/closure-rules/new")
			.param("validFrom", "1 6 2015").param("noticeHours", "24").param("noticeExtendedHours", "12")
			.param("orderMonths", "3").param("orderExtendedMonths", "6"), admin));
		assertThat(taken.select(".govuk-error-summary__list a").eachText()).containsExactly(
				"A rule from that day is already held", "The extended limit cannot be less than the limit");

		String tooLong = formAgain(mvc, post("/staff/cases/" + matter.caseId() + "/enforcement/tools")
			.param("kind", "CLOSURE_NOTICE").param("premises", "Flat 9, 3 Hill Road").param("issuedOn", "2 3 2015")
			.param("duration", "20"), officer);
		assertThat(Jsoup.parse(tooLong).select(".govuk-error-summary__list a").eachText())
			.containsExactly("A closure notice lasts from 1 to 12 hours");
		tool(mvc, officer, matter.caseId(), "CLOSURE_NOTICE", null, LocalDate.of(2015, 6, 2), "premises",
				"Flat 9, 3 Hill Road", "duration", "20");
	}

	@Test
	void administratorsKeepThePsposAndOffenceCodes() throws Exception {
		Document hf = Jsoup.parse(page(mvc, "/staff/admin/enforcement/pspos/2", admin));
		assertThat(hf.select("#madeOn").val()).as("the seed gives no dates").isEmpty();
		assertThat(hf.select("#conditions").text()).contains("harassment, alarm, or distress in a public space");
		Document barnet = Jsoup.parse(page(mvc, "/staff/admin/enforcement/pspos/1", admin));
		assertThat(barnet.select("#madeOn").val()).isEqualTo(UkDates.day(LocalDate.of(2022, 12, 1)));
		assertThat(barnet.select("#expiresOn").val()).isEqualTo(UkDates.day(LocalDate.of(2025, 11, 30)));
		assertThat(barnet.select("#conditions").text().split("\n")).hasSize(11);

		Document refused = Jsoup.parse(formAgain(mvc, post("/staff/admin/enforcement/pspos/new").param("name", "Town centre")
			.param("authority", "London Borough of Barnet").param("area", "Chipping Barnet town centre")
			.param("madeOn", "1 1 2026").param("expiresOn", "1 1 2025").param("active", "true"), admin));
		assertThat(refused.select(".govuk-error-summary__list a").eachText()).containsExactly(
				"The day it ends must be after the day it was made", "Enter the order's conditions, one a line");
		redirect(mvc, post("/staff/admin/enforcement/pspos/new").param("name", "Town centre PSPO")
			.param("authority", "London Borough of Barnet").param("area", "Chipping Barnet town centre")
			.param("madeOn", "1 1 2019").param("expiresOn", "31 12 2021").param("active", "true")
			.param("conditions", "No street drinking\nNo amplified music without a licence"), admin);
		long condition = jdbc.sql("select c.id from enforcement_pspo_condition c join enforcement_pspo o on o.id = c.pspo_id "
				+ "where o.name = 'Town centre PSPO' and c.number = 2").query(Long.class).single();
		tool(mvc, officer, matter.caseId(), "PSPO_BREACH", matter.personId(), LocalDate.of(2020, 2, 1), "pspoCondition",
				String.valueOf(condition));
		long pspo = jdbc.sql("select pspo_id from enforcement_pspo_condition where id = ?").param(condition)
			.query(Long.class).single();
		Document inUse = Jsoup.parse(formAgain(mvc, post("/staff/admin/enforcement/pspos/" + pspo)
			.param("name", "Town centre PSPO").param("authority", "London Borough of Barnet")
			.param("area", "Chipping Barnet town centre").param("madeOn", "1 1 2019").param("expiresOn", "31 12 2021")
			.param("active", "true").param("conditions", "No street drinking"), admin));
		assertThat(inUse.select(".govuk-error-summary__list a").eachText())
			.containsExactly("Breaches or notices name condition 2: keep at least 2 conditions");

		redirect(mvc, post("/staff/admin/enforcement/offence-codes/new").param("code", "CST18")
			.param("offence", "Town and Country Planning Act 1990, Section 224 Fly Posting"), admin);
		Document code = Jsoup.parse(formAgain(mvc, post("/staff/admin/enforcement/offence-codes/new").param("code", "CST18")
			.param("offence", "Again"), admin));
		assertThat(code.select(".govuk-error-summary__list a").eachText()).containsExactly("Offence code CST18 is already on the list");
		assertThat(Jsoup.parse(page(mvc, "/staff/cases/" + matter.caseId() + "/enforcement/penalties", officer))
			.select("#offenceCode option[value=CST18]")).as("offered to officers").hasSize(1);
		redirect(mvc, post("/staff/admin/enforcement/offence-codes/CST18").param("offence", "Fly posting")
			.param("_active", "on"), admin);
		assertThat(Jsoup.parse(page(mvc, "/staff/cases/" + matter.caseId() + "/enforcement/penalties", officer))
			.select("#offenceCode option[value=CST18]")).as("retired: no longer offered").isEmpty();
	}

	private long wardWarnings(LocalDate served) {
		List<IndicatorCounts.Count> monthly = new ArrayList<>();
		counts.countMonths(new Months(YearMonth.from(served), YearMonth.from(served)), monthly::add);
		return monthly.stream()
			.filter(count -> count.measure().equals("CPW") && count.level() == IndicatorCounts.Level.WARD
					&& CaseTestData.WARD.equals(count.area()))
			.mapToLong(IndicatorCounts.Count::count).sum();
	}

	private List<Long> amounts(long penaltyId) {
		return jdbc.sql("select amount_pence, early_amount_pence from enforcement_penalty where id = ?").param(penaltyId)
			.query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single();
	}

	private String changeOf(long toolId, String what) {
		return "/staff/cases/" + matter.caseId() + "/enforcement/tools/" + toolId + "/" + what;
	}

}
