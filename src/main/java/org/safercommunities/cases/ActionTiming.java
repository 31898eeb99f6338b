package org.safercommunities.cases;

import java.time.LocalDate;

/**
 * When an action needs attention, on a day the caller gives (the app clock's UK date): it is overdue while it is
 * open after its due date, and due soon while open and due within the reminder window. Pure.
 */
final class ActionTiming {

	private ActionTiming() {
	}

	static boolean overdue(ActionStatus status, LocalDate dueOn, LocalDate today) {
		return status == ActionStatus.OPEN && dueOn.isBefore(today);
	}

	/** Open and due from today to {@code daysAhead} days from now: the reminder digest's "due soon". */
	static boolean dueSoon(ActionStatus status, LocalDate dueOn, LocalDate today, int daysAhead) {
		return status == ActionStatus.OPEN && !dueOn.isBefore(today) && !dueOn.isAfter(today.plusDays(daysAhead));
	}

	/** Whether the reminder digest names it: due soon or overdue. */
	static boolean remindable(ActionStatus status, LocalDate dueOn, LocalDate today, int daysAhead) {
		return overdue(status, dueOn, today) || dueSoon(status, dueOn, today, daysAhead);
	}

}
