package org.safercommunities.performance.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * The XmR (individuals and moving range) chart of NHS England's "Making Data Count" and the NHS-R
 * {@code NHSRplotthedots} package, made by {@link #of(List)}: centre = mean, mean moving range = mean of
 * {@code |x_i − x_(i−1)|}, process limits = mean ± 2.66 × mean moving range, sigma = mean moving range / 1.128
 * (2.66 = 3 / 1.128, the d2 constant for ranges of two; Wheeler, "Understanding Variation", 2nd ed., 2000). With a
 * baseline, the mean and moving range come from the first {@code baselinePoints} values only and the limits are
 * extended over the rest. Limits are not floored at zero, as in plot-the-dots. Plot-the-dots also screens out
 * outlying moving ranges by default; {@link #of(List, int, boolean)} offers that.
 */
public record XmrChart(List<Double> values, double mean, double meanMovingRange) implements ControlChart {

	static final double LIMIT_FACTOR = 2.66;

	static final double D2 = 1.128;

	/** D4 for ranges of two: the upper limit of the moving range chart. */
	static final double UPPER_RANGE_FACTOR = 3.267;

	public XmrChart {
		values = List.copyOf(values);
	}

	public static XmrChart of(List<? extends Number> values) {
		return of(values, values.size());
	}

	/** Limits from the first {@code baselinePoints} values, applied to all of them. */
	public static XmrChart of(List<? extends Number> values, int baselinePoints) {
		return of(values, baselinePoints, false);
	}

	/**
	 * As {@link #of(List, int)}, optionally screening the moving ranges as {@code NHSRplotthedots} does by default
	 * ({@code screen_outliers = TRUE}): moving ranges of {@value #UPPER_RANGE_FACTOR} × the mean moving range or more
	 * are dropped and the mean taken again, so one wild month does not widen the limits for every other month.
	 */
	public static XmrChart of(List<? extends Number> values, int baselinePoints, boolean screenMovingRanges) {
		if (baselinePoints < 2 || baselinePoints > values.size()) {
			throw new IllegalArgumentException(
					"An XmR chart needs a baseline of at least 2 points and no more than the series: " + baselinePoints);
		}
		List<Double> doubles = values.stream().map(Number::doubleValue).toList();
		double mean = doubles.subList(0, baselinePoints).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
		List<Double> movingRanges = new ArrayList<>();
		for (int i = 1; i < baselinePoints; i++) {
			movingRanges.add(Math.abs(doubles.get(i) - doubles.get(i - 1)));
		}
		double meanMovingRange = average(movingRanges);
		if (screenMovingRanges) {
			double upperRangeLimit = UPPER_RANGE_FACTOR * meanMovingRange;
			meanMovingRange = average(movingRanges.stream().filter(range -> range < upperRangeLimit).toList());
		}
		return new XmrChart(doubles, mean, meanMovingRange);
	}

	private static double average(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
	}

	@Override
	public double centre() {
		return mean;
	}

	public double upperLimit() {
		return mean + LIMIT_FACTOR * meanMovingRange;
	}

	public double lowerLimit() {
		return mean - LIMIT_FACTOR * meanMovingRange;
	}

	public double sigma() {
		return meanMovingRange / D2;
	}

	@Override
	public double upperLimit(int index) {
		return upperLimit();
	}

	@Override
	public double lowerLimit(int index) {
		return lowerLimit();
	}

	@Override
	public double sigma(int index) {
		return sigma();
	}

}
