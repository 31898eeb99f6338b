package org.safercommunities.performance.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * An upper Poisson CUSUM for sudden rises in a count (Lucas 1985, "Counted data CUSUM's", Technometrics 27(2)), by
 * {@link #detect(List, double, double, double)}: with in-control mean λ0 and the raised mean λ1 worth detecting,
 * reference value k = (λ1 − λ0) / ln(λ1 / λ0), S_t = max(0, S_(t−1) + x_t − k) from S_0 = 0, signalling when
 * S_t ≥ h. After a signal the sum restarts from zero, so a sustained rise keeps signalling every few periods rather
 * than on every one. {@link #DEFAULT_DECISION_INTERVAL} h = 4 is a common starting point; Lucas's tables give h for a
 * chosen in-control average run length.
 */
public final class PoissonCusum {

	public static final double DEFAULT_DECISION_INTERVAL = 4;

	private PoissonCusum() {
	}

	/** The reference value {@code k}, the sums S_t (before any restart) and the periods that signalled. */
	public record Result(double referenceValue, double decisionInterval, List<Double> sums, List<Integer> signals) {

		public Result {
			sums = List.copyOf(sums);
			signals = List.copyOf(signals);
		}

	}

	public static double referenceValue(double inControlMean, double outOfControlMean) {
		if (!(inControlMean > 0) || !(outOfControlMean > inControlMean)) {
			throw new IllegalArgumentException("Need 0 < in-control mean < out-of-control mean");
		}
		return (outOfControlMean - inControlMean) / Math.log(outOfControlMean / inControlMean);
	}

	public static Result detect(List<Long> counts, double inControlMean, double outOfControlMean) {
		return detect(counts, inControlMean, outOfControlMean, DEFAULT_DECISION_INTERVAL);
	}

	public static Result detect(List<Long> counts, double inControlMean, double outOfControlMean,
			double decisionInterval) {
		double k = referenceValue(inControlMean, outOfControlMean);
		List<Double> sums = new ArrayList<>();
		List<Integer> signals = new ArrayList<>();
		double sum = 0;
		for (int t = 0; t < counts.size(); t++) {
			sum = Math.max(0, sum + counts.get(t) - k);
			sums.add(sum);
			if (sum >= decisionInterval) {
				signals.add(t);
				sum = 0;
			}
		}
		return new Result(k, decisionInterval, sums, signals);
	}

}
