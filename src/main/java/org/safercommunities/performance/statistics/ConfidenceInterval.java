package org.safercommunities.performance.statistics;

/**
 * A two-sided confidence interval. An upper bound of {@link Double#POSITIVE_INFINITY} means the data cannot bound
 * it (for example a rate ratio when the comparison count is zero).
 */
public record ConfidenceInterval(double lower, double upper) {

	public boolean contains(double value) {
		return value >= lower && value <= upper;
	}

}
