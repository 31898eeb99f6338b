package org.safercommunities.performance;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The dashboard hears of each report through the event publication registry: the event is written with the
 * report, kept while the dashboard's refresh has not succeeded, shown to the administrator, tried again on
 * request, and gone once done. It carries nothing that says who reported or what happened.
 */
@IntegrationTest
class EventPublicationIntegrationTests {

	private static final String REPORT_SUBMITTED = "org.safercommunities.reporting.ReportSubmitted";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestData data;

	@Autowired
	org.safercommunities.reporting.ReportTestData reports;

	@MockitoSpyBean
	AggregateRefresh refresh;

	@AfterEach
	void backToNormal() {
		reset(refresh);
	}

	@Test
	void aFailedRefreshIsKeptShownToTheAdministratorAndDoneWhenTriedAgain() throws Exception {
		doThrow(new IllegalStateException("the dashboard could not be refreshed")).when(refresh).countsChanged(org.mockito.ArgumentMatchers.any());
		long waitingBefore = waiting();

		String reference = sendAReport();

		await("the failed refresh is kept as waiting", () -> waiting() == waitingBefore + 1);
		String serialized = jdbc.sql("select serialized_event from event_publication where completion_date is null "
				+ "and event_type = ? order by publication_date desc").param(REPORT_SUBMITTED).query(String.class).list().get(0);
		assertThat(serialized).as("what the registry keeps of a report").contains("reportId")
			.doesNotContain(reference, "E05013630", "RELIGION", "shouted");

		Cookie admin = SignIn.as(mvc, data.aStaffUser(Role.ADMIN).getEmail());
		String page = mvc.perform(get("/staff/admin/events").cookie(admin)).andReturn().getResponse().getContentAsString();
		assertThat(org.jsoup.Jsoup.parse(page).select("#waiting td").eachText()).as("the administrator's list")
			.contains("reporting: ReportSubmitted");

		reset(refresh);
		jdbc.sql("update event_publication set publication_date = ? where completion_date is null")
			.param(java.sql.Timestamp.from(Instant.now().minus(Duration.ofMinutes(5)))).update();
		assertThat(mvc.perform(post("/staff/admin/events/resubmit").with(csrf()).cookie(admin)).andReturn().getResponse()
			.getRedirectedUrl()).isEqualTo("/staff/admin/events?resubmitted");
		await("the refresh done once tried again", () -> waiting() == 0);
		assertThat(org.jsoup.Jsoup.parse(mvc.perform(get("/staff/admin/events").cookie(admin)).andReturn().getResponse()
			.getContentAsString()).select("#nothing-waiting").text()).isEqualTo("Nothing is waiting.");
	}

	@Test
	void aReportRefreshesTheDashboardAfterItsCommitWithNothingLeftWaiting() throws Exception {
		sendAReport();
		await("the dashboard's refresh done and its publication deleted", () -> waiting() == 0);
		org.mockito.Mockito.verify(refresh, org.mockito.Mockito.atLeastOnce()).countsChanged(org.mockito.ArgumentMatchers.any());
	}

	private String sendAReport() {
		return reports.aSubmittedReport().reference();
	}

	private long waiting() {
		return jdbc.sql("select count(*) from event_publication where completion_date is null and event_type = ?")
			.param(REPORT_SUBMITTED).query(Long.class).single();
	}

	private static void await(String what, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited 30 s for: " + what).isLessThan(deadline);
			Thread.sleep(100);
		}
	}

}
