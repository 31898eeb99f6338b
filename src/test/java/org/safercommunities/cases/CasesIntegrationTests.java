package org.safercommunities.cases;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.reporting.ReportTestData;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safercommunities.cases.CaseTestData.ACCOUNT;
import static org.safercommunities.cases.CaseTestData.PLACE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Cases opened from reports without retyping, the repeat-victim flag on the third report about a person, and one
 * access rule for the page, the list and the export: whole and locked shares, and other organisations refused.
 */
@IntegrationTest
class CasesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	ReportTestData reports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<IndicatorCounts> sources;

	Organisation council;

	Cookie officer;

	long officerId;

	String name;

	String email;

	@BeforeEach
	void staff() throws Exception {
		council = data.anOrganisation();
		var account = data.aStaffUser(Role.OFFICER, council);
		officerId = account.getId();
		officer = SignIn.as(mvc, account.getEmail());
		// A person of their own in each test, so repeat counts do not add up across tests.
		name = "Amira " + lettersOnly(TestData.unique("Khan"));
		email = TestData.unique("amira").replaceAll("[^a-z0-9]", "") + "@example.org";
	}

	@Test
	void aCaseOpenedFromANamedReportCarriesWhatItSaysAndTheReporterBecomesTheVictim() throws Exception {
		ReportTestData.Sent report = CaseTestData.namedReport(reports, name, email, "07700 900456");

		String form = body(get("/staff/cases/new?report=" + report.id()), officer);
		assertThat(form).as("the new case form, pre-filled from the report")
			.contains(ACCOUNT, PLACE, "Religion or beliefs", "Record " + name + " as the victim", email,
					"Bus stop outside Burnt Oak station</textarea>");
		assertThat(form.replaceAll("\\s+", " ")).as("ward and type chosen from the report")
			.contains("value=\"E05013630\" selected=\"selected\"", "value=\"HATE_CRIME\" selected=\"selected\"");

		long caseId = CaseTestData.openFrom(mvc, officer, report.id(), true);

		String page = body(get("/staff/cases/" + caseId), officer);
		assertThat(page).as("the case page").contains(ACCOUNT, PLACE, "Burnt Oak", name, "Victim", report.reference(),
				"Hate crime", "Open");
		assertThat(jdbc.sql("select role from case_party where case_id = ?").param(caseId).query(String.class).list())
			.containsExactly("VICTIM");
		assertThat(jdbc.sql("select report_id from case_report where case_id = ?").param(caseId).query(Long.class).list())
			.containsExactly(report.id());
		assertThat(jdbc.sql("select kind from case_timeline_entry where case_id = ? order by id").param(caseId)
			.query(String.class).list()).containsExactly("OPENED", "LINK", "PARTY");
		assertThat(audited("CASE_OPENED", caseId)).as("opening audited").isEqualTo(1);
		assertThat(audited("CASE_VIEWED", caseId)).as("each read of the page audited (after opening, and here)")
			.isEqualTo(2);

		assertNothingPersonalInClear(name, email, "900456", ACCOUNT, PLACE);
		awaitCaseOnReportPage(report.id(), caseId);

		String reference = jdbc.sql("select reference from case_file where id = ?").param(caseId).query(String.class)
			.single();
		assertThat(reference).matches("C-\\d{4}-\\d{6}");
		assertThat(casesOpenedThisMonth("HATE_CRIME")).as("cases opened this month, hate crime, for the dashboard")
			.isPositive();
	}

	@Test
	void aCaseFromAnAnonymousReportHasNoReporterAndHoldsNoIdentity() throws Exception {
		ReportTestData.Sent report = reports.aSubmittedReport();
		long peopleBefore = jdbc.sql("select count(*) from person").query(Long.class).single();

		String form = body(get("/staff/cases/new?report=" + report.id()), officer);
		assertThat(form).contains("Anonymous: no person is recorded", ACCOUNT).doesNotContain("as the victim");
		long caseId = CaseTestData.openFrom(mvc, officer, report.id(), false);

		assertThat(jdbc.sql("select count(*) from case_party where case_id = ?").param(caseId).query(Long.class).single())
			.as("parties of a case from an anonymous report").isZero();
		assertThat(jdbc.sql("select count(*) from person").query(Long.class).single())
			.as("people held after opening a case from an anonymous report").isEqualTo(peopleBefore);
		assertThat(body(get("/staff/cases/" + caseId), officer)).contains("No parties yet", ACCOUNT);
	}

	@Test
	void theThirdReportAboutTheSamePersonFlagsThemAsARepeatVictimOnTheCase() throws Exception {
		long caseId = CaseTestData.openFrom(mvc, officer,
				CaseTestData.namedReport(reports, name, email, "07700 900111").id(), true);
		ReportTestData.Sent second = CaseTestData.namedReport(reports, name, email, "07700 900111");
		ReportTestData.Sent third = CaseTestData.namedReport(reports, name, email, "07700 900111");

		assertThat(status(linkReport(caseId, second.reference()), officer)).isEqualTo(302);
		assertThat(body(get("/staff/cases/" + caseId), officer)).as("after the second report")
			.doesNotContain("Repeat victim");

		assertThat(status(linkReport(caseId, third.reference()), officer)).isEqualTo(302);
		assertThat(body(get("/staff/cases/" + caseId), officer)).as("after the third report")
			.contains("Repeat victim: 3 reports or cases in 12 months. Consider a CS MARAC referral.");
	}

	@Test
	void aReportIsAddedToAnExistingCaseFromTheReportsPageByTheCasesReference() throws Exception {
		long caseId = CaseTestData.openByPhone(mvc, officer);
		String reference = jdbc.sql("select reference from case_file where id = ?").param(caseId).query(String.class)
			.single();
		ReportTestData.Sent report = CaseTestData.namedReport(reports, name, email, "07700 900222");
		assertThat(body(get("/staff/reports/" + report.id()), officer)).as("the report's page offers it")
			.contains("Add to an existing case", "/staff/cases/report-links?report=" + report.id());

		String form = "/staff/cases/report-links?report=" + report.id();
		assertThat(body(post(form).with(csrf()).param("caseReference", "C-26-1"), officer))
			.contains("Enter a case reference like C-2026-000123", "value=\"C-26-1\"");
		long elsewhere = CaseTestData.openByPhone(mvc,
				SignIn.as(mvc, data.aStaffUser(Role.OFFICER, data.anOrganisation()).getEmail()));
		String theirs = jdbc.sql("select reference from case_file where id = ?").param(elsewhere)
			.query(String.class).single();
		assertThat(body(post(form).with(csrf()).param("caseReference", theirs), officer))
			.as("another organisation's case is not said to exist")
			.contains("There is no case with that reference that you work on");

		MvcResult added = mvc.perform(post(form).with(csrf()).param("caseReference", reference.toLowerCase())
			.cookie(officer)).andReturn();
		assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/staff/cases/" + caseId);
		assertThat(jdbc.sql("select report_id from case_report where case_id = ?").param(caseId).query(Long.class)
			.list()).containsExactly(report.id());
		assertThat(body(get("/staff/cases/" + caseId).flashAttrs(added.getFlashMap()), officer))
			.contains("Report linked", report.reference());
	}

	@Test
	void aLockedShareShowsOnlyNamesAndAgenciesAWholeShareReadsTheCaseAndOthersGet404() throws Exception {
		long caseId = CaseTestData.openFrom(mvc, officer,
				CaseTestData.namedReport(reports, name, email, "07700 900222").id(), true);
		Organisation victimSupport = data.anOrganisation();
		Organisation housing = data.anOrganisation();
		Organisation stranger = data.anOrganisation();
		share(caseId, victimSupport, "LOCKED");
		share(caseId, housing, "WHOLE");
		Cookie lockedPartner = SignIn.as(mvc, data.aStaffUser(Role.PARTNER, victimSupport).getEmail());
		Cookie wholePartner = SignIn.as(mvc, data.aStaffUser(Role.PARTNER, housing).getEmail());
		Cookie otherOfficer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER, stranger).getEmail());

		String locked = body(get("/staff/cases/" + caseId), lockedPartner);
		assertThat(locked).as("the locked view")
			.contains(name, council.getName(), victimSupport.getName(), housing.getName())
			.doesNotContain(ACCOUNT, "Burnt Oak", "Abuse at bus stop", "Hate crime", email, "Add a note");

		String whole = body(get("/staff/cases/" + caseId), wholePartner);
		assertThat(whole).as("a whole share, read only").contains(ACCOUNT, name, "Burnt Oak")
			.doesNotContain("Add a note", "Close the case");
		assertThat(status(post("/staff/cases/" + caseId + "/notes").with(csrf()).param("note", "Mine"), wholePartner))
			.as("a whole share cannot change the case").isEqualTo(403);

		assertThat(status(get("/staff/cases/" + caseId), otherOfficer)).as("another organisation's officer")
			.isEqualTo(404);
		assertThat(jdbc.sql("""
				select count(*) from audit_entry where action = 'ACCESS_REFUSED' and record_type = 'case_file'
				and record_id = ?""").param(String.valueOf(caseId)).query(Long.class).single())
			.as("the refusal audited").isPositive();
		assertThat(status(post("/staff/cases/" + caseId + "/notes").with(csrf()).param("note", "Mine"), otherOfficer))
			.as("another organisation's officer cannot add a note").isEqualTo(404);
	}

	@Autowired
	org.safercommunities.crypto.FieldEncryption encryption;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate batch;

	/**
	 * The list counts up to {@link CaseQuery#COUNT_LIMIT} and pages on beyond it (an exact count read every case
	 * on each page); the owner filter offers each owner once, by the name on their latest case.
	 */
	@Test
	void aLongListCountsUpToTheLimitThenSaysMoreAndStillPagesToTheEnd() throws Exception {
		Organisation busy = data.anOrganisation();
		var account = data.aStaffUser(Role.OFFICER, busy);
		var colleague = data.aStaffUser(Role.OFFICER, busy);
		Cookie busyOfficer = SignIn.as(mvc, account.getEmail());
		int cases = CaseQuery.COUNT_LIMIT + 30;
		long base = System.currentTimeMillis() % 1_000_000_000L * 10_000;
		List<Object[]> rows = new ArrayList<>();
		java.time.Instant start = java.time.Instant.parse("1999-01-01T09:00:00Z");
		for (int i = 0; i < cases; i++) {
			long owner = i % 2 == 0 ? account.getId() : colleague.getId();
			String ownerName = i == cases - 2 ? "Renamed Officer" : i % 2 == 0 ? "Old Name" : "Colleague Officer";
			rows.add(new Object[] { "C-1999-" + (base + i), encryption.encrypt(ownerName), busy.getId(), owner,
					java.sql.Timestamp.from(start.plusSeconds(i)) });
		}
		batch.batchUpdate("""
				insert into case_file (reference, type_code, title, status, opened_on, source, owner_name,
				  owning_organisation_id, owner_user_id, opened_at, version)
				values (?, 'OTHER', 'Bulk', 'OPEN', date '1999-01-01', 'PHONE', ?, ?, ?, ?, 0)""", rows);

		String first = body(get("/staff/cases"), busyOfficer);
		assertThat(first).as("the count stops at the limit").contains("More than 1,000 cases")
			.contains("Page 1<").contains("page=2").contains("C-1999-" + (base + cases - 1))
			.doesNotContain("C-1999-" + (base + cases - 26) + "<");
		assertThat(first).as("each owner once, by the name on their latest case")
			.contains(">Renamed Officer</option>", ">Colleague Officer</option>").doesNotContain(">Old Name</option>");
		String last = body(get("/staff/cases?page=42"), busyOfficer);
		assertThat(last).as("the last page, past the count").contains("Page 42<", "page=41", "C-1999-" + base + "<")
			.doesNotContain("page=43");
		String api = body(get("/staff/api/cases"), busyOfficer);
		assertThat(api).contains("\"total\":1000", "\"totalAtLeast\":true");
		String filtered = body(get("/staff/cases?owner=" + colleague.getId()), busyOfficer);
		assertThat(filtered).as("under the limit the count is exact").contains("515 cases", "Page 1 of 21");
	}

	@Test
	void theListAndTheExportShowTheCasesThePageRuleAllowsAndLockedRowsShowOnlyReferenceAndType() throws Exception {
		long caseId = CaseTestData.openFrom(mvc, officer,
				CaseTestData.namedReport(reports, name, email, "07700 900333").id(), true);
		String reference = jdbc.sql("select reference from case_file where id = ?").param(caseId).query(String.class)
			.single();
		Organisation victimSupport = data.anOrganisation();
		share(caseId, victimSupport, "LOCKED");
		Cookie lockedPartner = SignIn.as(mvc, data.aStaffUser(Role.PARTNER, victimSupport).getEmail());
		Cookie stranger = SignIn.as(mvc, data.aStaffUser(Role.OFFICER, data.anOrganisation()).getEmail());
		Cookie analyst = SignIn.as(mvc, data.aStaffUser(Role.ANALYST, council).getEmail());

		assertThat(body(get("/staff/cases?q=" + reference), officer)).contains(reference, "Test OFFICER");
		assertThat(body(get("/staff/cases?q=" + name), officer)).as("found by the victim's name").contains(reference);
		assertThat(body(get("/staff/cases?q=" + email), officer)).as("found by the victim's e-mail")
			.contains(reference);
		assertThat(body(get("/staff/cases?scope=mine"), officer)).contains(reference);
		assertThat(body(get("/staff/cases?owner=" + officerId), officer)).as("filtered by owner").contains(reference)
			.contains("<option value=\"" + officerId + "\" selected=\"selected\">Test OFFICER</option>");
		assertThat(body(get("/staff/cases?owner=" + (officerId + 1000)), officer)).doesNotContain(reference);
		assertThat(body(get("/staff/cases?type=ASB_NUISANCE&q=" + reference), officer)).as("filtered by type")
			.doesNotContain("/staff/cases/" + caseId + "\"");

		String lockedList = body(get("/staff/cases?q=" + reference), lockedPartner);
		assertThat(lockedList).contains(reference, "Hate crime", "Locked share").doesNotContain("Test OFFICER");
		String lockedCsv = body(get("/staff/cases/export.csv?q=" + reference), lockedPartner);
		assertThat(lockedCsv.lines().toList()).as("the locked partner's export").hasSize(2);
		assertThat(lockedCsv).contains(reference + ",Hate crime,,,,,,yes").doesNotContain("Test OFFICER", "Burnt Oak");

		String ownCsv = body(get("/staff/cases/export.csv?q=" + reference), officer);
		assertThat(ownCsv).contains(reference + ",Hate crime,OPEN,Burnt Oak,Test OFFICER,");

		assertThat(body(get("/staff/cases"), stranger)).doesNotContain(reference);
		assertThat(body(get("/staff/cases/export.csv"), stranger)).doesNotContain(reference);
		assertThat(status(get("/staff/cases"), analyst)).as("analysts see counts, never cases").isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'CASES_EXPORTED'").query(Long.class)
			.single()).as("exports audited").isGreaterThanOrEqualTo(3);
	}

	@Test
	void theJsonApiFollowsThePagesRuleWholeLockedOrNotFoundAndEachReadIsAudited() throws Exception {
		long caseId = CaseTestData.openFrom(mvc, officer,
				CaseTestData.namedReport(reports, name, email, "07700 900444").id(), true);
		String reference = jdbc.sql("select reference from case_file where id = ?").param(caseId).query(String.class)
			.single();
		Organisation victimSupport = data.anOrganisation();
		share(caseId, victimSupport, "LOCKED");
		Cookie lockedPartner = SignIn.as(mvc, data.aStaffUser(Role.PARTNER, victimSupport).getEmail());
		Cookie stranger = SignIn.as(mvc, data.aStaffUser(Role.OFFICER, data.anOrganisation()).getEmail());
		Cookie analyst = SignIn.as(mvc, data.aStaffUser(Role.ANALYST, council).getEmail());
		long viewsBefore = audited("CASE_VIEWED", caseId);

		MvcResult whole = mvc.perform(get("/staff/api/cases/" + caseId).cookie(officer)).andReturn();
		assertThat(whole.getResponse().getContentType()).startsWith("application/json");
		assertThat(whole.getResponse().getHeader("Cache-Control")).contains("no-store");
		assertThat(whole.getResponse().getContentAsString()).as("the whole case for its owner")
			.contains("\"reference\":\"" + reference + "\"", "\"locked\":false", ACCOUNT, name, "\"role\":\"VICTIM\"",
					"\"ward\":\"Burnt Oak\"", "\"type\":\"Hate crime\"");
		assertThat(audited("CASE_VIEWED", caseId)).as("the read audited as the page's").isEqualTo(viewsBefore + 1);

		String locked = body(get("/staff/api/cases/" + caseId), lockedPartner);
		assertThat(locked).as("a locked share: names and agencies only")
			.contains("\"locked\":true", name, council.getName(), victimSupport.getName())
			.doesNotContain(ACCOUNT, "Burnt Oak", "Abuse at bus stop", email, "timeline");
		assertThat(body(get("/staff/api/cases?q=" + reference), lockedPartner)).as("the locked partner's list")
			.contains(reference, "\"locked\":true", "\"status\":null").doesNotContain("Test OFFICER");
		assertThat(body(get("/staff/api/cases?q=" + reference), officer)).contains("\"total\":1", "Test OFFICER");

		assertThat(status(get("/staff/api/cases/" + caseId), stranger)).as("another organisation: no such case")
			.isEqualTo(404);
		assertThat(body(get("/staff/api/cases"), stranger)).doesNotContain(reference);
		assertThat(status(get("/staff/api/cases/" + caseId), analyst)).as("analysts: counts only").isEqualTo(403);
	}

	@Test
	void closingNeedsAnOutcomeAndAReasonAndEverythingGoesOnTheTimeline() throws Exception {
		long caseId = CaseTestData.openByPhone(mvc, officer);

		String missing = followed(post("/staff/cases/" + caseId + "/close").with(csrf()).param("closedOn", "tomorrow"));
		assertThat(missing).contains("Select the outcome", "Enter the reason for closing", "Enter a real date");

		assertThat(status(post("/staff/cases/" + caseId + "/status").with(csrf()).param("status", "UNDER_REVIEW"),
				officer)).isEqualTo(302);
		assertThat(status(post("/staff/cases/" + caseId + "/notes").with(csrf()).param("note", "Visited the block"),
				officer)).isEqualTo(302);
		String today = java.time.LocalDate.now(UkTime.ZONE).toString();
		assertThat(status(post("/staff/cases/" + caseId + "/close").with(csrf()).param("outcome", "RESOLVED")
			.param("closureReason", "Music stopped after the warning").param("closedOn", today), officer))
			.isEqualTo(302);
		String closed = body(get("/staff/cases/" + caseId), officer);
		assertThat(closed).contains("Closed", "Resolved", "Music stopped after the warning", "Visited the block",
				"Status changed to Under review", "Reopen the case");
		assertThat(status(post("/staff/cases/" + caseId + "/reopen").with(csrf()), officer)).isEqualTo(302);
		assertThat(jdbc.sql("select status from case_file where id = ?").param(caseId).query(String.class).single())
			.isEqualTo("OPEN");
		assertThat(jdbc.sql("select kind from case_timeline_entry where case_id = ? order by id").param(caseId)
			.query(String.class).list()).containsExactly("OPENED", "STATUS", "NOTE", "OUTCOME", "STATUS");
		assertNothingPersonalInClear("Visited the block", "Music stopped after the warning", "Loud music every night");
	}

	@Test
	void theDetailsOfACaseAreChangedWithTheRulesOfOpeningItAndTheChangeGoesOnTheTimeline() throws Exception {
		long caseId = CaseTestData.openByPhone(mvc, officer);
		String form = body(get("/staff/cases/" + caseId + "/details"), officer);
		assertThat(form).as("the form holds the case as it is").contains("Loud music every night</textarea>");

		String refused = body(post("/staff/cases/" + caseId + "/details").with(csrf()).param("typeCode", "ASB_PERSONAL")
			.param("title", " ").param("account", "Music and shouting after midnight").param("wardCode", "E05013630"),
				officer);
		assertThat(refused).as("an empty title refused, the new account kept")
			.contains("Enter a short title", "Music and shouting after midnight</textarea>");
		String retired = body(post("/staff/cases/" + caseId + "/details").with(csrf()).param("typeCode", "NO_SUCH_TYPE")
			.param("title", "Noise").param("account", "Music and shouting after midnight"), officer);
		assertThat(retired).as("a type not offered refused").contains("Select the case type");

		assertThat(status(post("/staff/cases/" + caseId + "/details").with(csrf()).param("typeCode", "ASB_PERSONAL")
			.param("title", "Noise and threats").param("account", "Music and shouting after midnight")
			.param("placeDescription", "Flat 3").param("wardCode", "E05013630"), officer)).isEqualTo(302);
		String page = body(get("/staff/cases/" + caseId), officer);
		assertThat(page).contains("Noise and threats", "Music and shouting after midnight", "Flat 3", "Burnt Oak",
				"Details of the case changed");
		assertThat(jdbc.sql("select type_code from case_file where id = ?").param(caseId).query(String.class).single())
			.isEqualTo("ASB_PERSONAL");
		assertNothingPersonalInClear("Music and shouting after midnight", "Flat 3");
	}

	@Test
	void anOfficerAddsAPartyAndIsShownWhoMayBeTheSamePersonFirst() throws Exception {
		long first = CaseTestData.openByPhone(mvc, officer);
		long second = CaseTestData.openByPhone(mvc, officer);
		MvcResult added = mvc.perform(party(first).param("choice", "NEW").cookie(officer)).andReturn();
		assertThat(added.getResponse().getRedirectedUrl()).as("a new person added").isEqualTo("/staff/cases/" + first);
		mvc.perform(get("/staff/cases/" + first).cookie(officer));

		MvcResult asked = mvc.perform(party(second).cookie(officer)).andReturn();
		assertThat(asked.getResponse().getRedirectedUrl()).endsWith("#add-party");
		String matches = body(get("/staff/cases/" + second).flashAttrs(asked.getFlashMap()), officer);
		assertThat(matches).contains("These people may be the same person", "Use " + name, "same phone number",
				"A new person");
		long personId = jdbc.sql("select person_id from case_party where case_id = ?").param(first).query(Long.class)
			.single();
		assertThat(status(party(second).param("choice", String.valueOf(personId)), officer)).isEqualTo(302);
		assertThat(jdbc.sql("select person_id from case_party where case_id = ?").param(second).query(Long.class)
			.single()).as("the chosen person, not a new one").isEqualTo(personId);
	}

	/** Digits as letters, so a unique name is still a name ("Khan-1234-5" becomes "Khanbcdef"). */
	private static String lettersOnly(String unique) {
		StringBuilder letters = new StringBuilder();
		for (char c : unique.toCharArray()) {
			if (Character.isLetter(c)) {
				letters.append(c);
			}
			else if (Character.isDigit(c)) {
				letters.append((char) ('a' + (c - '0')));
			}
		}
		return letters.toString();
	}

	private MockHttpServletRequestBuilder party(long caseId) {
		String[] parts = name.split(" ");
		return post("/staff/cases/" + caseId + "/parties").with(csrf()).param("givenName", parts[0])
			.param("familyName", parts[1]).param("phone", "07700 900999").param("partyRole", "VICTIM");
	}

	private MockHttpServletRequestBuilder linkReport(long caseId, String reference) {
		return post("/staff/cases/" + caseId + "/reports").with(csrf()).param("reportReference", reference);
	}

	private void share(long caseId, Organisation with, String level) throws Exception {
		assertThat(status(post("/staff/cases/" + caseId + "/shares").with(csrf())
			.param("organisationId", String.valueOf(with.getId())).param("level", level)
			.param("shareReason", "Joint working"), officer)).as("sharing " + level).isEqualTo(302);
	}

	private String followed(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(request.cookie(officer)).andReturn();
		String target = result.getResponse().getRedirectedUrl();
		assertThat(target).isNotNull();
		return body(get(target.replaceAll("#.*", "")).flashAttrs(result.getFlashMap()), officer);
	}

	private long audited(String action, long caseId) {
		return jdbc.sql("select count(*) from audit_entry where action = ? and record_type = 'case_file' and record_id = ?")
			.params(action, String.valueOf(caseId)).query(Long.class).single();
	}

	private long casesOpenedThisMonth(String type) {
		IndicatorCounts cases = sources.stream().filter(source -> source.source().equals("CASES")).findFirst()
			.orElseThrow(() -> new AssertionError("no CASES indicator source"));
		List<IndicatorCounts.Count> counts = new ArrayList<>();
		cases.countMonths(IndicatorCounts.Months.of(YearMonth.now(UkTime.ZONE)), counts::add);
		return counts.stream()
			.filter(count -> count.level() == IndicatorCounts.Level.BOROUGH && count.breakdown().equals(type))
			.mapToLong(IndicatorCounts.Count::count)
			.sum();
	}

	/** No case table holds any of these in clear (the text columns of each, as stored). */
	private void assertNothingPersonalInClear(String... values) {
		for (String table : List.of("case_file", "case_party", "case_report", "case_link", "case_share",
				"case_timeline_entry")) {
			String stored = String.join("\n", jdbc.sql("select * from " + table)
				.query((rs, row) -> {
					StringBuilder line = new StringBuilder();
					for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
						line.append(rs.getString(column)).append('|');
					}
					return line.toString();
				})
				.list());
			for (String value : values) {
				assertThat(stored).as(table + " holds \"" + value + "\" in clear").doesNotContain(value);
			}
		}
	}

	private void awaitCaseOnReportPage(long reportId, long caseId) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		String page = body(get("/staff/reports/" + reportId), officer);
		while (!page.contains("/staff/cases/" + caseId) && System.nanoTime() < deadline) {
			Thread.sleep(100);
			page = body(get("/staff/reports/" + reportId), officer);
		}
		assertThat(page).as("the report's page names the case opened from it")
			.contains("This report was opened as case", "/staff/cases/" + caseId);
	}

	private String body(MockHttpServletRequestBuilder request, Cookie who) throws Exception {
		MvcResult result = mvc.perform(request.cookie(who)).andReturn();
		assertThat(result.getResponse().getStatus()).as(request.toString()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	/** The answer's status; a redirect is followed as a browser would, so its message is taken from the session. */
	private int status(MockHttpServletRequestBuilder request, Cookie who) throws Exception {
		MvcResult result = mvc.perform(request.cookie(who)).andReturn();
		String target = result.getResponse().getRedirectedUrl();
		if (target != null && target.startsWith("/staff/")) {
			mvc.perform(get(target.replaceAll("#.*", "")).cookie(who));
		}
		return result.getResponse().getStatus();
	}

}
