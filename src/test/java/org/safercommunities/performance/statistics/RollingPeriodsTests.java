package org.safercommunities.performance.statistics;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RollingPeriodsTests {

	private static final YearMonth MARCH_2026 = YearMonth.of(2026, 3);

	@Test
	void sumsTheTwelveMonthsEndingThePeriodAndTheTwelveBefore() {
		Map<YearMonth, Long> counts = new HashMap<>();
		// Last year: April 2024 to March 2025, 10 a month = 120
		for (int i = 0; i < 12; i++) {
			counts.put(YearMonth.of(2024, 4).plusMonths(i), 10L);
		}
		// This year: April 2025 to March 2026, 11 a month except August 2025, which is missing = 11 × 11 = 121
		for (int i = 0; i < 12; i++) {
			counts.put(YearMonth.of(2025, 4).plusMonths(i), 11L);
		}
		counts.remove(YearMonth.of(2025, 8));
		// Outside both windows, so ignored
		counts.put(YearMonth.of(2024, 3), 999L);
		counts.put(YearMonth.of(2026, 4), 999L);

		RollingComparison comparison = RollingPeriods.compare(counts, MARCH_2026);

		assertThat(comparison.thisYear()).isEqualTo(121);
		assertThat(comparison.lastYear()).isEqualTo(120);
		assertThat(comparison.change()).isEqualTo(1);
		// (121 − 120) / 120 = 0.8333…%
		assertThat(comparison.percentageChange()).hasValueCloseTo(100.0 / 120, within(1e-12));
	}

	@Test
	void givesTwelveMonthsOfEachYearOldestFirstWithMissingMonthsAsZero() {
		Map<YearMonth, Long> counts = Map.of(YearMonth.of(2025, 4), 7L, YearMonth.of(2024, 4), 5L,
				MARCH_2026, 3L);

		RollingComparison comparison = RollingPeriods.compare(counts, MARCH_2026);

		assertThat(comparison.thisYearMonths()).hasSize(12)
			.startsWith(new MonthlyCount(YearMonth.of(2025, 4), 7))
			.contains(new MonthlyCount(YearMonth.of(2025, 8), 0))
			.endsWith(new MonthlyCount(MARCH_2026, 3));
		assertThat(comparison.lastYearMonths()).hasSize(12)
			.startsWith(new MonthlyCount(YearMonth.of(2024, 4), 5))
			.endsWith(new MonthlyCount(YearMonth.of(2025, 3), 0));
	}

	@Test
	void hasNoPercentageChangeWhenLastYearWasZero() {
		RollingComparison comparison = RollingPeriods.compare(Map.of(MARCH_2026, 4L), MARCH_2026);

		assertThat(comparison.change()).isEqualTo(4);
		assertThat(comparison.percentageChange()).isEmpty();
	}

	@Test
	void acceptsIntegerCounts() {
		// 3 + 4 this year against 5 last year: +40%
		Map<YearMonth, Integer> counts = Map.of(MARCH_2026, 3, YearMonth.of(2025, 4), 4, YearMonth.of(2025, 3), 5);

		RollingComparison comparison = RollingPeriods.compare(counts, MARCH_2026);

		assertThat(comparison.thisYear()).isEqualTo(7);
		assertThat(comparison.percentageChange()).hasValueCloseTo(40.0, within(1e-12));
	}

	@Test
	void fallsAreNegative() {
		RollingComparison comparison = RollingPeriods
			.compare(Map.of(YearMonth.of(2025, 1), 40L, YearMonth.of(2026, 1), 30L), MARCH_2026);

		// (30 − 40) / 40 = −25%
		assertThat(comparison.percentageChange()).hasValueCloseTo(-25.0, within(1e-12));
	}

	@Test
	void testsTheChangeWithTheExactPoissonTest() {
		RollingComparison comparison = RollingPeriods
			.compare(Map.of(YearMonth.of(2025, 6), 30L, YearMonth.of(2024, 6), 15L), MARCH_2026);

		// R 4.x: poisson.test(c(30, 15)) gives p-value = 0.0357, rate ratio 2 (see PoissonRateComparisonTests)
		assertThat(comparison.significance().pValue()).isCloseTo(0.03569780356, within(1e-9));
		assertThat(comparison.significance().rateRatio()).isEqualTo(2.0);
	}

}
