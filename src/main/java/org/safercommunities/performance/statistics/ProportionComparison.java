package org.safercommunities.performance.statistics;

import org.apache.commons.statistics.inference.FisherExactTest;

/**
 * Two proportions compared (this year's against last year's): the difference in percentage points and the
 * two-sided p-value of Fisher's exact test on the 2×2 table (numerator and the rest, each year), the test for two
 * proportions that holds for small numbers too, where a normal approximation does not. Counts tests (Poisson,
 * control charts) do not apply to a percentage. Made by {@link #of}, only when both denominators are above zero.
 */
public record ProportionComparison(Proportion thisYear, Proportion lastYear, double pointsChange, double pValue) {

	public static ProportionComparison of(Proportion thisYear, Proportion lastYear) {
		if (!thisYear.hasDenominator() || !lastYear.hasDenominator()) {
			throw new IllegalArgumentException("Both proportions need a denominator above zero");
		}
		int[][] table = { { Math.toIntExact(thisYear.numerator()), Math.toIntExact(thisYear.denominator() - thisYear.numerator()) },
				{ Math.toIntExact(lastYear.numerator()), Math.toIntExact(lastYear.denominator() - lastYear.numerator()) } };
		double pValue = FisherExactTest.withDefaults().test(table).getPValue();
		double points = thisYear.percent().getAsDouble() - lastYear.percent().getAsDouble();
		return new ProportionComparison(thisYear, lastYear, points, pValue);
	}

	public boolean isSignificant(double alpha) {
		return pValue < alpha;
	}

}
