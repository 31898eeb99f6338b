package org.safercommunities.referrals;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Response deadlines in working days, Monday to Friday. Bank holidays are not known to the product yet, so a
 * deadline over one falls a day early: stricter, never later, than the receiver's own count.
 */
final class WorkingDays {

	private WorkingDays() {
	}

	/** The day a referral sent on {@code sent} is due: {@code days} working days later; 0 is the same working day. */
	static LocalDate dueOn(LocalDate sent, int days) {
		LocalDate due = nextWorkingDay(sent);
		for (int counted = 0; counted < days; counted++) {
			due = nextWorkingDay(due.plusDays(1));
		}
		return due;
	}

	private static LocalDate nextWorkingDay(LocalDate day) {
		LocalDate working = day;
		while (working.getDayOfWeek() == DayOfWeek.SATURDAY || working.getDayOfWeek() == DayOfWeek.SUNDAY) {
			working = working.plusDays(1);
		}
		return working;
	}

}
