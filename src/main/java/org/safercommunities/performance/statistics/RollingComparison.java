package org.safercommunities.performance.statistics;

import java.time.YearMonth;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The rolling twelve months ending {@code periodEnd} against the twelve before, made by
 * {@link RollingPeriods#compare}. Each list holds twelve months, oldest first, so month {@code i} of this year lines
 * up with month {@code i} of last year on the chart. {@link #significance()} applies the exact conditional Poisson
 * test ({@link PoissonRateComparison}) to the two totals.
 */
public record RollingComparison(YearMonth periodEnd, List<MonthlyCount> thisYearMonths,
		List<MonthlyCount> lastYearMonths) {

	public RollingComparison {
		thisYearMonths = List.copyOf(thisYearMonths);
		lastYearMonths = List.copyOf(lastYearMonths);
	}

	public long thisYear() {
		return total(thisYearMonths);
	}

	public long lastYear() {
		return total(lastYearMonths);
	}

	public long change() {
		return thisYear() - lastYear();
	}

	/** Percentage change on last year, absent when last year was zero. */
	public OptionalDouble percentageChange() {
		long lastYear = lastYear();
		return (lastYear == 0) ? OptionalDouble.empty() : OptionalDouble.of(100.0 * change() / lastYear);
	}

	/** Whether the change is more than chance: this year's count against last year's, equal exposure. */
	public RateComparison significance() {
		return PoissonRateComparison.compare(thisYear(), lastYear());
	}

	private static long total(List<MonthlyCount> months) {
		return months.stream().mapToLong(MonthlyCount::count).sum();
	}

}
