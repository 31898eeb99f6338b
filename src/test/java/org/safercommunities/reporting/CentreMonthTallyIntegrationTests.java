package org.safercommunities.reporting;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.safercommunities.organisations.Organisation;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The counts a centre's monthly return is pre-filled with, from reports taken through the assisted flow. */
@IntegrationTest
class CentreMonthTallyIntegrationTests {

	private static final ZoneId UK = ZoneId.of("Europe/London");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	ReportInbox inbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	void countsOneCentresReportsOfOneMonthByChannelStrandClassificationAndReasonsForNotReporting() throws Exception {
		Organisation centre = data.anOrganisation();
		Cookie worker = SignIn.as(mvc, data.aStaffUser(Role.CENTRE_WORKER, centre).getEmail());
		Cookie officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER).getEmail());
		YearMonth lastMonth = YearMonth.now(UK).minusMonths(1);

		long paper = take(worker, centre, "PAPER", "DISABILITY", true, lastMonth);
		take(worker, centre, "IN_PERSON", "RACE", false, lastMonth);
		take(worker, centre, "IN_PERSON", "DISABILITY", false, lastMonth);
		take(worker, centre, "IN_PERSON", "DISABILITY", true, lastMonth.minusMonths(1));
		take(SignIn.as(mvc, data.aStaffUser(Role.CENTRE_WORKER).getEmail()), null, "IN_PERSON", "RACE", false, lastMonth);
		mvc.perform(post("/staff/reports/" + paper + "/classify").with(csrf()).param("classification", "HATE_CRIME")
			.cookie(officer));

		CentreMonthTally tally = inbox.centreMonth(centre.getId(), lastMonth);

		assertThat(tally.total()).isEqualTo(3);
		assertThat(tally.byChannel()).containsOnly(entry("PAPER", 1L), entry("IN_PERSON", 2L));
		assertThat(tally.byStrand()).containsOnly(entry("DISABILITY", 2L), entry("RACE", 1L));
		assertThat(tally.byClassification()).containsOnly(entry("HATE_CRIME", 1L), entry("UNCLASSIFIED", 2L));
		assertThat(tally.notReportedToPolice()).isEqualTo(2);
		assertThat(tally.notReportedReasons()).containsOnly(entry("FEAR_OF_REPRISAL", 2L), entry("SUPPORT_ONLY", 2L));
		assertThat(inbox.centreMonth(centre.getId(), lastMonth.minusMonths(1)).total()).isEqualTo(1);
	}

	private long take(Cookie worker, Organisation centre, String channel, String strand, boolean consent, YearMonth month)
			throws Exception {
		MockHttpServletRequestBuilder request = post("/staff/assisted-report").with(csrf())
			.param("channel", channel).param("emergency", "NO").param("reporterRole", "VICTIM")
			.param("incidentTypes", "VERBAL_ABUSE").param("whatHappened", "Abuse in the street.")
			.param("whenKind", "ONGOING").param("locationDescription", "High Road").param("wardCode", "E05013643")
			.param("happenedBefore", "NO").param("strands", strand).param("policeConsent", consent ? "YES" : "NO")
			.param("giveDetails", "NO").param("supportWanted", "NO");
		if ("PAPER".equals(channel) && consent) {
			request.param("policeInformedByPhone", "NO");
		}
		if (!consent) {
			request.param("notReportingReasons", "FEAR_OF_REPRISAL", "SUPPORT_ONLY");
		}
		var result = mvc.perform(request.cookie(worker)).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as(result.getResponse().getContentAsString())
			.isEqualTo("/staff/assisted-report/done");
		long id = ((ReportSubmission.Submitted) result.getFlashMap().get("sent")).reportId();
		Instant dated = month.atDay(15).atTime(12, 0).atZone(UK).toInstant();
		jdbc.sql("update hate_report set submitted_at = ? where id = ?").params(java.sql.Timestamp.from(dated), id).update();
		return id;
	}


}
