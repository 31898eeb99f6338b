package org.safercommunities.performance.statistics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rolling twelve months, as the design defines it: the sum of the last twelve complete months ending with a given
 * month, compared with the twelve months before that. {@link #compare(Map, YearMonth)} treats months missing from
 * the series as zero. The change is (this year − last year) / last year, the usual Home Office / ONS "percentage
 * change on the previous year"; it is absent when last year is zero because any percentage would be meaningless.
 */
public final class RollingPeriods {

	static final int MONTHS = 12;

	private RollingPeriods() {
	}

	public static RollingComparison compare(Map<YearMonth, ? extends Number> monthlyCounts, YearMonth periodEnd) {
		List<MonthlyCount> thisYear = window(monthlyCounts, periodEnd);
		List<MonthlyCount> lastYear = window(monthlyCounts, periodEnd.minusMonths(MONTHS));
		return new RollingComparison(periodEnd, thisYear, lastYear);
	}

	private static List<MonthlyCount> window(Map<YearMonth, ? extends Number> monthlyCounts, YearMonth end) {
		List<MonthlyCount> months = new ArrayList<>(MONTHS);
		for (YearMonth month = end.minusMonths(MONTHS - 1); !month.isAfter(end); month = month.plusMonths(1)) {
			Number count = monthlyCounts.get(month);
			months.add(new MonthlyCount(month, (count != null) ? count.longValue() : 0));
		}
		return List.copyOf(months);
	}

}
