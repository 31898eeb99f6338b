package org.safercommunities.centres;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.safercommunities.centres.ReturnCalendar.Reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Due dates, reminders and owed months of the monthly returns. */
class ReturnCalendarTests {

	private final ReturnCalendar calendar = new ReturnCalendar(10, 3);

	@Test
	void aMonthsReturnIsDueOnTheConfiguredDayOfTheNextMonth() {
		assertThat(calendar.dueDate(YearMonth.of(2026, 10))).isEqualTo(LocalDate.of(2026, 11, 10));
		assertThat(calendar.dueDate(YearMonth.of(2026, 12))).isEqualTo(LocalDate.of(2027, 1, 10));
		assertThat(calendar.reminderDate(YearMonth.of(2026, 10))).isEqualTo(LocalDate.of(2026, 11, 7));
	}

	@Test
	void aDueDayBeyondAShortMonthIsItsLastDay() {
		ReturnCalendar endOfMonth = new ReturnCalendar(31, 3);
		assertThat(endOfMonth.dueDate(YearMonth.of(2027, 1))).isEqualTo(LocalDate.of(2027, 2, 28));
		assertThat(endOfMonth.dueDate(YearMonth.of(2028, 1))).isEqualTo(LocalDate.of(2028, 2, 29));
		assertThat(endOfMonth.dueDate(YearMonth.of(2026, 10))).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThatThrownBy(() -> new ReturnCalendar(32, 3)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void overdueOnlyAfterTheDueDate() {
		YearMonth october = YearMonth.of(2026, 10);
		assertThat(calendar.overdue(october, LocalDate.of(2026, 11, 10))).isFalse();
		assertThat(calendar.overdue(october, LocalDate.of(2026, 11, 11))).isTrue();
	}

	@Test
	void remindersGoTheConfiguredDaysBeforeAndOnTheDueDate() {
		YearMonth october = YearMonth.of(2026, 10);
		assertThat(calendar.reminderOn(october, LocalDate.of(2026, 11, 6))).isEmpty();
		assertThat(calendar.reminderOn(october, LocalDate.of(2026, 11, 7))).contains(Reminder.BEFORE);
		assertThat(calendar.reminderOn(october, LocalDate.of(2026, 11, 8))).isEmpty();
		assertThat(calendar.reminderOn(october, LocalDate.of(2026, 11, 10))).contains(Reminder.DUE_TODAY);
		assertThat(calendar.reminderOn(october, LocalDate.of(2026, 11, 11))).isEmpty();
		assertThat(ReturnCalendar.remindable(LocalDate.of(2026, 11, 7))).contains(october);
	}

	@Test
	void anEarlyDueDayRemindsBeforeTheMonthIsOut() {
		ReturnCalendar early = new ReturnCalendar(2, 3);
		YearMonth november = YearMonth.of(2026, 11);
		assertThat(early.reminderDate(november)).isEqualTo(LocalDate.of(2026, 11, 29));
		assertThat(ReturnCalendar.remindable(LocalDate.of(2026, 11, 29))).contains(november);
	}

	@Test
	void anActiveCentreOwesAReturnForEveryEndedMonthSinceItBecameActive() {
		assertThat(ReturnCalendar.owed(LocalDate.of(2026, 8, 20), LocalDate.of(2026, 11, 21)))
			.containsExactly(YearMonth.of(2026, 8), YearMonth.of(2026, 9), YearMonth.of(2026, 10));
		assertThat(ReturnCalendar.owed(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 21))).isEmpty();
		assertThat(ReturnCalendar.owed(null, LocalDate.of(2026, 11, 21))).isEmpty();
	}

}
