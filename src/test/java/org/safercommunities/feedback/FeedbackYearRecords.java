package org.safercommunities.feedback;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.ApplicationContext;

/**
 * Victims' survey answers in the financial year a test chooses, saved as the survey saves them (an invitation and
 * its one answer), as the satisfaction gap test does. Seed 001 gives no satisfaction figures, so these are
 * invented: {@link #ANSWERS} answers over the year, {@link #SATISFIED} of them happy with the support.
 */
public final class FeedbackYearRecords {

	public static final int ANSWERS = 40;

	public static final int SATISFIED = 34;

	/** Felt listened to (all but 4). */
	public static final int LISTENED = 36;

	/** Invitations need a report id; these stand for reports no test makes (negative, never a real id). */
	private static final AtomicLong REPORTS = new AtomicLong(-System.nanoTime() % 1_000_000_000L - 1_000_000_000L);

	private final FeedbackInvitationRepository invitations;

	private final FeedbackResponseRepository responses;

	private FeedbackYearRecords(ApplicationContext context) {
		this.invitations = context.getBean(FeedbackInvitationRepository.class);
		this.responses = context.getBean(FeedbackResponseRepository.class);
	}

	public static FeedbackYearRecords from(ApplicationContext context) {
		return new FeedbackYearRecords(context);
	}

	public void seed(int startYear) {
		LocalDate april = LocalDate.of(startYear, 4, 1);
		for (int i = 0; i < ANSWERS; i++) {
			LocalDate on = april.plusDays(i * 9L);
			FeedbackInvitation invitation = invitations.save(new FeedbackInvitation(REPORTS.decrementAndGet(), on, on));
			SurveyForm form = new SurveyForm();
			form.setListenedTo(i < LISTENED ? "YES" : "PARTLY");
			form.setKeptInformed("YES");
			form.setSupport(i < SATISFIED ? "YES" : "NO");
			form.setReportAgain("YES");
			responses.save(new FeedbackResponse(invitation.getId(), on, form, "ONLINE", null, Set.of("RACE")));
		}
	}

}
