package org.safercommunities.performance.statistics;

import java.time.YearMonth;

/** One month's count, a point on the "this year against last year" chart. */
public record MonthlyCount(YearMonth month, long count) {
}
