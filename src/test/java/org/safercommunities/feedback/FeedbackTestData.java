package org.safercommunities.feedback;

import java.time.LocalDate;

import org.safercommunities.shared.UkTime;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For tests outside this package (the browser tests): a report's survey, offered on its follow-up page as the daily
 * job would on the day it is due, and its one-time link.
 */
public final class FeedbackTestData {

	private final FeedbackInvitations invitations;

	private final FeedbackSettings settings;

	private final JdbcClient jdbc;

	private FeedbackTestData(ApplicationContext context) {
		this.invitations = context.getBean(FeedbackInvitations.class);
		this.settings = context.getBean(FeedbackSettings.class);
		this.jdbc = context.getBean(JdbcClient.class);
	}

	public static FeedbackTestData from(ApplicationContext context) {
		return new FeedbackTestData(context);
	}

	/** The survey link of a report whose reporter agreed to contact and gave no e-mail address. */
	public String surveyLinkFor(long reportId) throws InterruptedException {
		for (int i = 0; i < 100 && jdbc.sql("select count(*) from feedback_invitation where report_id = ?")
			.param(reportId).query(Long.class).single() == 0; i++) {
			Thread.sleep(100);
		}
		invitations.runOn(LocalDate.now(UkTime.ZONE).plusDays(settings.daysAfterFirstContact()));
		return invitations.surveyLink(reportId)
			.orElseThrow(() -> new IllegalStateException("no survey waiting for report " + reportId));
	}

}
