package org.safercommunities.performance.statistics;

import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.inference.BinomialTest;

/**
 * Exact tests and intervals for Poisson counts. {@link #compare(long, double, long, double)} is the exact conditional
 * test of two rates, the method of R's {@code poisson.test(c(x1, x2), c(t1, t2))}: given the total
 * {@code n = x1 + x2}, {@code x1} is binomial with {@code p = t1 / (t1 + t2)} when the rates are equal, so the
 * two-sided p-value is the exact binomial test and the rate ratio's interval is the Clopper–Pearson interval for
 * {@code p} mapped through {@code p / (1 − p) × t2 / t1}. {@link #exactInterval(long)} is Garwood's (1936) exact
 * interval for one count from chi-square quantiles, the interval Public Health England's tools use for counts.
 */
public final class PoissonRateComparison {

	static final double DEFAULT_CONFIDENCE = 0.95;

	private PoissonRateComparison() {
	}

	/** Two counts over equal exposure, such as this year against last year. */
	public static RateComparison compare(long count1, long count2) {
		return compare(count1, 1.0, count2, 1.0);
	}

	public static RateComparison compare(long count1, double exposure1, long count2, double exposure2) {
		requireCount(count1);
		requireCount(count2);
		if (!(exposure1 > 0) || !(exposure2 > 0)) {
			throw new IllegalArgumentException("Exposures must be positive");
		}
		double rateRatio = (count1 / exposure1) / (count2 / exposure2);
		long total = count1 + count2;
		if (total == 0) {
			// No events at all: nothing to test, and the ratio could be anything
			return new RateComparison(count1, exposure1, count2, exposure2, Double.NaN,
					new ConfidenceInterval(0, Double.POSITIVE_INFINITY), 1.0);
		}
		double p = exposure1 / (exposure1 + exposure2);
		double pValue = BinomialTest.withDefaults().test(Math.toIntExact(total), Math.toIntExact(count1), p).getPValue();
		ConfidenceInterval proportion = clopperPearson(count1, total, DEFAULT_CONFIDENCE);
		double exposureRatio = exposure1 / exposure2;
		ConfidenceInterval ratioInterval = new ConfidenceInterval(odds(proportion.lower()) / exposureRatio,
				odds(proportion.upper()) / exposureRatio);
		return new RateComparison(count1, exposure1, count2, exposure2, rateRatio, ratioInterval, pValue);
	}

	/** Garwood's exact 95% interval for a Poisson count; x = 10 gives [4.795, 18.390]. */
	public static ConfidenceInterval exactInterval(long count) {
		return exactInterval(count, DEFAULT_CONFIDENCE);
	}

	public static ConfidenceInterval exactInterval(long count, double confidence) {
		requireCount(count);
		double alpha = alpha(confidence);
		double lower = (count == 0) ? 0 : ChiSquaredDistribution.of(2.0 * count).inverseCumulativeProbability(alpha / 2) / 2;
		double upper = ChiSquaredDistribution.of(2.0 * count + 2).inverseCumulativeProbability(1 - alpha / 2) / 2;
		return new ConfidenceInterval(lower, upper);
	}

	/** Clopper–Pearson interval for a binomial proportion, from beta quantiles. */
	static ConfidenceInterval clopperPearson(long successes, long trials, double confidence) {
		double alpha = alpha(confidence);
		double lower = (successes == 0) ? 0
				: BetaDistribution.of(successes, trials - successes + 1).inverseCumulativeProbability(alpha / 2);
		double upper = (successes == trials) ? 1
				: BetaDistribution.of(successes + 1, trials - successes).inverseCumulativeProbability(1 - alpha / 2);
		return new ConfidenceInterval(lower, upper);
	}

	private static double odds(double p) {
		return (p >= 1) ? Double.POSITIVE_INFINITY : p / (1 - p);
	}

	private static double alpha(double confidence) {
		if (!(confidence > 0 && confidence < 1)) {
			throw new IllegalArgumentException("Confidence must be between 0 and 1: " + confidence);
		}
		return 1 - confidence;
	}

	private static void requireCount(long count) {
		if (count < 0) {
			throw new IllegalArgumentException("Counts cannot be negative: " + count);
		}
	}

}
