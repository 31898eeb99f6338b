package org.safercommunities.centres;

import org.safercommunities.shared.UkDates;
import java.time.YearMonth;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safercommunities.notifications.Mailer;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.Mailbox;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safercommunities.centres.CentreTestData.today;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Eligibility gates activation; centres lapse by the daily job and are reinstated once fixed. */
@IntegrationTest
@RecordApplicationEvents
class CentreLifecycleIntegrationTests {

	/** The coordinator's address: safer.centres.coordinator-email is empty, so the partnership's contact. */
	private static final String COORDINATOR_EMAIL = "community.safety@barnet.example";

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
	CentreJobs jobs;

	@Autowired
	Mailer mailer;

	@Autowired
	ApplicationEvents events;

	Cookie coordinator;

	@BeforeEach
	void signIn() throws Exception {
		coordinator = SignIn.as(mvc, data.aStaffUser(Role.COORDINATOR).getEmail());
	}

	@Test
	void aCentreBecomesActiveOnlyWhenEveryEligibilityCriterionIsMetAndThePageSaysWhatIsMissing() throws Exception {
		Organisation organisation = data.anOrganisation();
		long id = organisation.getId();
		assertThat(send(post("/staff/centres").param("organisation", String.valueOf(id))).getResponse().getRedirectedUrl())
			.isEqualTo("/staff/centres/" + id);

		String refused = body(post("/staff/centres/" + id + "/status").param("transition", "ACTIVATE"));
		assertThat(refused).contains("Error: ", "The centre cannot be made active until it meets every eligibility "
				+ "criterion. Missing: No hate crime awareness training recorded; No Hate Crime Lead named; No e-mail "
				+ "address for the Hate Crime Lead; No operational safeguarding policy; No designated safeguarding lead named");
		assertThat(status(id)).isEqualTo("APPLICANT");

		redirect(post("/staff/centres/" + id + "/details").param("address", "Hendon Library, The Burroughs")
			.param("postcode", "nw4 4bq").param("wardCode", "E05013643").param("openingTimes", "Mon to Fri 9 to 5")
			.param("languages", "en, pl").param("onlineReporting", "YES").param("paperForms", "NO")
			.param("phone", "020 8359 2000").param("email", "centre@test.example").param("strands", "DISABILITY"));
		redirect(post("/staff/centres/" + id + "/safeguarding").param("leadName", "Lee Lead")
			.param("leadEmail", "lee@test.example").param("safeguardingPolicy", "YES")
			.param("reviewDate", today().plusMonths(6).toString()));
		redirect(post("/staff/centres/" + id + "/training").param("trainee", "Lee Lead")
			.param("course", "Hate crime awareness").param("completedOn", today().minusDays(3).toString()));

		String stillRefused = body(post("/staff/centres/" + id + "/status").param("transition", "ACTIVATE"));
		assertThat(stillRefused).contains("Missing: No designated safeguarding lead named")
			.doesNotContain("No Hate Crime Lead named", "No hate crime awareness training recorded");
		assertThat(status(id)).isEqualTo("APPLICANT");
		assertThat(listings(id)).isNotEmpty().noneMatch(CentreListingChanged::listed);

		redirect(post("/staff/centres/" + id + "/safeguarding").param("leadName", "Lee Lead")
			.param("leadEmail", "lee@test.example").param("safeguardingPolicy", "YES")
			.param("reviewDate", today().plusMonths(6).toString()).param("safeguardingLeadName", "Sade Safeguarding"));
		assertThat(redirect(post("/staff/centres/" + id + "/status").param("transition", "ACTIVATE")))
			.isEqualTo("/staff/centres/" + id);

		assertThat(status(id)).isEqualTo("ACTIVE");
		CentreListingChanged listed = listings(id).get(listings(id).size() - 1);
		assertThat(listed.listed()).isTrue();
		assertThat(listed.postcode()).isEqualTo("NW4 4BQ");
		assertThat(listed.languages()).containsExactly("en", "pl");
		assertThat(listed.strands()).containsExactly("DISABILITY");
		assertThat(body(get("/staff/centres/" + id))).contains("This centre meets every eligibility criterion.",
				"Meets every eligibility criterion", "Sade Safeguarding");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'CENTRE_STATUS_CHANGED' and record_id = ?")
			.param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void theCentreFormsNameEachProblemAndKeepWhatWasTyped() throws Exception {
		Organisation organisation = CentreTestData.anActiveCentre(data, centres, 0, "lead@test.example");
		long id = organisation.getId();

		String details = body(post("/staff/centres/" + id + "/details").param("address", "12 High Street")
			.param("postcode", "NOT A POSTCODE").param("languages", "en, klingon").param("email", "not-an-email"));
		assertThat(details).contains("Error: ", "<a href=\"#postcode\">Enter a real postcode, like NW4 4BT</a>",
				"<a href=\"#wardCode\">Select the ward the centre is in</a>",
				"<a href=\"#openingTimes\">Enter the centre\u2019s opening times</a>",
				"Enter languages as two-letter codes: klingon is not one",
				"<a href=\"#onlineReporting\">Select yes if people can report online at the centre</a>",
				"Enter an e-mail address in the correct format", "12 High Street</textarea>", "value=\"NOT A POSTCODE\"");

		assertThat(body(post("/staff/centres").param("organisation", String.valueOf(id))))
			.contains("<a href=\"#organisation\">Select the organisation that hosts the centre</a>");

		String training = body(post("/staff/centres/" + id + "/training").param("trainee", "Lee")
			.param("course", "Awareness").param("completedOn", today().plusDays(2).toString()));
		assertThat(training).contains("The date the training was completed must be today or in the past");

		String noReason = body(post("/staff/centres/" + id + "/status").param("transition", "WITHDRAW"));
		assertThat(noReason).contains("<a href=\"#reason\">Enter the reason</a>");
		assertThat(status(id)).isEqualTo("ACTIVE");
	}

	@Test
	void onlyCoordinatorsChangeCentresAndCentreWorkersCannotSeeThem() throws Exception {
		Organisation organisation = CentreTestData.anActiveCentre(data, centres, 0, "lead@test.example");
		Cookie officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER).getEmail());
		Cookie worker = SignIn.as(mvc, data.aStaffUser(Role.CENTRE_WORKER, organisation).getEmail());

