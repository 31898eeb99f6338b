package org.safercommunities.cases;

import java.time.LocalDate;

/**
 * A review's dates and where it stands on a day. Pure: the caller gives today (the app clock's UK date).
 *
 * @param amberOn from this day the review is shown amber (due soon)
 * @param targetOn after this day the review is overdue, and completing it needs a late reason
 */
record ReviewTiming(LocalDate amberOn, LocalDate targetOn) {

	ReviewTiming {
		if (amberOn.isAfter(targetOn)) {
			throw new IllegalArgumentException("The amber date " + amberOn + " is after the target " + targetOn);
		}
	}

	/** Where an open review stands. Words: {@code cases.review.state.<name>}. */
	enum State {

		NOT_DUE(null), AMBER("govuk-tag--yellow"), OVERDUE("govuk-tag--red");

		private final String tagClass;

		State(String tagClass) {
			this.tagClass = tagClass;
		}

		String tagClass() {
			return tagClass;
		}

		String messageKey() {
			return "cases.review.state." + name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/** The next review proposed from a day (the last review, or the case's opening). */
	static ReviewTiming proposedFrom(LocalDate from, ReviewSettings settings) {
		LocalDate target = from.plusDays(settings.intervalDays());
		return new ReviewTiming(target.minusDays(settings.amberDaysBefore()), target);
	}

	/** A target a person chose, with the amber date the settings give. */
	static ReviewTiming forTarget(LocalDate target, ReviewSettings settings) {
		return new ReviewTiming(target.minusDays(settings.amberDaysBefore()), target);
	}

	State stateOn(LocalDate today) {
		if (today.isAfter(targetOn)) {
			return State.OVERDUE;
		}
		return today.isBefore(amberOn) ? State.NOT_DUE : State.AMBER;
	}

	/** Whether a review done on this day is late, so needs a reason. */
	boolean lateOn(LocalDate completedOn) {
		return completedOn.isAfter(targetOn);
	}

}
