package org.safercommunities.centres;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.safercommunities.organisations.Organisation;
import org.safercommunities.support.TestData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Centres and reports for the centres tests. Every argument has a default. */
final class CentreTestData {

	static final ZoneId UK = ZoneId.of("Europe/London");

	private CentreTestData() {
	}

	static LocalDate today() {
		return LocalDate.now(UK);
	}

	static CentreDetails details() {
		return new CentreDetails("Hendon Library, The Burroughs, Hendon", "NW4 4BQ", "E05013643",
				"Monday to Friday 9am to 5pm", List.of("en", "pl"), "Step-free access", true, true, "020 8359 2000",
				"centre@test.example", List.of("DISABILITY"));
	}

	static CentreResponsibilities responsibilities(String leadEmail) {
		return new CentreResponsibilities("Lee Lead", leadEmail, true, today().plusMonths(6), "Sade Safeguarding");
	}

	static List<CompletedTraining> trainedMonthsAgo(int months) {
		return List.of(new CompletedTraining("Hate Crime Lead", "Hate crime awareness", today().minusMonths(months)));
	}

	/** An active centre with fresh training, owing returns from the first day of {@code monthsAgo} months ago. */
	static Organisation anActiveCentre(TestData data, CentreManagement centres, int monthsAgo, String leadEmail) {
		Organisation organisation = data.anOrganisation();
		centres.seedAsSystem(organisation.getId(), details(), responsibilities(leadEmail), trainedMonthsAgo(2),
				YearMonth.from(today()).minusMonths(monthsAgo).atDay(1));
		return organisation;
	}

	/**
	 * A report taken at the worker's centre through the assisted-report page, then dated to the 15th of
	 * {@code month} (reports are dated when sent, so a past month needs this).
	 */
	static long aReportTakenAt(MockMvc mvc, JdbcClient jdbc, Cookie worker, long centre, YearMonth month, String channel,
			String strand, boolean policeConsent) throws Exception {
		MockHttpServletRequestBuilder request = post("/staff/assisted-report").with(csrf())
			.param("channel", channel)
			.param("emergency", "NO")
			.param("reporterRole", "VICTIM")
			.param("incidentTypes", "VERBAL_ABUSE")
			.param("whatHappened", "Shouted at on the bus about his wheelchair.")
			.param("whenKind", "ONGOING")
			.param("locationDescription", "Bus stop")
			.param("wardCode", "E05013643")
			.param("happenedBefore", "NO")
			.param("strands", strand)
			.param("policeConsent", policeConsent ? "YES" : "NO")
			.param("giveDetails", "NO")
			.param("supportWanted", "NO");
		if (!policeConsent) {
			request.param("notReportingReasons", "FEAR_OF_REPRISAL", "SUPPORT_ONLY");
		}
		var result = mvc.perform(request.cookie(worker)).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as(result.getResponse().getContentAsString())
			.isEqualTo("/staff/assisted-report/done");
		long id = jdbc.sql("select max(id) from hate_report where centre_organisation_id = ?").param(centre)
			.query(Long.class).single();
		Instant dated = month.atDay(15).atTime(12, 0).atZone(UK).toInstant();
		jdbc.sql("update hate_report set submitted_at = ? where id = ?").params(java.sql.Timestamp.from(dated), id).update();
		return id;
	}

}
