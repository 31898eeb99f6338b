package org.safercommunities.performance.statistics;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * Worked by hand from the formulas in Montgomery, "Introduction to Statistical Quality Control" (c and u charts), and
 * Laney (2002), "Improved control charts for attributes", Quality Engineering 14(4): 531–537 (u′ chart).
 */
class AttributeChartTests {

	/** Five months of incidents per resident: over-dispersed, as police counts usually are. */
	private static final List<Long> COUNTS = List.of(120L, 95L, 140L, 100L, 130L);

	private static final List<Integer> RESIDENTS = List.of(10_000, 9_000, 11_000, 10_000, 10_000);

	@Test
	void cChartLimitsAreThreeRootMeanEitherSideFlooredAtZero() {
		AttributeChart chart = AttributeChart.cChart(List.of(4L, 6L, 5L, 3L, 7L, 5L));

		// c̄ = 30 / 6 = 5; √5 = 2.23607; 5 + 3 × 2.23607 = 11.70820; 5 − 6.70820 < 0, so 0
		assertThat(chart.centre()).isEqualTo(5.0);
		assertThat(chart.sigma(0)).isCloseTo(Math.sqrt(5), within(1e-12));
		assertThat(chart.upperLimit(3)).isCloseTo(11.70820, within(1e-5));
		assertThat(chart.lowerLimit(3)).isZero();
	}

	@Test
	void cChartSignalsACountAboveItsLimit() {
		List<Long> counts = List.of(5L, 12L, 5L, 12L, 5L, 12L, 5L, 12L, 5L, 12L, 5L, 12L, 5L, 12L, 5L, 12L, 60L);
		// Eight 5s, eight 12s and a 60: c̄ = (40 + 96 + 60) / 17 = 196 / 17 = 11.529
		AttributeChart chart = AttributeChart.cChart(counts);
		assertThat(chart.centre()).isCloseTo(196.0 / 17, within(1e-12));
		// 11.529 + 3 × √11.529 = 11.529 + 10.186 = 21.716
		assertThat(chart.upperLimit(16)).isCloseTo(196.0 / 17 + 3 * Math.sqrt(196.0 / 17), within(1e-12))
			.isCloseTo(21.716, within(1e-3));

		assertThat(SpcRules.analyse(chart).signals()).extracting(SpcSignal::rule, SpcSignal::lastIndex)
			.containsExactly(tuple(SpcSignal.Rule.OUTSIDE_LIMITS, 16));
	}

	@Test
	void uChartLimitsStepWithExposure() {
		AttributeChart chart = AttributeChart.uChart(COUNTS, RESIDENTS);

		// ū = 585 / 50,000 = 0.0117
		assertThat(chart.centre()).isCloseTo(0.0117, within(1e-15));
		assertThat(chart.values()).containsExactly(0.012, 95.0 / 9000, 140.0 / 11000, 0.01, 0.013);
		// n = 10,000: σ = √(0.0117 / 10,000) = 0.00108167; limits 0.0117 ± 0.00324500 = 0.00845500, 0.01494500
		assertThat(chart.sigma(0)).isCloseTo(0.00108167, within(1e-8));
		assertThat(chart.upperLimit(0)).isCloseTo(0.01494500, within(1e-8));
		assertThat(chart.lowerLimit(0)).isCloseTo(0.00845500, within(1e-8));
		// n = 9,000: σ = √(0.0117 / 9,000) = 0.00114018; upper 0.0117 + 0.00342053 = 0.01512053
		assertThat(chart.upperLimit(1)).isCloseTo(0.01512053, within(1e-8));
		assertThat(chart.sigmaZ()).isEqualTo(1.0);
	}

	@Test
	void laneyWidensTheLimitsByTheSpreadOfTheZScores() {
		AttributeChart chart = AttributeChart.laneyUPrimeChart(COUNTS, RESIDENTS);

		// z = (u − ū) / σ_u: 0.27735, −1.00374, 0.99607, −1.57165, 1.20185
		// moving ranges 1.28109, 1.99981, 2.56772, 2.77350; mean 2.15553; σ_z = 2.15553 / 1.128 = 1.91093
		assertThat(chart.sigmaZ()).isCloseTo(1.91093, within(1e-5));
		// n = 10,000: 0.0117 ± 3 × 0.00108167 × 1.91093 = 0.0117 ± 0.00620097: 0.00549903 to 0.01790097
		assertThat(chart.upperLimit(0)).isCloseTo(0.01790097, within(1e-8));
		assertThat(chart.lowerLimit(0)).isCloseTo(0.00549903, within(1e-8));
		// n = 11,000: 0.0117 + 3 × 0.00103133 × 1.91093 = 0.01761239
		assertThat(chart.upperLimit(2)).isCloseTo(0.01761239, within(1e-8));
		assertThat(chart.sigma(0)).isCloseTo(0.00108167 * 1.91093, within(1e-8));
	}

	@Test
	void laneyWithNoEventsStaysOnTheCentreLine() {
		AttributeChart chart = AttributeChart.laneyUPrimeChart(List.of(0L, 0L, 0L), List.of(10, 20, 30));

		assertThat(chart.centre()).isZero();
		assertThat(chart.sigmaZ()).isZero();
		assertThat(chart.upperLimit(1)).isZero();
	}

	@Test
	void rejectsMismatchedOrEmptyInput() {
		assertThatIllegalArgumentException().isThrownBy(() -> AttributeChart.uChart(List.of(1L, 2L), List.of(10)));
		assertThatIllegalArgumentException().isThrownBy(() -> AttributeChart.uChart(List.of(1L), List.of(0)));
		assertThatIllegalArgumentException().isThrownBy(() -> AttributeChart.cChart(List.of()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AttributeChart.laneyUPrimeChart(List.of(1L), List.of(10)));
	}

}
