package org.safercommunities.casereview;

import java.time.LocalDate;

/**
 * The working-day deadlines of one application: acknowledge and decide from receipt, the review meeting from the
 * decision, an appeal from the outcome letter, and the appeal's decision from its receipt. A deadline not yet started
 * (no decision yet) is null.
 */
record Deadlines(LocalDate acknowledgeBy, LocalDate decideBy, LocalDate reviewBy, LocalDate appealBy,
		LocalDate appealDecideBy) {

	static Deadlines of(Application application, CaseReviewSettings settings, WorkingDays days) {
		return new Deadlines(days.after(application.receivedOn(), settings.acknowledgeDays()),
				days.after(application.receivedOn(), settings.decideDays()),
				application.decidedOn() == null ? null : days.after(application.decidedOn(), settings.reviewDays()),
				application.outcomeSentOn() == null ? null : days.after(application.outcomeSentOn(), settings.appealDays()),
				application.appealReceivedOn() == null ? null
						: days.after(application.appealReceivedOn(), settings.appealDecideDays()));
	}

	/** The deadline of the step the application waits for, or null when none applies. */
	LocalDate of(Application.Step step) {
		return switch (step) {
			case ACKNOWLEDGE -> acknowledgeBy;
			case DECIDE -> decideBy;
			case REVIEW -> reviewBy;
			case APPEAL -> appealDecideBy;
			case DONE -> null;
		};
	}

	/** Whether the step waited for is past its deadline on {@code today}. */
	boolean overdue(Application application, LocalDate today) {
		LocalDate due = of(application.nextStep());
		return due != null && today.isAfter(due);
	}

}
