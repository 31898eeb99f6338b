package org.safercommunities.performance.statistics;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Hand-worked from the C2 definition in Hutwagner et al. (2003), "The bioterrorism preparedness and response Early
 * Aberration Reporting System (EARS)", J Urban Health 80(2 Suppl 1): i89–i96, and R's {@code surveillance::earsC}.
 */
class EarsC2Tests {

	@Test
	void comparesEachPeriodWithTheSevenEndingThreeBefore() {
		// Baseline days 0–6: 2, 4, 1, 5, 3, 2, 4; days 7 and 8 are the lag and not used; day 9 is tested.
		// Mean = 21 / 7 = 3; deviations −1, 1, −2, 2, 0, −1, 1 square to 12; sd = √(12 / 6) = √2 = 1.414214
		// C2 = (8 − 3) / √2 = 3.535534: a signal
		List<Long> counts = List.of(2L, 4L, 1L, 5L, 3L, 2L, 4L, 50L, 50L, 8L);

		List<EarsC2.Point> points = EarsC2.detect(counts);

		assertThat(points).singleElement().satisfies(point -> {
			assertThat(point.index()).isEqualTo(9);
			assertThat(point.count()).isEqualTo(8);
			assertThat(point.baselineMean()).isEqualTo(3.0);
			assertThat(point.baselineSd()).isCloseTo(Math.sqrt(2), within(1e-12));
			assertThat(point.c2()).isCloseTo(5 / Math.sqrt(2), within(1e-12)).isCloseTo(3.535534, within(1e-6));
			assertThat(point.signal()).isTrue();
		});
		assertThat(EarsC2.signalIndices(points)).containsExactly(9);
	}

	@Test
	void signalsOnlyAtThreeStandardDeviations() {
		// Same baseline: 7 gives (7 − 3) / √2 = 2.83, not a signal; 8 gives 3.54
		assertThat(EarsC2.detect(List.of(2L, 4L, 1L, 5L, 3L, 2L, 4L, 0L, 0L, 7L)).get(0).signal()).isFalse();
		assertThat(EarsC2.detect(List.of(2L, 4L, 1L, 5L, 3L, 2L, 4L, 0L, 0L, 8L)).get(0).signal()).isTrue();
		// A stricter threshold of 4 is not met by 3.54
		assertThat(EarsC2.detect(List.of(2L, 4L, 1L, 5L, 3L, 2L, 4L, 0L, 0L, 8L), 4, 1).get(0).signal()).isFalse();
	}

	@Test
	void aSmallStandardDeviationIsFlooredAtOne() {
		// Baseline 2, 3, 2, 4, 3, 2, 3: mean 19 / 7 = 2.714286, sd √(3.428571 / 6) = 0.755929, below the floor;
		// C2 = (8 − 2.714286) / 1 = 5.285714 (it would be 6.992 unfloored)
		EarsC2.Point point = EarsC2.detect(List.of(2L, 3L, 2L, 4L, 3L, 2L, 3L, 0L, 0L, 8L)).get(0);

		assertThat(point.baselineSd()).isCloseTo(0.755929, within(1e-6));
		assertThat(point.c2()).isCloseTo(8 - 19.0 / 7, within(1e-12));
	}

	@Test
	void aFlatBaselineUsesTheMinimumStandardDeviation() {
		// Baseline all 2: sd 0, floored at 1. 5 gives (5 − 2) / 1 = 3, a signal; 4 gives 2, not one
		List<EarsC2.Point> points = EarsC2.detect(List.of(2L, 2L, 2L, 2L, 2L, 2L, 2L, 2L, 2L, 5L, 4L));

		assertThat(points).extracting(EarsC2.Point::c2).containsExactly(3.0, 2.0);
		assertThat(EarsC2.signalIndices(points)).containsExactly(9);
		// With no floor (R's earsC default minSigma = 0) the rise is infinitely significant
		assertThat(EarsC2.detect(List.of(2L, 2L, 2L, 2L, 2L, 2L, 2L, 2L, 2L, 3L), 3, 0).get(0).c2()).isInfinite();
	}

	@Test
	void slidesTheBaselineAlong() {
		// Day 10's baseline is days 1–7 (3, 2, 4, 3, 2, 3, 3): mean 20 / 7 = 2.857143
		List<EarsC2.Point> points = EarsC2.detect(List.of(2L, 3L, 2L, 4L, 3L, 2L, 3L, 3L, 9L, 3L, 3L));

		assertThat(points).extracting(EarsC2.Point::index).containsExactly(9, 10);
		assertThat(points.get(1).baselineMean()).isCloseTo(20.0 / 7, within(1e-12));
	}

	@Test
	void tooShortASeriesHasNothingToTest() {
		assertThat(EarsC2.detect(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L))).isEmpty();
	}

}
