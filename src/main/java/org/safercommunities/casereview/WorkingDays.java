package org.safercommunities.casereview;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working days in England and Wales: Monday to Friday, less the bank holidays held in
 * {@code casereview_bank_holiday} (seeded 2025 to 2028; administrators add more). Read from the table on each
 * count, so an added holiday moves every deadline at once. Published to other modules as {@link WorkingDayCalendar}.
 */
@Component
class WorkingDays implements WorkingDayCalendar {

	private final JdbcClient jdbc;

	WorkingDays(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The day {@code days} working days after {@code from} (the day of receipt does not count). */
	@Override
	public LocalDate after(LocalDate from, int days) {
		return after(from, days, holidaysFrom(from));
	}

	@Override
	public boolean isWorkingDay(LocalDate day) {
		return isWorkingDay(day, holidaysFrom(day));
	}

	/** The same, with the holidays given: a pure calculation. */
	static LocalDate after(LocalDate from, int days, Set<LocalDate> holidays) {
		LocalDate day = from;
		int counted = 0;
		while (counted < days) {
			day = day.plusDays(1);
			if (isWorkingDay(day, holidays)) {
				counted++;
			}
		}
		return day;
	}

	static boolean isWorkingDay(LocalDate day, Set<LocalDate> holidays) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
				&& !holidays.contains(day);
	}

	private Set<LocalDate> holidaysFrom(LocalDate from) {
		return new TreeSet<>(jdbc.sql("select holiday_on from casereview_bank_holiday where holiday_on >= ?")
			.param(from)
			.query(LocalDate.class)
			.list());
	}

	List<BankHoliday> holidays() {
		return jdbc.sql("select holiday_on, name from casereview_bank_holiday order by holiday_on")
			.query((rs, row) -> new BankHoliday(rs.getObject(1, LocalDate.class), rs.getString(2)))
			.list();
	}

	/** Adds a holiday, or renames the one already on that day (a substitute day announced late). */
	@Transactional
	void put(LocalDate day, String name) {
		int renamed = jdbc.sql("update casereview_bank_holiday set name = ? where holiday_on = ?").params(name, day).update();
		if (renamed == 0) {
			jdbc.sql("insert into casereview_bank_holiday (holiday_on, name) values (?, ?)").params(day, name).update();
		}
	}

	@Transactional
	void remove(LocalDate day) {
		jdbc.sql("delete from casereview_bank_holiday where holiday_on = ?").param(day).update();
	}

	record BankHoliday(LocalDate day, String name) {
	}

}