		assertThat(mvc.perform(get("/staff/centres").cookie(officer)).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(mvc.perform(post("/staff/centres/" + organisation.getId() + "/status").with(csrf())
			.param("transition", "WITHDRAW").param("reason", "x").cookie(officer)).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		assertThat(mvc.perform(get("/staff/centres").cookie(worker)).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get("/staff/centres/" + organisation.getId()).cookie(worker)).andReturn().getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(status(organisation.getId())).isEqualTo("ACTIVE");
	}

	/** DESIGN section 1: the administrator keeps users and organisations; centres are the coordinator's. */
	@Test
	void theAdministratorNeitherManagesNorSeesCentres() throws Exception {
		Organisation organisation = CentreTestData.anActiveCentre(data, centres, 0, "lead@test.example");
		Cookie admin = SignIn.as(mvc, data.aStaffUser(Role.ADMIN).getEmail());

		for (String page : new String[] { "/staff/centres", "/staff/centres/" + organisation.getId(), "/staff/returns" }) {
			assertThat(mvc.perform(get(page).cookie(admin)).andReturn().getResponse().getStatus()).as(page).isEqualTo(403);
		}
		assertThat(mvc.perform(post("/staff/centres/" + organisation.getId() + "/status").with(csrf())
			.param("transition", "WITHDRAW").param("reason", "Closing").cookie(admin)).andReturn().getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(status(organisation.getId())).isEqualTo("ACTIVE");
		assertThat(mvc.perform(get("/staff").cookie(admin)).andReturn().getResponse().getContentAsString())
			.doesNotContain("href=\"/staff/centres\"", "href=\"/staff/returns\"");
	}

	@Test
	void trainingAddedAndRemovedMovesTheDashboardsTrainingCountWithoutAPageBeingOpened() throws Exception {
		long id = data.anOrganisation().getId();
		centres.seedAsSystem(id, CentreTestData.details(), CentreTestData.responsibilities("lead@test.example"),
				CentreTestData.trainedMonthsAgo(3), today().withDayOfMonth(1));
		java.time.LocalDate completedOn = today().minusMonths(2).withDayOfMonth(5);

		redirect(post("/staff/centres/" + id + "/training").param("trainee", "Sam Staff").param("course", "Awareness")
			.param("completedOn", completedOn.toString()));
		long withIt = trainingRecorded(completedOn);
		awaitTrainingCount(completedOn, withIt);

		long training = jdbc.sql("select id from reporting_centre_training where organisation_id = ? and completed_on = ?")
			.params(id, completedOn).query(Long.class).single();
		redirect(post("/staff/centres/" + id + "/training/" + training + "/delete"));
		assertThat(trainingRecorded(completedOn)).isEqualTo(withIt - 1);
		awaitTrainingCount(completedOn, withIt - 1);
	}

	@Test
	void yearsWithoutReturnsAreNamedByTheirFirstAndLastMonthSoTheReasonFitsItsColumn() {
		long id = data.anOrganisation().getId();
		java.time.LocalDate tenYearsAgo = today().minusYears(10).withDayOfMonth(1);
		centres.seedAsSystem(id, CentreTestData.details(), CentreTestData.responsibilities("lead@test.example"),
				CentreTestData.trainedMonthsAgo(3), tenYearsAgo);

		String reason = jobs.lapseReason(centres.find(id).orElseThrow(), today()).orElseThrow();

		assertThat(reason).startsWith("No monthly return for ").contains(" months in a row: from "
				+ org.safercommunities.shared.UkDates.month(java.time.YearMonth.from(tenYearsAgo)) + " to ");
		assertThat(reason.length()).as("the history's reason column holds 1000 characters").isLessThan(1000);
	}

	/** Training records of every centre completed in the month of {@code day}: what the dashboard should count. */
	private long trainingRecorded(java.time.LocalDate day) {
		return jdbc.sql("select count(*) from reporting_centre_training where completed_on >= ? and completed_on < ?")
			.params(day.withDayOfMonth(1), day.withDayOfMonth(1).plusMonths(1)).query(Long.class).single();
	}

	/** The dashboard's count of training completed in the month of {@code day}, for the home borough. */
	private long trainingCount(java.time.LocalDate day) {
		return jdbc.sql("select coalesce(sum(event_count), 0) from indicator_month where indicator_code = 'hate-training' "
				+ "and area_type = 'BOROUGH' and strand = 'ALL' and month_start = ?")
			.param(day.withDayOfMonth(1)).query(Long.class).single();
	}

	private void awaitTrainingCount(java.time.LocalDate day, long expected) throws InterruptedException {
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
		while (trainingCount(day) != expected && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(trainingCount(day)).as("training in " + java.time.YearMonth.from(day) + " on the dashboard")
			.isEqualTo(expected);
	}

	@Test
	void aCentreWhoseTrainingRunsOutLapsesTheCoordinatorIsToldWhyAndReinstatingRechecksEligibility() throws Exception {
		Organisation organisation = data.anOrganisation();
		long id = organisation.getId();
		centres.seedAsSystem(id, CentreTestData.details(), CentreTestData.responsibilities("lead@test.example"),
				CentreTestData.trainedMonthsAgo(23), today().withDayOfMonth(1));

		jobs.runOn(today().plusMonths(2));

		assertThat(status(id)).isEqualTo("LAPSED");
		assertThat(listings(id).get(listings(id).size() - 1).listed()).isFalse();
		mailer.deliverPending();
		MimeMessage told = toCoordinatorAbout(organisation.getName());
		assertThat(GreenMailUtil.getBody(told)).contains("more than 24 months ago", "/staff/centres/" + id);
		assertThat(body(get("/staff/centres/" + id))).contains("Lapsed", "more than 24 months ago", "system");

		long training = jdbc.sql("select id from reporting_centre_training where organisation_id = ?").param(id)
			.query(Long.class).single();
		redirect(post("/staff/centres/" + id + "/training/" + training + "/delete"));
		String refused = body(post("/staff/centres/" + id + "/status").param("transition", "REINSTATE")
			.param("reason", "They say they are fine"));
		assertThat(refused).contains("Missing: No hate crime awareness training recorded");
		assertThat(status(id)).isEqualTo("LAPSED");

		redirect(post("/staff/centres/" + id + "/training").param("trainee", "Lee Lead").param("course", "Refresher")
			.param("completedOn", today().toString()));
		redirect(post("/staff/centres/" + id + "/status").param("transition", "REINSTATE")
			.param("reason", "Refresher training completed"));
		assertThat(status(id)).isEqualTo("ACTIVE");
		assertThat(body(get("/staff/centres/" + id))).contains("Refresher training completed");
		assertThat(listings(id).get(listings(id).size() - 1).listed()).isTrue();
	}

	@Test
	void aCentreLapsesWhenItsReturnsAreMissingForThreeMonthsButNotWhenItSentOne() throws Exception {
		Organisation silent = CentreTestData.anActiveCentre(data, centres, 4, "lead@test.example");
		Organisation sending = CentreTestData.anActiveCentre(data, centres, 4, "lead@test.example");
		Cookie worker = SignIn.as(mvc, data.aStaffUser(Role.CENTRE_WORKER, sending).getEmail());
		YearMonth twoMonthsAgo = YearMonth.from(today()).minusMonths(2);
		assertThat(mvc.perform(post("/staff/returns").with(csrf()).param("month", UkDates.month(twoMonthsAgo))
			.cookie(worker)).andReturn().getResponse().getRedirectedUrl()).startsWith("/staff/returns/");

		jobs.runOn(today());

		assertThat(status(silent.getId())).isEqualTo("LAPSED");
		assertThat(status(sending.getId())).isEqualTo("ACTIVE");
		String reason = jdbc.sql("select reason from reporting_centre_status_change where organisation_id = ? "
				+ "and to_status = 'LAPSED'").param(silent.getId()).query(String.class).single();
		YearMonth fourMonthsAgo = YearMonth.from(today()).minusMonths(4);
		assertThat(reason).startsWith("No monthly return for ").contains(UkDates.month(fourMonthsAgo),
				UkDates.month(fourMonthsAgo.plusMonths(2)));
		mailer.deliverPending();
		assertThat(GreenMailUtil.getBody(toCoordinatorAbout(silent.getName()))).contains("No monthly return for");

		jobs.runOn(today());
		mailer.deliverPending();
		assertThat(List.of(mailbox.getReceivedMessages())).filteredOn(message -> subject(message).contains(silent.getName()))
			.hasSize(1);
	}

	private MimeMessage toCoordinatorAbout(String centreName) throws Exception {
		for (MimeMessage message : mailbox.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(COORDINATOR_EMAIL)
					&& subject(message).equals("Reporting centre lapsed: " + centreName)) {
				return message;
			}
		}
		throw new AssertionError("No e-mail to the coordinator about " + centreName);
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<CentreListingChanged> listings(long id) {
		return events.stream(CentreListingChanged.class).filter(event -> event.organisationId() == id).toList();
	}

	private String status(long id) {
		return jdbc.sql("select status from reporting_centre where organisation_id = ?").param(id).query(String.class)
			.single();
	}

	private MvcResult send(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(csrf()).cookie(coordinator)).andReturn();
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletRequestBuilder signed = request.cookie(coordinator);
		if (!"GET".equals(signed.buildRequest(new org.springframework.mock.web.MockServletContext()).getMethod())) {
			signed = signed.with(csrf());
		}
		return mvc.perform(signed).andReturn().getResponse().getContentAsString();
	}

	private String redirect(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = send(request);
		assertThat(result.getResponse().getRedirectedUrl()).as(result.getResponse().getContentAsString()).isNotNull();
		return result.getResponse().getRedirectedUrl();
	}


}
