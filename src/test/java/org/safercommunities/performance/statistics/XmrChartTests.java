package org.safercommunities.performance.statistics;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Worked by hand with the XmR formulas of Wheeler, "Understanding Variation" (2nd ed., 2000), appendix "XmR charts
 * using the average moving range", which Making Data Count and NHSRplotthedots follow.
 */
class XmrChartTests {

	/** Twelve baseline months (March 2025 to February 2026) and a thirteenth, March 2026, of 23. */
	static final List<Integer> MONTHS = List.of(11, 10, 11, 12, 14, 8, 11, 8, 13, 9, 12, 9, 23);

	@Test
	void limitsComeFromTheMeanAndMeanMovingRangeOfTheBaseline() {
		XmrChart chart = XmrChart.of(MONTHS, 12);

		// Mean = (11+10+11+12+14+8+11+8+13+9+12+9) / 12 = 128 / 12 = 10.6667
		assertThat(chart.mean()).isCloseTo(128.0 / 12, within(1e-12));
		// Moving ranges 1, 1, 1, 2, 6, 3, 3, 5, 4, 3, 3 sum to 32, over 11 = 2.90909
		assertThat(chart.meanMovingRange()).isCloseTo(32.0 / 11, within(1e-12));
		// 10.6667 ± 2.66 × 2.90909 = 10.6667 ± 7.73818
		assertThat(chart.upperLimit()).isCloseTo(18.40485, within(1e-5));
		assertThat(chart.lowerLimit()).isCloseTo(2.92848, within(1e-5));
		// 2.90909 / 1.128 = 2.57898
		assertThat(chart.sigma()).isCloseTo(2.57898, within(1e-5));
		assertThat(chart.values()).hasSize(13).endsWith(23.0);
		assertThat(chart.upperLimit(12)).isEqualTo(chart.upperLimit());
	}

	@Test
	void withoutABaselineEveryPointCounts() {
		XmrChart chart = XmrChart.of(MONTHS);

		// Mean = (128 + 23) / 13 = 11.6154; moving ranges add |23 − 9| = 14: 46 / 12 = 3.83333
		assertThat(chart.mean()).isCloseTo(151.0 / 13, within(1e-12));
		assertThat(chart.meanMovingRange()).isCloseTo(46.0 / 12, within(1e-12));
		// 11.6154 + 2.66 × 3.83333 = 21.8121
		assertThat(chart.upperLimit()).isCloseTo(21.81205, within(1e-5));
	}

	@Test
	void limitsAreNotFlooredAtZero() {
		// Mean 2, moving ranges 4 and 2 (mean 3): 2 − 2.66 × 3 = −5.98, drawn below zero as plot-the-dots does
		assertThat(XmrChart.of(List.of(0, 4, 2)).lowerLimit()).isCloseTo(-5.98, within(1e-12));
	}

	@Test
	void needsAtLeastTwoPoints() {
		assertThatIllegalArgumentException().isThrownBy(() -> XmrChart.of(List.of(5)));
		assertThatIllegalArgumentException().isThrownBy(() -> XmrChart.of(List.of(5, 6, 7), 4));
	}

}
