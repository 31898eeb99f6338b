package org.safercommunities.casereview;

import java.time.LocalDate;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Seed 001 section 4.1.2's Community Triggers (11 submitted, 5 accepted, 6 not accepted but still reviewed), made
 * through the module's own services in the financial year a test chooses. For other modules' tests too (the
 * annual report's figures).
 */
public final class CaseReviewYearRecords {

	public static final int APPLICATIONS = 11, ACCEPTED = 5, NOT_ACCEPTED = 6;

	private final CaseReviewApplications applications;

	private final JdbcClient jdbc;

	private CaseReviewYearRecords(ApplicationContext context) {
		this.applications = context.getBean(CaseReviewApplications.class);
		this.jdbc = context.getBean(JdbcClient.class);
	}

	public static CaseReviewYearRecords from(ApplicationContext context) {
		return new CaseReviewYearRecords(context);
	}

	/** Applications received from 1 June {@code startYear}, every 20 days, each acknowledged, decided and reviewed. */
	public void seed(int startYear) {
		for (int i = 0; i < APPLICATIONS; i++) {
			ApplicationForm form = new ApplicationForm();
			form.setForWhom("SELF");
			form.setGivenName("Applicant");
			form.setFamilyName("Number " + i);
			form.setPhone("0700000000" + i);
			form.setProblem("Problem " + i);
			form.setHate("NO");
			form.getIncidents().get(0).setHappenedOn("1 5 " + startYear);
			form.getIncidents().get(0).setReportedOn("2 5 " + startYear);
			form.getIncidents().get(0).setReportedTo("COUNCIL");
			LocalDate received = LocalDate.of(startYear, 6, 1).plusDays(i * 20L);
			String reference = applications.apply(form, received);
			long id = jdbc.sql("select id from casereview_application where reference = ?").param(reference)
				.query(Long.class).single();
			applications.acknowledge(id, received.plusDays(1));
			applications.decide(id, i < ACCEPTED, "Decision " + i, received.plusDays(7));
			applications.review(id, received.plusDays(30), "Recommendations " + i,
					i < ACCEPTED ? Outcome.ACTION_PLAN : Outcome.NO_FURTHER_ACTION);
		}
	}

}
