package org.safercommunities.centres;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Due dates of monthly returns: a month's return is due on a configured day of the next month (the last day
 * of a shorter month), with a reminder some days before and another on the day.
 */
record ReturnCalendar(int dueDay, int reminderDaysBefore) {

	enum Reminder { BEFORE, DUE_TODAY }

	ReturnCalendar {
		if (dueDay < 1 || dueDay > 31) {
			throw new IllegalArgumentException("safer.centres.return-due-day must be 1 to 31, not " + dueDay);
		}
		if (reminderDaysBefore < 1) {
			throw new IllegalArgumentException("safer.centres.reminder-days-before must be at least 1");
		}
	}

	LocalDate dueDate(YearMonth month) {
		YearMonth next = month.plusMonths(1);
		return next.atDay(Math.min(dueDay, next.lengthOfMonth()));
	}

	LocalDate reminderDate(YearMonth month) {
		return dueDate(month).minusDays(reminderDaysBefore);
	}

	boolean overdue(YearMonth month, LocalDate today) {
		return today.isAfter(dueDate(month));
	}

	/** A month can have its return once it has ended. */
	static boolean ended(YearMonth month, LocalDate today) {
		return month.isBefore(YearMonth.from(today));
	}

	/** Which reminder, if any, goes out today for this month's return. */
	Optional<Reminder> reminderOn(YearMonth month, LocalDate today) {
		if (today.equals(dueDate(month))) {
			return Optional.of(Reminder.DUE_TODAY);
		}
		if (today.equals(reminderDate(month))) {
			return Optional.of(Reminder.BEFORE);
		}
		return Optional.empty();
	}

	/** The months whose reminders could fall today: last month and, for an early due day, this month. */
	static List<YearMonth> remindable(LocalDate today) {
		return List.of(YearMonth.from(today).minusMonths(1), YearMonth.from(today));
	}

	/** Months an active centre owes a return for, oldest first: from the month it became active to last month. */
	static List<YearMonth> owed(LocalDate activeSince, LocalDate today) {
		List<YearMonth> months = new ArrayList<>();
		if (activeSince == null) {
			return months;
		}
		for (YearMonth month = YearMonth.from(activeSince); ended(month, today); month = month.plusMonths(1)) {
			months.add(month);
		}
		return months;
	}

}
