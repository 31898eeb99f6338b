package org.safercommunities.reporting;

import jakarta.servlet.http.Cookie;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Assisted reports, the inbox by role and organisation, triage, and what the police see. */
@IntegrationTest
class StaffReportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	ReportRepository reports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	Organisation centreA;

	Organisation centreB;

	Cookie workerA;

	Cookie workerB;

	Cookie officer;

	Cookie police;

	@BeforeEach
	void staff() throws Exception {
		centreA = data.anOrganisation();
		centreB = data.anOrganisation();
		workerA = SignIn.as(mvc, data.aStaffUser(Role.CENTRE_WORKER, centreA).getEmail());
		workerB = SignIn.as(mvc, data.aStaffUser(Role.CENTRE_WORKER, centreB).getEmail());
		officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER).getEmail());
		police = SignIn.as(mvc, data.aStaffUser(Role.POLICE).getEmail());
	}

	@Test
	void aCentreWorkerTakesAReportForTheirOwnCentreAndSeesOnlyTheirCentresReports() throws Exception {
		long mine = assisted(workerA, "NO", "YES", "NO");
		long theirs = assisted(workerB, "NO", "YES", "NO");

		transactions.executeWithoutResult(status -> {
			Report report = reports.findById(mine).orElseThrow();
			assertThat(report.getCentreOrganisationId()).isEqualTo(centreA.getId());
			assertThat(report.getChannel()).isEqualTo(ReportCodes.Channel.IN_PERSON);
			assertThat(report.getConsentEvents()).allSatisfy(event -> assertThat(event.getRecordedBy()).startsWith("staff:"));
		});
		String list = body(get("/staff/reports"), workerA);
		assertThat(list).contains(reference(mine)).doesNotContain(reference(theirs));
		assertThat(status(get("/staff/reports/" + theirs), workerA)).isEqualTo(403);
		assertThat(body(get("/staff/reports/" + mine), workerA)).contains("Tariq Witness");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'REPORT_VIEWED' and record_id = ?")
			.param(String.valueOf(mine)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void theAssistedFormNamesWhatIsMissingAndKeepsWhatWasTyped() throws Exception {
		String page = body(post("/staff/assisted-report").with(csrf()).param("whatHappened", "Typed account"), workerA);

		assertThat(page).contains("<a href=\"#channel\">Select how the report came in</a>",
				"<a href=\"#emergency\">Select yes if anyone is hurt or in danger now</a>", "Typed account</textarea>");
	}

	@Test
	void thePoliceSeeOnlySharedReportsAndANameOnlyWhereConsented() throws Exception {
		long anonymousToPolice = assisted(workerA, "YES", "YES", "NO");
		long namedToPolice = assisted(workerA, "YES", "YES", "YES");

		assertThat(status(get("/staff/reports/" + anonymousToPolice), police)).isEqualTo(403);
		assertThat(body(get("/staff/reports"), police)).doesNotContain(reference(anonymousToPolice));

		share(anonymousToPolice, null);
		share(namedToPolice, null);

		String withheld = body(get("/staff/reports/" + anonymousToPolice), police);
		assertThat(withheld).contains("A group followed her home", "Withheld").doesNotContain("Tariq Witness",
				"tariq@example.org");
		assertThat(body(get("/staff/reports/" + namedToPolice), police)).contains("Tariq Witness", "tariq@example.org");
		assertThat(body(get("/staff/reports"), police)).contains(reference(anonymousToPolice), reference(namedToPolice));

		assertThat(status(post("/staff/reports/" + namedToPolice + "/police-reference").with(csrf())
			.param("policeReference", "CAD 1234/21NOV"), police)).isEqualTo(302);
		assertThat(status(post("/staff/reports/" + namedToPolice + "/classify").with(csrf())
			.param("classification", "HATE_CRIME"), police)).isEqualTo(403);
		transactions.executeWithoutResult(
				status -> assertThat(reports.findById(namedToPolice).orElseThrow().getPoliceReference()).isEqualTo("CAD 1234/21NOV"));
	}

	@Test
	void aCentreWorkerWhoIsAlsoAPoliceUserSeesAnotherCentresSharedReportAsThePoliceDo() throws Exception {
		Cookie workerAndPolice = SignIn.as(mvc, data.aStaffUser(centreA, Role.CENTRE_WORKER, Role.POLICE).getEmail());
		long own = assisted(workerA, "YES", "YES", "NO");
		long anotherCentres = assisted(workerB, "YES", "YES", "NO");
		long notShared = assisted(workerB, "YES", "YES", "NO");
		share(anotherCentres, null);

		assertThat(body(get("/staff/reports"), workerAndPolice)).contains(reference(own), reference(anotherCentres))
			.doesNotContain(reference(notShared));
		assertThat(body(get("/staff/reports/" + own), workerAndPolice)).contains("Tariq Witness");
		assertThat(body(get("/staff/reports/" + anotherCentres), workerAndPolice))
			.contains("A group followed her home", "Withheld").doesNotContain("Tariq Witness", "tariq@example.org");
		assertThat(status(get("/staff/reports/" + notShared), workerAndPolice)).isEqualTo(403);
	}

	@Test
	void withoutConsentSharingNeedsASeriousHarmReasonWhichIsKept() throws Exception {
		long noConsent = assisted(workerA, "NO", "YES", "NO");

		assertThat(redirect(post("/staff/reports/" + noConsent + "/share").with(csrf()), officer)).endsWith("#share");
		assertThat(reports.findById(noConsent).orElseThrow().getSharedWithPoliceAt()).isNull();

		share(noConsent, "Threats to burn the family's home; children in the house.");
		transactions.executeWithoutResult(status -> assertThat(reports.findById(noConsent).orElseThrow().getConsentEvents())
			.extracting(ConsentEvent::getKind).contains(ConsentEvent.Kind.OVERRIDDEN));
	}

	@Test
	void onlyOfficersShareAndEveryOtherRoleIsAnswered403NotSentBackToTheForm() throws Exception {
		long consented = assisted(workerA, "YES", "YES", "NO");

		assertThat(status(post("/staff/reports/" + consented + "/share").with(csrf()), workerA)).isEqualTo(403);
		assertThat(status(post("/staff/reports/" + consented + "/share").with(csrf()), police)).isEqualTo(403);
		assertThat(reports.findById(consented).orElseThrow().getSharedWithPoliceAt()).isNull();
		assertThat(refusalsOf(consented)).isEqualTo(2);
	}

	@Test
	void everyRefusedOpeningOfAReportIsAuditedWithoutPersonalData() throws Exception {
		long theirs = assisted(workerB, "NO", "YES", "NO");

		assertThat(status(get("/staff/reports/" + theirs), workerA)).isEqualTo(403);
		assertThat(status(get("/staff/reports/" + theirs + "/evidence/1"), police)).isEqualTo(403);

		assertThat(refusalsOf(theirs)).isEqualTo(2);
		assertThat(jdbc.sql("select reason from audit_entry where action = 'ACCESS_REFUSED' and record_id = ?")
			.param(String.valueOf(theirs)).query(String.class).list())
			.containsExactlyInAnyOrder("GET /staff/reports/" + theirs + " (OTHER_ORGANISATION)",
					"GET /staff/reports/" + theirs + "/evidence/1 (NOT_SHARED)")
			.allSatisfy(reason -> assertThat(reason).doesNotContain("Tariq", "tariq@example.org"));
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'REPORT_VIEWED' and record_id = ?")
			.param(String.valueOf(theirs)).query(Long.class).single()).isZero();
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void aReportWhoseDataCannotBeDecryptedIsListedAsUnreadableAndTheOthersAsUsual(CapturedOutput output)
			throws Exception {
		long readable = assisted(workerA, "NO", "YES", "NO");
		long damaged = assisted(workerA, "NO", "YES", "NO");
		String readableReference = reference(readable);
		String damagedReference = reference(damaged);
		String stored = jdbc.sql("select what_happened from hate_report where id = ?").param(damaged)
			.query(String.class).single();
		jdbc.sql("update hate_report set what_happened = ? where id = ?").params(corrupted(stored), damaged).update();
		try {
			for (Cookie who : List.of(officer, workerA)) {
				var response = mvc.perform(get("/staff/reports").cookie(who)).andReturn().getResponse();
				assertThat(response.getStatus()).isEqualTo(200);
				Document page = Jsoup.parse(response.getContentAsString());
				Element damagedRow = page.select("#reports tr:contains(" + damagedReference + ")").first();
				assertThat(damagedRow).isNotNull();
				assertThat(damagedRow.text()).contains("This report cannot be read");
				assertThat(damagedRow.select("a")).isEmpty();
				assertThat(page.select("#reports a[href=/staff/reports/" + readable + "]").text())
					.isEqualTo(readableReference);
				assertThat(page.select("#reports tr:contains(" + readableReference + ")").text())
					.doesNotContain("This report cannot be read");
			}
			var opened = mvc.perform(get("/staff/reports/" + damaged).cookie(officer)).andReturn();
			assertThat(opened.getResponse().getStatus()).as("opening the damaged report").isEqualTo(500);
			assertThat(opened.getResponse().getErrorMessage()).isNull();
			assertThat(opened.getRequest().getAttribute("org.safercommunities.system.ErrorPages.kind")).isEqualTo("unreadable");
			assertThat(output.getAll()).contains("Report " + damaged + " cannot be decrypted")
				.contains("/staff/reports/" + damaged + " cannot be decrypted with the configured key")
				.doesNotContain(stored, "A group followed her home", "Tariq Witness", "tariq@example.org");
		}
		finally {
			// Other tests share the database: the report is put back as it was.
			jdbc.sql("update hate_report set what_happened = ? where id = ?").params(stored, damaged).update();
		}
	}

	/** The ciphertext with one character changed: still Base64, but it fails GCM's authentication. */
	private static String corrupted(String ciphertext) {
		int middle = ciphertext.length() / 2;
		char replacement = ciphertext.charAt(middle) == 'A' ? 'B' : 'A';
		return ciphertext.substring(0, middle) + replacement + ciphertext.substring(middle + 1);
	}

	@Test
	void aRefusedTriageComesBackToTheReportAsTypedWithTheSummaryLinkingToTheFieldAtFault() throws Exception {
		long id = assisted(workerA, "NO", "YES", "NO");

		var refused = mvc.perform(post("/staff/reports/" + id + "/classify").with(csrf()).cookie(officer)
			.param("classification", "NON_CRIME_HATE_INCIDENT").param("keepSubjectData", "YES")
			.param("redactedAccount", "Typed by the officer")).andReturn();
		assertThat(refused.getResponse().getRedirectedUrl()).endsWith("#classify");
		Document page = Jsoup.parse(mvc.perform(get("/staff/reports/" + id).cookie(officer)
			.flashAttrs(refused.getFlashMap())).andReturn().getResponse().getContentAsString());

		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary a[href=#justification]").text())
			.isEqualTo("Enter the justification for keeping the subject’s personal data");
		assertThat(page.select("#justification-error").text()).contains("Enter the justification");
		assertThat(page.select("#classification-nchi").hasAttr("checked")).as("the choice is kept").isTrue();
		assertThat(page.select("#keepSubjectData").hasAttr("checked")).isTrue();
		assertThat(page.select("#redactedAccount").text()).isEqualTo("Typed by the officer");
	}

	private long refusalsOf(long reportId) {
		return jdbc.sql("select count(*) from audit_entry where action = 'ACCESS_REFUSED' and record_type = 'hate_report' and record_id = ?")
			.param(String.valueOf(reportId)).query(Long.class).single();
	}

	@Test
	void aNonCrimeHateIncidentKeepsTheSubjectsDataOnlyWithAJustification() throws Exception {
		long id = assisted(workerA, "NO", "YES", "NO");

		assertThat(redirect(post("/staff/reports/" + id + "/classify").with(csrf())
			.param("classification", "NON_CRIME_HATE_INCIDENT").param("keepSubjectData", "YES"), officer)).endsWith("#classify");
		redirect(post("/staff/reports/" + id + "/classify").with(csrf()).param("classification", "NON_CRIME_HATE_INCIDENT")
			.param("keepSubjectData", "NO").param("redactedAccount", "A group followed a woman home."), officer);

		transactions.executeWithoutResult(status -> {
			Report report = reports.findById(id).orElseThrow();
			assertThat(report.getClassification()).isEqualTo(ReportCodes.Classification.NON_CRIME_HATE_INCIDENT);
			assertThat(report.getNchiKeepPersonalData()).isFalse();
			assertThat(report.getWhatHappened()).isEqualTo("A group followed a woman home.");
			assertThat(report.getStatus()).isEqualTo(ReportCodes.Status.TRIAGED);
		});
		assertThat(status(post("/staff/reports/" + id + "/classify").with(csrf()).param("classification", "HATE_CRIME"),
				workerA)).isEqualTo(403);
	}

	@Test
	void reportsOfTheSamePlaceStrandAndDayAreSuggestedAsDuplicatesWithTheReason() throws Exception {
		long first = assisted(workerA, "NO", "YES", "NO");
		long second = assisted(workerB, "NO", "YES", "NO");

		String page = body(get("/staff/reports/" + second), officer);
		assertThat(page).contains(reference(first), "Same ward, same strand (Disability), 0 day(s) apart");

		redirect(post("/staff/reports/" + second + "/duplicate").with(csrf()).param("duplicateOf", String.valueOf(first))
			.param("reason", reference(first) + ": same incident"), officer);
		assertThat(reports.findById(second).orElseThrow().getDuplicateOfId()).isEqualTo(first);
	}

	@Test
	void theInboxFiltersAndCounts() throws Exception {
		long id = assisted(workerA, "NO", "YES", "NO");

		String filtered = body(get("/staff/reports").param("strand", "DISABILITY").param("centre", centreA.getId().toString()),
				officer);
		assertThat(filtered).contains(reference(id)).containsPattern("Disability \\(\\d+\\)");
		assertThat(body(get("/staff/reports").param("strand", "RACE").param("centre", centreA.getId().toString()), officer))
			.doesNotContain(reference(id));
	}

	@Test
	void eachFilterCountIsTheNumberOfListedReportsThatMatchIt() throws Exception {
		assisted(workerA, "NO", "YES", "NO");
		assisted(workerA, "YES", "YES", "NO");
		assisted(workerB, "NO", "YES", "NO");

		Document workersList = Jsoup.parse(body(get("/staff/reports"), workerA));
		assertThat(listed(workersList)).as("centre A's reports").isEqualTo(2);
		assertThat(countShown(workersList, "strand", "DISABILITY")).as("strand every listed report has").isEqualTo(2);
		assertThat(countShown(workersList, "classification", "UNCLASSIFIED")).as("Not yet classified").isEqualTo(2);
		assertCountsMatchTheListedRows(workerA);
		assertCountsMatchTheListedRows(officer);
	}

	/** For every option of every filter, the count beside it is the number of rows listed with that filter on. */
	private void assertCountsMatchTheListedRows(Cookie who) throws Exception {
		Document unfiltered = Jsoup.parse(body(get("/staff/reports"), who));
		int total = listed(unfiltered);
		for (String filter : List.of("strand", "ward", "channel", "centre", "classification")) {
			long sum = 0;
			for (Element option : unfiltered.select("select#" + filter + " option[value~=.]")) {
				String value = option.attr("value");
				int shown = countIn(option);
				int rows = listed(Jsoup.parse(body(get("/staff/reports").param(filter, value), who)));
				assertThat(shown).as("count beside %s=%s (%s) against the rows listed", filter, value, option.text())
					.isEqualTo(rows);
				sum += shown;
			}
			if (!"strand".equals(filter)) {
				// Every report has exactly one ward (or none), channel, centre (or none) and classification.
				assertThat(sum).as("sum of the %s counts", filter).isLessThanOrEqualTo(total);
			}
		}
	}

	private static int listed(Document page) {
		return page.select("table#reports tbody tr").size();
	}

	private static int countShown(Document page, String filter, String value) {
		return countIn(page.selectFirst("select#" + filter + " option[value=" + value + "]"));
	}

	private static int countIn(Element option) {
		Matcher count = Pattern.compile("\\((\\d+)\\)$").matcher(option.text());
		assertThat(count.find()).as("a count at the end of option " + option.text()).isTrue();
		return Integer.parseInt(count.group(1));
	}

	private long assisted(Cookie who, String policeConsent, String giveDetails, String identityToPolice) throws Exception {
		MockHttpServletRequestBuilder request = post("/staff/assisted-report").with(csrf())
			.param("channel", "IN_PERSON")
			.param("emergency", "NO")
			.param("reporterRole", "WITNESS")
			.param("incidentTypes", "HARASSMENT")
			.param("whatHappened", "A group followed her home shouting about her wheelchair.")
			.param("whenKind", "ONGOING")
			.param("locationDescription", "Edgware Road")
			.param("wardCode", "E05013637")
			.param("happenedBefore", "YES")
			.param("strands", "DISABILITY")
			.param("policeConsent", policeConsent)
			.param("giveDetails", giveDetails)
			.param("name", "Tariq Witness")
			.param("email", "tariq@example.org")
			.param("identityToPolice", identityToPolice)
			.param("safeToContact", "YES")
			.param("contactMethods", "EMAIL")
			.param("supportWanted", "NO");
		if ("NO".equals(policeConsent)) {
			request.param("notReportingReasons", "SUPPORT_ONLY");
		}
		var result = mvc.perform(request.cookie(who)).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as(result.getResponse().getContentAsString())
			.isEqualTo("/staff/assisted-report/done");
		return ((ReportSubmission.Submitted) result.getFlashMap().get("sent")).reportId();
	}

	private void share(long id, String reason) throws Exception {
		MockHttpServletRequestBuilder request = post("/staff/reports/" + id + "/share").with(csrf());
		if (reason != null) {
			request.param("overrideReason", reason);
		}
		assertThat(redirect(request, officer)).isEqualTo("/staff/reports/" + id);
	}

	private String reference(long id) {
		return reports.findById(id).orElseThrow().getReference();
	}

	private String body(MockHttpServletRequestBuilder request, Cookie who) throws Exception {
		return mvc.perform(request.cookie(who)).andReturn().getResponse().getContentAsString();
	}

	private int status(MockHttpServletRequestBuilder request, Cookie who) throws Exception {
		return mvc.perform(request.cookie(who)).andReturn().getResponse().getStatus();
	}

	private String redirect(MockHttpServletRequestBuilder request, Cookie who) throws Exception {
		return mvc.perform(request.cookie(who)).andReturn().getResponse().getRedirectedUrl();
	}

}
