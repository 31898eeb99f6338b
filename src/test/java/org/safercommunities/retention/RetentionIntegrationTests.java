package org.safercommunities.retention;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.safercommunities.reporting.ReportTestData;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Retention through the records the modules really keep: the nightly job deletes sent e-mails past their period
 * and anonymises old anonymous reports that never became a case (their counted facts stay), keeps a record
 * under a legal hold and says so, carries on after a run that stopped, and an administrator's erasure on request
 * is refused with the hold's reason until the hold is lifted.
 */
@IntegrationTest
class RetentionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RetentionJob job;

	@Autowired
	ApplicationContext context;

	@Autowired
	org.safercommunities.notifications.Mailer mailer;

	@Test
	void sentEmailsPastTheirPeriodAreDeletedAndRecentOnesKept() {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		long old = email(now.minusDays(91), TestData.unique("old"));
		long recent = email(now.minusDays(10), TestData.unique("recent"));
		long unsent = email(null, TestData.unique("unsent"));

		RetentionStore.Run run = job.run();

		assertThat(exists("email_outbox", old)).as("sent 91 days ago").isFalse();
		assertThat(exists("email_outbox", recent)).as("sent 10 days ago").isTrue();
		assertThat(exists("email_outbox", unsent)).as("never sent").isTrue();
		assertThat(run.disposed()).isPositive();
		assertThat(run.finishedAt()).isNotNull();
		assertThat(jdbc.sql("select count(*) from retention_disposal where record_type = 'sent-email' and record_id = ? "
				+ "and run_id = ?").params(old, run.id()).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'RETENTION_DELETE' and record_type = 'sent-email' "
				+ "and record_id = ?").param(String.valueOf(old)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void anOldAnonymousReportIsAnonymisedKeepingItsCountsUnlessHeldAndTheNextRunCarriesOn() throws Exception {
		ReportTestData reports = ReportTestData.from(context);
		String account = TestData.unique("Shouted abuse at the bus stop on Station Road");
		long old = reports.aReport().with("whatHappened", account).send().id();
		long held = reports.aReport().with("whatHappened", account).send().id();
		long young = reports.aReport().with("whatHappened", account).send().id();
		OffsetDateTime fourYearsAgo = OffsetDateTime.now(ZoneOffset.UTC).minusYears(4);
		for (long id : new long[] { old, held }) {
			jdbc.sql("update hate_report set submitted_at = ? where id = ?").params(fourYearsAgo, id).update();
		}
		long strandsBefore = strandRows(old);
		Cookie admin = SignIn.as(mvc, data.aStaffUser(Role.ADMIN).getEmail());
		mvc.perform(post("/staff/admin/retention/holds").param("recordType", "anonymous-report")
			.param("recordId", String.valueOf(held)).param("reason", "Civil claim CL-2026-0141").with(csrf()).cookie(admin));
		// A run that stopped part-way: the next run finishes its work and the page says it stopped.
		jdbc.sql("insert into retention_run (started_at) values (?)").param(OffsetDateTime.now(ZoneOffset.UTC).minusHours(1))
			.update();

		RetentionStore.Run run = job.run();

		Cookie officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER).getEmail());
		assertThat(reportPage(old, officer)).as("the account is gone").doesNotContain(account);
		assertThat(jdbc.sql("select anonymised_at from hate_report where id = ?").param(old).query(OffsetDateTime.class)
			.single()).isNotNull();
		assertThat(strandRows(old)).as("its strands, which the figures count, stay").isEqualTo(strandsBefore).isPositive();
		assertThat(reportPage(held, officer)).as("held: kept whole").contains(account);
		assertThat(reportPage(young, officer)).as("not three years old").contains(account);
		assertThat(run.held()).isPositive();
		assertThat(job.run().disposed()).as("nothing left to do for these").isGreaterThanOrEqualTo(0);
		assertThat(jdbc.sql("select count(*) from retention_disposal where record_id = ? and record_type = 'anonymous-report'")
			.param(old).query(Long.class).single()).as("anonymised once, not again").isEqualTo(1);

		Document page = Jsoup.parse(mvc.perform(get("/staff/admin/retention").cookie(admin)).andReturn().getResponse()
			.getContentAsString());
		assertThat(page.getElementById("type-anonymous-report").text())
			.contains("Anonymous reports that did not become a case", "3 years after it was made",
					"Personal details removed; the counts stay");
		assertThat(page.getElementById("type-sent-email").text()).contains("90 days after it was sent", "Deleted");
		assertThat(page.getElementById("retention-holds").text()).contains("anonymous-report", String.valueOf(held),
				"Civil claim CL-2026-0141");
		assertThat(page.getElementById("retention-runs").text()).contains("stopped before the end");
	}

	@Test
	void anErasureOnRequestIsRefusedWithTheHoldsReasonUntilTheHoldIsLifted() throws Exception {
		long report = ReportTestData.from(context).aSubmittedReport().id();
		Cookie admin = SignIn.as(mvc, data.aStaffUser(Role.ADMIN).getEmail());
		mvc.perform(post("/staff/admin/retention/holds").param("recordType", "anonymous-report")
			.param("recordId", String.valueOf(report)).param("reason", "Inquiry IN-7").with(csrf()).cookie(admin));

		Document refused = erase(report, admin);
		assertThat(refused.title()).startsWith("Error: ");
		assertThat(refused.select(".govuk-error-summary a").text())
			.isEqualTo("This record is under a legal hold and is kept: Inquiry IN-7");
		assertThat(refused.getElementById("reason").text()).as("what was typed is kept").isEqualTo("The person asked");
		assertThat(jdbc.sql("select anonymised_at from hate_report where id = ?").param(report).query(OffsetDateTime.class)
			.optional()).isEmpty();

		long hold = jdbc.sql("select id from retention_hold where record_id = ? and lifted_at is null").param(report)
			.query(Long.class).single();
		mvc.perform(post("/staff/admin/retention/holds/" + hold + "/lift").with(csrf()).cookie(admin));
		assertThat(mvc.perform(post("/staff/admin/retention/erasures").param("recordType", "anonymous-report")
			.param("recordId", String.valueOf(report)).param("reason", "The person asked").with(csrf()).cookie(admin))
			.andReturn().getResponse().getRedirectedUrl()).isEqualTo("/staff/admin/retention");
		assertThat(jdbc.sql("select anonymised_at from hate_report where id = ?").param(report).query(OffsetDateTime.class)
			.single()).isNotNull();
		assertThat(jdbc.sql("select reason from retention_disposal where record_id = ? and run_id is null and "
				+ "record_type = 'anonymous-report'").param(report).query(String.class).single()).isEqualTo("The person asked");
		assertThat(erase(report, admin).select(".govuk-error-summary a").text()).as("erased already")
			.isEqualTo("There is no such record, or it was erased already");

		Document wrong = Jsoup.parse(mvc.perform(post("/staff/admin/retention/erasures").param("recordType", "no-such")
			.param("recordId", "12x").param("reason", "").with(csrf()).cookie(admin)).andReturn().getResponse()
			.getContentAsString());
		assertThat(wrong.select(".govuk-error-summary a").eachText()).containsExactly("Select the kind of record",
				"Enter the record number, a whole number", "Enter the reason");
		Cookie officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER).getEmail());
		assertThat(mvc.perform(get("/staff/admin/retention").cookie(officer)).andReturn().getResponse().getStatus())
			.as("administrators only").isEqualTo(403);
	}

	@Test
	void aNonCrimeHateIncidentAYearOldIsDueForReviewAndIsKeptOrAnonymisedOnlyAsTheReviewSaysAudited() throws Exception {
		ReportTestData reports = ReportTestData.from(context);
		Cookie officer = SignIn.as(mvc, data.aStaffUser(Role.OFFICER).getEmail());
		Cookie admin = SignIn.as(mvc, data.aStaffUser(Role.ADMIN).getEmail());
		String account = TestData.unique("Leaflets pushed through the door of the Cohen family");
		long kept = nchi(reports, officer, account);
		long removed = nchi(reports, officer, account);
		long unreviewed = nchi(reports, officer, account);
		long recent = nchi(reports, officer, account);
		OffsetDateTime thirteenMonthsAgo = OffsetDateTime.now(ZoneOffset.UTC).minusMonths(13);
		for (long id : new long[] { kept, removed, unreviewed }) {
			jdbc.sql("update hate_report set submitted_at = ? where id = ?").params(thirteenMonthsAgo, id).update();
		}

		Document page = retentionPage(admin);
		assertThat(page.getElementById("type-nchi").text()).contains("Non-crime hate incidents", "1 year after it was made",
				"Reviewed: kept with a reason, or personal details removed");
		assertThat(page.getElementById("due-nchi-" + kept)).as("a year old: due for review").isNotNull();
		assertThat(page.getElementById("due-nchi-" + recent)).as("made today: not due").isNull();

		job.run();
		assertThat(reportPage(unreviewed, officer)).as("not reviewed: not anonymised by the job").contains(account);

		Document refused = Jsoup.parse(mvc.perform(post("/staff/admin/retention/reviews/nchi/" + kept).param("decision", "KEEP")
			.param("reason", "").param("nextReview", "31 2 2027").with(csrf()).cookie(admin)).andReturn().getResponse()
			.getContentAsString());
		assertThat(refused.select(".govuk-error-summary a").eachText()).containsExactly("Enter the reason for your decision",
				"Enter the next review as a date, for example 27 3 2027");
		assertThat(refused.getElementById("nextReview").val()).as("what was typed is kept").isEqualTo("31 2 2027");

		String next = org.safercommunities.shared.UkDates.day(java.time.LocalDate.now(org.safercommunities.shared.UkTime.ZONE)
			.plusMonths(6));
		assertThat(mvc.perform(post("/staff/admin/retention/reviews/nchi/" + kept).param("decision", "KEEP")
			.param("reason", "Continuing risk to the victim").param("nextReview", next).with(csrf()).cookie(admin))
			.andReturn().getResponse().getRedirectedUrl()).isEqualTo("/staff/admin/retention");
		assertThat(mvc.perform(post("/staff/admin/retention/reviews/nchi/" + removed).param("decision", "ANONYMISE")
			.param("reason", "No real risk remains").with(csrf()).cookie(admin))
			.andReturn().getResponse().getRedirectedUrl()).isEqualTo("/staff/admin/retention");

		assertThat(reportPage(kept, officer)).as("kept on review").contains(account);
		assertThat(reportPage(removed, officer)).as("anonymised on review").doesNotContain(account);
		assertThat(jdbc.sql("select anonymised_at from hate_report where id = ?").param(removed).query(OffsetDateTime.class)
			.single()).isNotNull();
		assertThat(audited("RETENTION_REVIEW_KEPT", kept)).contains("Continuing risk to the victim");
		assertThat(audited("RETENTION_REVIEW_ANONYMISED", removed)).contains("No real risk remains");
		assertThat(jdbc.sql("select decision || ' ' || coalesce(cast(next_review_on as varchar), '-') from retention_review "
				+ "where record_type = 'nchi' and record_id in (?, ?) order by id").params(kept, removed).query(String.class).list())
			.containsExactly("KEEP " + org.safercommunities.shared.UkDates.parseDay(next).orElseThrow(), "ANONYMISE -");
		page = retentionPage(admin);
		assertThat(page.getElementById("due-nchi-" + kept)).as("kept until its next review").isNull();
		assertThat(page.getElementById("due-nchi-" + removed)).as("anonymised").isNull();
		assertThat(page.getElementById("due-nchi-" + unreviewed)).as("still waiting").isNotNull();
	}

	/** A report classified by an officer as a non-crime hate incident whose subject's data is kept, as the code allows. */
	private long nchi(ReportTestData reports, Cookie officer, String account) throws Exception {
		long id = reports.aReport().with("whatHappened", account).send().id();
		mvc.perform(post("/staff/reports/" + id + "/classify").with(csrf()).cookie(officer)
			.param("classification", "NON_CRIME_HATE_INCIDENT").param("keepSubjectData", "YES")
			.param("justification", "Real risk of escalation"));
		assertThat(jdbc.sql("select classification from hate_report where id = ?").param(id).query(String.class).single())
			.isEqualTo("NON_CRIME_HATE_INCIDENT");
		return id;
	}

	private String audited(String action, long id) {
		return jdbc.sql("select reason from audit_entry where action = ? and record_type = 'nchi' and record_id = ?")
			.params(action, String.valueOf(id)).query(String.class).single();
	}

	private Document retentionPage(Cookie admin) throws Exception {
		return Jsoup.parse(mvc.perform(get("/staff/admin/retention").cookie(admin)).andReturn().getResponse()
			.getContentAsString());
	}

	private Document erase(long report, Cookie admin) throws Exception {
		return Jsoup.parse(mvc.perform(post("/staff/admin/retention/erasures").param("recordType", "anonymous-report")
			.param("recordId", String.valueOf(report)).param("reason", "The person asked").with(csrf()).cookie(admin))
			.andReturn().getResponse().getContentAsString());
	}

	private String reportPage(long id, Cookie officer) throws Exception {
		return mvc.perform(get("/staff/reports/" + id).cookie(officer)).andReturn().getResponse().getContentAsString();
	}

	private long strandRows(long report) {
		return jdbc.sql("select count(*) from hate_report_strand where report_id = ?").param(report).query(Long.class).single();
	}

	/** An e-mail queued the real way (its recipient and body encrypted), then marked sent when {@code sentAt} is given. */
	private long email(OffsetDateTime sentAt, String subject) {
		mailer.queue(org.safercommunities.notifications.Email.of("TEST", "retention@test.example", subject, "body")
			.once(subject));
		long id = jdbc.sql("select id from email_outbox where dedupe_key = ?").param(subject).query(Long.class).single();
		if (sentAt != null) {
			jdbc.sql("update email_outbox set sent_at = ? where id = ?").params(sentAt, id).update();
		}
		return id;
	}

	private boolean exists(String table, long id) {
		return jdbc.sql("select count(*) from " + table + " where id = ?").param(id).query(Long.class).single() > 0;
	}

}
