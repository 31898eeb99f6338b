package org.safercommunities.referrals;

import java.time.LocalDate;

import org.safercommunities.casereview.WorkingDayCalendar;

/**
 * A referral's response deadline on the one working-day calendar (casereview's, with the managed bank holidays):
 * {@code days} working days from the day it was sent, or from the next working day when it was sent on a weekend or
 * a bank holiday; 0 (a safeguarding referral) is the same working day.
 */
final class ReferralDeadlines {

	private ReferralDeadlines() {
	}

	static LocalDate dueOn(WorkingDayCalendar calendar, LocalDate sent, int days) {
		return calendar.after(calendar.onOrAfter(sent), days);
	}

}
