package org.safercommunities.centres;

import org.safercommunities.shared.UkDates;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safercommunities.notifications.Mailer;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.shared.IndicatorCounts;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.Mailbox;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safercommunities.centres.CentreTestData.today;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Monthly returns: pre-filled from reports taken at the centre, completed, sent, corrected with a reason; the
 * errors of bad input; who sees what; the exports; and the reminders.
 */
@IntegrationTest
class CentreReturnsIntegrationTests {

	@RegisterExtension
	static GreenMailExtension mailbox = Mailbox.start();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CentreManagement centres;

	@Autowired
	CentreReturns returns;

	@Autowired
	CentreJobs jobs;

	@Autowired
	Mailer mailer;

	@Autowired
	List<IndicatorCounts> sources;

	YearMonth lastMonth;

	Organisation centreA;

	Organisation centreB;

	Cookie workerA;

	Cookie workerB;

	Cookie officer;

	@BeforeEach
	void centres() throws Exception {
		lastMonth = YearMonth.from(today()).minusMonths(1);
		centreA = CentreTestData.anActiveCentre(data, centres, 3, "lead-a@test.example");
		centreB = CentreTestData.anActiveCentre(data, centres, 3, "lead-b@test.example");
		workerA = SignIn.as(mvc, data.aStaffUser(Role.CENTRE_WORKER, centreA).getEmail());
		workerB = SignIn.as(mvc, data.aStaffUser(Role.CENTRE_WORKER, centreB).getEmail());
		officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER).getEmail());
	}

	@Test
	void aReturnIsPrefilledFromTheReportsTakenAtTheCentreThatMonthAndKeepsWhatTheCentreAdds() throws Exception {
		CentreTestData.aReportTakenAt(mvc, jdbc, workerA, centreA.getId(), lastMonth, "IN_PERSON", "DISABILITY", false);
		CentreTestData.aReportTakenAt(mvc, jdbc, workerA, centreA.getId(), lastMonth, "PHONE", "RACE", true);
		CentreTestData.aReportTakenAt(mvc, jdbc, workerA, centreA.getId(), lastMonth.minusMonths(1), "PHONE", "RACE", true);
		CentreTestData.aReportTakenAt(mvc, jdbc, workerB, centreB.getId(), lastMonth, "PHONE", "RACE", true);

		String form = body(get("/staff/returns/new").param("month", lastMonth.toString()), workerA);
		assertThat(form).contains("Figures for " + UkDates.month(lastMonth), "value=\"" + UkDates.month(lastMonth) + "\"",
				centreA.getName());

		long id = send(workerA, UkDates.month(lastMonth), Map.of("CHANNEL.PAPER", "1", "STRAND.DISABILITY", "1",
				"CLASSIFICATION.UNCLASSIFIED", "1"), "One paper form from the drop-in.");

		assertThat(counts(id, "IN_PRODUCT")).containsExactlyInAnyOrderEntriesOf(Map.of("CHANNEL.IN_PERSON", 1,
				"CHANNEL.PHONE", 1, "STRAND.DISABILITY", 1, "STRAND.RACE", 1, "CLASSIFICATION.UNCLASSIFIED", 2,
				"NOT_REPORTED.ALL", 1, "NOT_REPORTED_REASON.FEAR_OF_REPRISAL", 1, "NOT_REPORTED_REASON.SUPPORT_ONLY", 1));
		assertThat(counts(id, "OUTSIDE")).containsExactlyInAnyOrderEntriesOf(Map.of("CHANNEL.PAPER", 1,
				"STRAND.DISABILITY", 1, "CLASSIFICATION.UNCLASSIFIED", 1));
		assertThat(jdbc.sql("select in_product_total || '/' || outside_total || '/' || total from centre_return where id = ?")
			.param(id).query(String.class).single()).isEqualTo("2/1/3");
		assertThat(body(get("/staff/returns/" + id), workerA)).contains("3 (2 in Safer Communities, 1 outside)",
				"One paper form from the drop-in.");
	}

	@Test
	void badInputGetsAClearErrorAndNothingTypedIsLost() throws Exception {
		YearMonth next = YearMonth.from(today()).plusMonths(1);
		String future = body(sendRequest(UkDates.month(next), Map.of("CHANNEL.PAPER", "-2", "CHANNEL.PHONE", "abc"),
				"Typed comment"), workerA);
		assertThat(future).contains("<title>Error: ",
				"<a href=\"#month\">" + UkDates.month(next) + " is in the future. Enter a month that has ended</a>",
				"<a href=\"#outside-CHANNEL-PHONE\">Phone: enter a whole number, like 0 or 3</a>",
				"<a href=\"#outside-CHANNEL-PAPER\">Paper form: the number cannot be less than 0</a>",
				"value=\"-2\"", "value=\"abc\"", "Typed comment</textarea>", "value=\"" + UkDates.month(next) + "\"");

		assertThat(body(sendRequest(UkDates.month(YearMonth.from(today())), Map.of(), null), workerA))
			.contains(UkDates.month(YearMonth.from(today())) + " has not ended yet");
		assertThat(body(sendRequest("Smarch 2026", Map.of(), null), workerA))
			.contains("Enter the month as a number and a year, for example 10 2026");
		assertThat(body(sendRequest(UkDates.month(lastMonth), Map.of("CHANNEL.PAPER", "1", "NOT_REPORTED.ALL", "2"),
				null), workerA)).contains("Contacts not reported to the police cannot be more than the 1 contacts");

		send(workerA, UkDates.month(lastMonth), Map.of(), null);
		assertThat(body(sendRequest(lastMonth.getMonthValue() + " " + lastMonth.getYear(), Map.of(), null), workerA))
			.contains("A return for " + UkDates.month(lastMonth) + " has already been sent. Correct that return instead");
		assertThat(jdbc.sql("select count(*) from centre_return where organisation_id = ?").param(centreA.getId())
			.query(Long.class).single()).isEqualTo(1);

		Organisation applicant = data.anOrganisation();
		centres.seedAsSystem(applicant.getId(), CentreTestData.details(), CentreTestData.responsibilities(null),
				List.of(), null);
		Cookie applicantWorker = SignIn.as(mvc, data.aStaffUser(Role.CENTRE_WORKER, applicant).getEmail());
		assertThat(body(sendRequest(UkDates.month(lastMonth), Map.of(), null), applicantWorker))
			.contains(applicant.getName() + " is not an active reporting centre, so it cannot send a return");
	}

	@Test
	void aCorrectionNeedsAReasonAndEveryCorrectionIsKept() throws Exception {
		long id = send(workerA, UkDates.month(lastMonth), Map.of("CHANNEL.PAPER", "1"), null);

		String noReason = body(post("/staff/returns/" + id + "/correct").with(csrf()).param("outside[CHANNEL.PAPER]", "3"),
				workerA);
		assertThat(noReason).contains("<a href=\"#reason\">Enter why you are correcting the return</a>", "value=\"3\"");

		correct(id, "3", "Two more paper forms found in the drawer");
		correct(id, "2", "One of them was a duplicate");

		String page = body(get("/staff/returns/" + id), workerA);
		assertThat(page).contains("Two more paper forms found in the drawer", "One of them was a duplicate",
				"Paper form (Outside Safer Communities): 1 \u2192 3", "Paper form (Outside Safer Communities): 3 \u2192 2");
		assertThat(jdbc.sql("select count(*) from centre_return_correction where return_id = ?").param(id)
			.query(Long.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select outside_total from centre_return where id = ?").param(id).query(Integer.class).single())
			.isEqualTo(2);
	}

	@Test
	void aCentreWorkerSeesAndSendsOnlyTheirOwnCentresReturns() throws Exception {
		long id = send(workerA, UkDates.month(lastMonth), Map.of("CHANNEL.PAPER", "1"), null);

		assertThat(status(get("/staff/returns/" + id), workerB)).isEqualTo(403);
		assertThat(status(get("/staff/returns/" + id + "/correct"), workerB)).isEqualTo(403);
		assertThat(status(post("/staff/returns/" + id + "/correct").with(csrf()).param("reason", "Mine now"), workerB))
			.isEqualTo(403);
		assertThat(status(get("/staff/returns/export.csv"), workerB)).isEqualTo(403);
		assertThat(status(get("/staff/returns"), SignIn.as(mvc, data.aStaffUser(Role.PARTNER).getEmail()))).isEqualTo(403);
		assertThat(body(get("/staff/returns"), workerB)).contains(centreB.getName()).doesNotContain(centreA.getName());
		assertThat(body(get("/staff/returns"), workerA)).contains("/staff/returns/" + id);

		// A centre worker who names another centre still sends for their own.
		var result = mvc.perform(post("/staff/returns").with(csrf()).param("centre", String.valueOf(centreA.getId()))
			.param("month", UkDates.month(lastMonth.minusMonths(1))).cookie(workerB)).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).startsWith("/staff/returns/");
		assertThat(jdbc.sql("select organisation_id from centre_return where return_month = ? and organisation_id in (?, ?)")
			.params(lastMonth.minusMonths(1).atDay(1), centreA.getId(), centreB.getId()).query(Long.class).list())
			.containsExactly(centreB.getId());

		String grid = body(get("/staff/returns"), officer);
		assertThat(grid).contains(centreA.getName(), centreB.getName(), "/staff/returns/" + id, "Overdue");
	}

	/** The partnership dashboard counts what the returns record, and a correction replaces the month's figure. */
	@Test
	void sentAndCorrectedReturnsFeedTheDashboardIndicator() throws Exception {
		Cookie analyst = SignIn.as(mvc, data.aStaffUser(Role.ANALYST).getEmail());
		long before = dashboardCount(analyst, "centre-contacts", lastMonth);

		long id = send(workerA, UkDates.month(lastMonth), Map.of("CHANNEL.PAPER", "4"), null);
		assertThat(dashboardCount(analyst, "centre-contacts", lastMonth)).isEqualTo(before + 4);

		correct(id, "1", "Three were counted twice");
		assertThat(dashboardCount(analyst, "centre-contacts", lastMonth)).isEqualTo(before + 1);
	}

	@Test
	void centreStaffTrainingFeedsTheDashboardIndicator() throws Exception {
		Cookie analyst = SignIn.as(mvc, data.aStaffUser(Role.ANALYST).getEmail());
		YearMonth trained = YearMonth.from(today().minusMonths(2));
		long before = dashboardCount(analyst, "hate-training", trained);
		CentreTestData.anActiveCentre(data, centres, 1, "lead-c@test.example");
		assertThat(dashboardCount(analyst, "hate-training", trained)).isEqualTo(before + 1);
	}

	/**
	 * Both centre sources count by the centre's ward, so moving a centre to another ward must move their change
	 * marks: the next dashboard page then recounts them rather than keeping figures under the old ward.
	 */
	@Test
	void movingACentreToAnotherWardMovesTheMarksOfItsSources() throws Exception {
		Organisation centre = CentreTestData.anActiveCentre(data, centres, 1, "lead-d@test.example");
		String otherWard = jdbc.sql("select min(code) from ward where code <> 'E05013643'").query(String.class).single();
		long returnsBefore = mark(CentreNetworkCounts.RETURNS);
		long trainingBefore = mark(CentreNetworkCounts.TRAINING);

		CentreDetails details = CentreTestData.details();
		CentreDetails moved = new CentreDetails(details.address(), details.postcode(), otherWard, details.openingTimes(),
				details.languages(), details.accessibility(), details.onlineReporting(), details.paperForms(),
				details.phone(), details.email(), details.strands());
		// As the coordinator does it on the centre's details page (CentreManagement#describe checks the role).
		TestSecurityContextHolder.setAuthentication(
				new TestingAuthenticationToken("coordinator", null, "ROLE_COORDINATOR"));
		try {
			centres.describe(centre.getId(), moved);
		}
		finally {
			TestSecurityContextHolder.clearContext();
		}

		assertThat(mark(CentreNetworkCounts.RETURNS)).as("returns source's mark after the ward moved").isNotEqualTo(returnsBefore);
		assertThat(mark(CentreNetworkCounts.TRAINING)).as("training source's mark after the ward moved").isNotEqualTo(trainingBefore);
	}

	private long mark(String source) {
		return sources.stream().filter(counts -> counts.source().equals(source)).findFirst().orElseThrow().changeMark();
	}

	/** The month's count in the dashboard's CSV export of an indicator for the borough (0 when absent or no data). */
	private long dashboardCount(Cookie analyst, String indicator, YearMonth month) throws Exception {
		String csv = body(get("/staff/dashboard/" + indicator + ".csv"), analyst);
		return csv.lines()
			.map(line -> line.split(","))
			.filter(cells -> cells.length == 8 && cells[5].equals(month.toString()) && !cells[6].isEmpty())
			.mapToLong(cells -> Long.parseLong(cells[6]))
			.findFirst()
			.orElse(0);
	}

	@Test
	void theCommunitySafetyTeamExportsEveryReturnAsCsvAndXlsx() throws Exception {
		long id = send(workerA, UkDates.month(lastMonth), Map.of("CHANNEL.PAPER", "4", "STRAND.RACE", "4"), "=cmd");
		String range = "?from=" + lastMonth + "&to=" + lastMonth;

		MockHttpServletResponse csv = mvc.perform(get("/staff/returns/export.csv" + range).cookie(officer)).andReturn()
			.getResponse();
		assertThat(csv.getContentType()).startsWith("text/csv");
		List<String> lines = csv.getContentAsString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines.get(0)).startsWith("centre,organisation_id,month,in_product_total,outside_total,total,")
			.contains("outside.CHANNEL.PAPER", "in_product.NOT_REPORTED.ALL");
		List<String> header = List.of(lines.get(0).split(","));
		List<String> row = lines.stream().filter(line -> line.startsWith(centreA.getName() + ",")).findFirst()
			.map(line -> List.of(line.split(",", -1))).orElseThrow();
		assertThat(row.get(1)).isEqualTo(String.valueOf(centreA.getId()));
		assertThat(row.get(2)).isEqualTo(lastMonth.toString());
		assertThat(row.subList(3, 6)).containsExactly("0", "4", "4");
		assertThat(row.get(header.indexOf("outside.STRAND.RACE"))).isEqualTo("4");
		assertThat(row.get(header.indexOf("comment"))).isEqualTo("'=cmd");

		MockHttpServletResponse xlsx = mvc.perform(get("/staff/returns/export.xlsx" + range).cookie(officer)).andReturn()
			.getResponse();
		assertThat(xlsx.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		String workbook = unzipped(xlsx.getContentAsByteArray());
		assertThat(workbook).contains(centreA.getName(), lastMonth.toString(), "outside.CHANNEL.PAPER", "in_product_total");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'CENTRE_RETURNS_EXPORTED'").query(Long.class)
			.single()).isGreaterThanOrEqualTo(2);
		assertThat(id).isPositive();
	}

	@Test
	void theLeadIsRemindedBeforeTheDueDateAndOnItOnceEachAndNotAfterTheReturnIsSent() throws Exception {
		String lead = "lead-" + UUID.randomUUID() + "@test.example";
		String sentLead = "lead-" + UUID.randomUUID() + "@test.example";
		Organisation reminded = CentreTestData.anActiveCentre(data, centres, 1, lead);
		Organisation alreadySent = CentreTestData.anActiveCentre(data, centres, 1, sentLead);
		send(SignIn.as(mvc, data.aStaffUser(Role.CENTRE_WORKER, alreadySent).getEmail()), UkDates.month(lastMonth),
				Map.of(), null);
		ReturnCalendar calendar = returns.calendar();
		LocalDate before = calendar.reminderDate(lastMonth);

		jobs.runOn(before.minusDays(1));
		jobs.runOn(before);
		jobs.runOn(before);
		mailer.deliverPending();
		assertThat(to(lead)).extracting(CentreReturnsIntegrationTests::subject)
			.containsExactly("Monthly return for " + UkDates.month(lastMonth) + " due soon: " + reminded.getName());

		jobs.runOn(calendar.dueDate(lastMonth));
		jobs.runOn(calendar.dueDate(lastMonth));
		mailer.deliverPending();
		assertThat(to(lead)).extracting(CentreReturnsIntegrationTests::subject).hasSize(2)
			.contains("Monthly return for " + UkDates.month(lastMonth) + " due today: " + reminded.getName());
		assertThat(to(sentLead)).isEmpty();
	}

	private List<MimeMessage> to(String address) throws Exception {
		return java.util.Arrays.stream(mailbox.getReceivedMessages()).filter(message -> {
			try {
				return message.getAllRecipients()[0].toString().equals(address);
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String unzipped(byte[] bytes) throws Exception {
		// Read through the central directory, as spreadsheet programs do.
		java.nio.file.Path file = java.nio.file.Files.createTempFile("returns", ".xlsx");
		java.nio.file.Files.write(file, bytes);
		StringBuilder text = new StringBuilder();
		try (ZipFile zip = new ZipFile(file.toFile())) {
			for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
				text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		finally {
			java.nio.file.Files.deleteIfExists(file);
		}
		return text.toString();
	}

	private Map<String, Integer> counts(long id, String source) {
		return jdbc.sql("select measure, code, amount from centre_return_count where return_id = ? and source = ?")
			.params(id, source)
			.query((rs, n) -> Map.entry(rs.getString(1) + "." + rs.getString(2), rs.getInt(3)))
			.list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private MockHttpServletRequestBuilder sendRequest(String month, Map<String, String> outside, String comment) {
		MockHttpServletRequestBuilder request = post("/staff/returns").with(csrf()).param("month", month);
		outside.forEach((key, value) -> request.param("outside[" + key + "]", value));
		if (comment != null) {
			request.param("comment", comment);
		}
		return request;
	}

	private long send(Cookie worker, String month, Map<String, String> outside, String comment) throws Exception {
		var result = mvc.perform(sendRequest(month, outside, comment).cookie(worker)).andReturn();
		String redirect = result.getResponse().getRedirectedUrl();
		assertThat(redirect).as(result.getResponse().getContentAsString()).startsWith("/staff/returns/");
		return Long.parseLong(redirect.substring("/staff/returns/".length()));
	}

	private void correct(long id, String paper, String reason) throws Exception {
		assertThat(mvc.perform(post("/staff/returns/" + id + "/correct").with(csrf()).param("outside[CHANNEL.PAPER]", paper)
			.param("reason", reason).cookie(workerA)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/staff/returns/" + id);
	}

	private String body(MockHttpServletRequestBuilder request, Cookie who) throws Exception {
		return mvc.perform(request.cookie(who)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private int status(MockHttpServletRequestBuilder request, Cookie who) throws Exception {
		return mvc.perform(request.cookie(who)).andReturn().getResponse().getStatus();
	}

}
