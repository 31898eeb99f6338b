package org.safercommunities.plans;

import java.time.LocalDate;

/**
 * The days a board pack or an annual report speaks for, both inclusive, and the period it is compared with: the
 * same days a year earlier, so a season is compared with itself.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

	public ReportPeriod {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("A period cannot end (" + to + ") before it starts (" + from + ")");
		}
	}

	/** 1 April {@code startYear} to 31 March of the next year. */
	public static ReportPeriod financialYear(int startYear) {
		LocalDate from = LocalDate.of(startYear, 4, 1);
		return new ReportPeriod(from, from.plusYears(1).minusDays(1));
	}

	/** The same days a year earlier. */
	public ReportPeriod yearBefore() {
		return new ReportPeriod(from.minusYears(1), to.minusYears(1));
	}

	/** The first day after the period, for half-open queries ({@code day >= from and day < end}). */
	public LocalDate endExclusive() {
		return to.plusDays(1);
	}

	/** Whether a record dated {@code day} falls in the period. */
	public boolean contains(LocalDate day) {
		return !day.isBefore(from) && !day.isAfter(to);
	}

}
