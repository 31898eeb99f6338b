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
	void screeningMovingRangesMatchesThePlotTheDotsVignette() {
		// NHSRplotthedots vignette (screen_outliers = TRUE by default): data 1, 2, 1, 2, 10, 1, 2, …, 1 (18 points)
		// is captioned "UPL = 4.6, Mean = 1.94, LPL = -0.72".
		// By hand: mean 35 / 18 = 1.9444; moving ranges 1, 1, 1, 8, 9 then twelve 1s: 32 / 17 = 1.8824;
		// 3.267 × 1.8824 = 6.1497 screens out 8 and 9, leaving fifteen 1s, mean 1; limits 1.9444 ± 2.66
		List<Integer> data = List.of(1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1);

		XmrChart screened = XmrChart.of(data, data.size(), true);

		assertThat(screened.mean()).isCloseTo(35.0 / 18, within(1e-12));
		assertThat(screened.meanMovingRange()).isEqualTo(1.0);
		assertThat(screened.upperLimit()).isCloseTo(4.6, within(0.005));
		assertThat(screened.lowerLimit()).isCloseTo(-0.72, within(0.005));
		// Unscreened, as the plain Wheeler formulas give: 1.9444 + 2.66 × 32 / 17 = 6.9515
		assertThat(XmrChart.of(data).meanMovingRange()).isCloseTo(32.0 / 17, within(1e-12));
		assertThat(XmrChart.of(data).upperLimit()).isCloseTo(6.9515, within(1e-4));
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
