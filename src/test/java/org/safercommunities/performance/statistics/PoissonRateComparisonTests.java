package org.safercommunities.performance.statistics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Reference values: R was not available on the build machine, so each expected value was computed with SciPy 1.17
 * ({@code scipy.stats.binomtest}, the same exact method as R's {@code binom.test}, which {@code poisson.test} calls)
 * or worked by hand, and the equivalent R call is shown. The first test's values are also those printed in R's own
 * help page example.
 */
class PoissonRateComparisonTests {

	@Test
	void matchesTheComparingTwoRatesExampleInRsPoissonTestHelp() {
		// R 4.x ?poisson.test, "Comparing two rates": poisson.test(c(11, 6+8+7), c(800, 1083+1050+878))
		// p-value = 0.07967, rate ratio 1.971488, 95% CI 0.8584264 to 4.2772659.
		// Reproduced to 10 figures with SciPy 1.17: binomtest(11, 32, 800 / 3811), exact proportion CI mapped by
		// p / (1 − p) × 3011 / 800.
		RateComparison comparison = PoissonRateComparison.compare(11, 800, 21, 3011);

		assertThat(comparison.pValue()).isCloseTo(0.07966863303, within(1e-9));
		// (11 / 800) / (21 / 3011)
		assertThat(comparison.rateRatio()).isCloseTo(1.971488095, within(1e-9));
		assertThat(comparison.rateRatioInterval().lower()).isCloseTo(0.8584264034, within(1e-8));
		assertThat(comparison.rateRatioInterval().upper()).isCloseTo(4.277265944, within(1e-8));
		assertThat(comparison.isSignificant(0.05)).isFalse();
	}

	@Test
	void comparesEqualExposuresByDefault() {
		// R 4.x: poisson.test(c(30, 15)), i.e. binom.test(30, 45, p = 0.5): p-value = 0.0357,
		// rate ratio 2, 95% CI 1.042886 to 3.999858 (SciPy 1.17 binomtest(30, 45) gives the same)
		RateComparison comparison = PoissonRateComparison.compare(30, 15);

		assertThat(comparison.pValue()).isCloseTo(0.03569780356, within(1e-9));
		assertThat(comparison.rateRatio()).isEqualTo(2.0);
		assertThat(comparison.rateRatioInterval().lower()).isCloseTo(1.042885737, within(1e-8));
		assertThat(comparison.rateRatioInterval().upper()).isCloseTo(3.999857804, within(1e-8));
		assertThat(comparison.isSignificant(0.05)).isTrue();
	}

	@Test
	void allEventsInTheFirstPeriodCanBeWorkedByHand() {
		// 10 against 0: P(X = 10 | n = 10, p = ½) = 1/1024, doubled for two sides = 0.001953125.
		// Clopper–Pearson lower bound for 10 of 10 solves p^10 = 0.025, so p = 0.025^(1/10) = 0.6915029,
		// ratio = p / (1 − p) = 2.2415215; no upper bound.
		RateComparison comparison = PoissonRateComparison.compare(10, 0);

		assertThat(comparison.pValue()).isCloseTo(0.001953125, within(1e-12));
		assertThat(comparison.rateRatio()).isInfinite();
		double p = Math.pow(0.025, 0.1);
		assertThat(comparison.rateRatioInterval().lower()).isCloseTo(p / (1 - p), within(1e-9))
			.isCloseTo(2.2415215, within(1e-6));
		assertThat(comparison.rateRatioInterval().upper()).isInfinite();
	}

	@Test
	void noEventsInTheFirstPeriodCanBeWorkedByHand() {
		// 0 against 5: two-sided p = 2 × (½)^5 = 0.0625. Upper bound solves (1 − p)^5 = 0.025,
		// p = 1 − 0.025^(1/5) = 0.5218238, ratio = p / (1 − p) = 1.0912791
		RateComparison comparison = PoissonRateComparison.compare(0, 5);

		assertThat(comparison.pValue()).isCloseTo(0.0625, within(1e-12));
		assertThat(comparison.rateRatio()).isZero();
		assertThat(comparison.rateRatioInterval().lower()).isZero();
		assertThat(comparison.rateRatioInterval().upper()).isCloseTo(1.0912791, within(1e-6));
	}

	@Test
	void noEventsAtAllIsNotSignificant() {
		RateComparison comparison = PoissonRateComparison.compare(0, 0);

		assertThat(comparison.pValue()).isEqualTo(1.0);
		assertThat(comparison.rateRatio()).isNaN();
	}

	@Test
	void theSameRateOverUnequalExposureIsNotAChange() {
		// 20 over 1 year against 40 over 2 years: p = 1/3 is exactly expected, so p-value = 1
		RateComparison comparison = PoissonRateComparison.compare(20, 1, 40, 2);

		assertThat(comparison.rateRatio()).isEqualTo(1.0);
		assertThat(comparison.pValue()).isCloseTo(1.0, within(1e-9));
	}

	@Test
	void garwoodIntervalForTenMatchesTheChiSquareQuantiles() {
		// Garwood (1936): [χ²(0.025; 20) / 2, χ²(0.975; 22) / 2] = [4.795389, 18.390356] (SciPy chi2.ppf);
		// R 4.x poisson.test(10)$conf.int computes the same quantiles through qgamma
		ConfidenceInterval interval = PoissonRateComparison.exactInterval(10);

		assertThat(interval.lower()).isCloseTo(4.795388696, within(1e-8));
		assertThat(interval.upper()).isCloseTo(18.39035604, within(1e-8));
	}

	@Test
	void garwoodIntervalsForZeroAndOneCanBeWorkedByHand() {
		// χ² with 2 degrees of freedom is exponential with mean 2, so χ²(q; 2) / 2 = −ln(1 − q):
		// x = 0: upper = −ln(0.025) = 3.688879; x = 1: lower = −ln(0.975) = 0.0253178
		assertThat(PoissonRateComparison.exactInterval(0).lower()).isZero();
		assertThat(PoissonRateComparison.exactInterval(0).upper()).isCloseTo(-Math.log(0.025), within(1e-9));
		assertThat(PoissonRateComparison.exactInterval(1).lower()).isCloseTo(-Math.log(0.975), within(1e-9));
		// x = 1, upper = χ²(0.975; 4) / 2 = 5.571643 (SciPy chi2.ppf; R 4.x poisson.test(1)$conf.int)
		assertThat(PoissonRateComparison.exactInterval(1).upper()).isCloseTo(5.571643391, within(1e-8));
	}

	@Test
	void rejectsNegativeCountsAndExposures() {
		assertThatIllegalArgumentException().isThrownBy(() -> PoissonRateComparison.compare(-1, 3));
		assertThatIllegalArgumentException().isThrownBy(() -> PoissonRateComparison.compare(1, 0, 3, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> PoissonRateComparison.exactInterval(5, 1.0));
	}

}
