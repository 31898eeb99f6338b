package org.safercommunities.casereview;

import java.time.LocalDate;
import java.util.Set;

/**
 * The one working-day calendar of England and Wales: Monday to Friday, less the bank holidays administrators keep at
 * {@code /staff/admin/bank-holidays}. Published for every deadline counted in working days (the case review's, a
 * referral's); the bean reads the managed holidays on each count, so an added holiday moves every deadline at once.
 */
public interface WorkingDayCalendar {

	boolean isWorkingDay(LocalDate day);

	/** The day itself when it is a working day, else the next working day. */
	default LocalDate onOrAfter(LocalDate day) {
		LocalDate working = day;
		while (!isWorkingDay(working)) {
			working = working.plusDays(1);
		}
		return working;
	}

	/** The day {@code days} working days after {@code from} (the day itself does not count); 0 is {@code from}. */
	default LocalDate after(LocalDate from, int days) {
		LocalDate day = from;
		int counted = 0;
		while (counted < days) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/** A calendar with these holidays only: for calculations and tests that do not read the managed list. */
	static WorkingDayCalendar withHolidays(Set<LocalDate> holidays) {
		Set<LocalDate> fixed = Set.copyOf(holidays);
		return day -> WorkingDays.isWorkingDay(day, fixed);
	}

}
