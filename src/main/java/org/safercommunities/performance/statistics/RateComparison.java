package org.safercommunities.performance.statistics;

/**
 * The exact conditional comparison of two Poisson counts made by {@link PoissonRateComparison#compare}: the rate
 * ratio {@code (count1 / exposure1) / (count2 / exposure2)}, its exact 95% interval and the two-sided p-value, as R's
 * {@code poisson.test} reports them. The ratio is infinite when {@code count2} is zero and not a number when both are.
 */
public record RateComparison(long count1, double exposure1, long count2, double exposure2, double rateRatio,
		ConfidenceInterval rateRatioInterval, double pValue) {

	/** Significant at the given level, for example 0.05. */
	public boolean isSignificant(double alpha) {
		return pValue < alpha;
	}

}
