package org.safercommunities.performance.statistics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Control charts for counts (Montgomery, "Introduction to Statistical Quality Control", ch. 7). {@link #cChart}: a
 * Poisson c-chart for counts over equal exposure, centre c̄, limits c̄ ± 3√c̄. {@link #uChart}: rates over changing
 * exposure, centre ū = Σx / Σn, limits ū ± 3√(ū / n_i). {@link #laneyUPrimeChart}: Laney's u′ chart (Laney 2002,
 * "Improved control charts for attributes", Quality Engineering 14(4)) for over-dispersed rates: z_i = (u_i − ū) /
 * σ_u,i with σ_u,i = √(ū / n_i), σ_z = mean moving range of z / 1.128, limits ū ± 3 σ_u,i σ_z. Lower limits are
 * floored at zero because counts and rates cannot be negative.
 */
public record AttributeChart(Type type, List<Double> values, double centre, List<Double> sigmas, double sigmaZ)
		implements ControlChart {

	/** Which of the three charts this is. */
	public enum Type {

		C, U, LANEY_U_PRIME

	}

	static final double LIMIT_SIGMAS = 3;

	public AttributeChart {
		values = List.copyOf(values);
		sigmas = List.copyOf(sigmas);
	}

	public static AttributeChart cChart(List<Long> counts) {
		requireSome(counts);
		double mean = counts.stream().mapToLong(Long::longValue).average().orElseThrow();
		List<Double> values = counts.stream().map(Long::doubleValue).toList();
		return new AttributeChart(Type.C, values, mean, Collections.nCopies(values.size(), Math.sqrt(mean)), 1);
	}

	public static AttributeChart uChart(List<Long> counts, List<? extends Number> exposures) {
		Rates rates = Rates.of(counts, exposures);
		return new AttributeChart(Type.U, rates.values, rates.mean, rates.sigmas, 1);
	}

	public static AttributeChart laneyUPrimeChart(List<Long> counts, List<? extends Number> exposures) {
		Rates rates = Rates.of(counts, exposures);
		int n = rates.values.size();
		if (n < 2) {
			throw new IllegalArgumentException("Laney's u′ chart needs at least 2 points for a moving range");
		}
		double[] z = new double[n];
		for (int i = 0; i < n; i++) {
			// With no events at all every sigma is zero; such a series is simply on its centre line
			z[i] = (rates.mean == 0) ? 0 : (rates.values.get(i) - rates.mean) / rates.sigmas.get(i);
		}
		double movingRangeTotal = 0;
		for (int i = 1; i < n; i++) {
			movingRangeTotal += Math.abs(z[i] - z[i - 1]);
		}
		double sigmaZ = movingRangeTotal / (n - 1) / XmrChart.D2;
		List<Double> sigmas = rates.sigmas.stream().map(sigma -> sigma * sigmaZ).toList();
		return new AttributeChart(Type.LANEY_U_PRIME, rates.values, rates.mean, sigmas, sigmaZ);
	}

	@Override
	public double lowerLimit(int index) {
		return Math.max(0, centre - LIMIT_SIGMAS * sigmas.get(index));
	}

	@Override
	public double upperLimit(int index) {
		return centre + LIMIT_SIGMAS * sigmas.get(index);
	}

	@Override
	public double sigma(int index) {
		return sigmas.get(index);
	}

	private static void requireSome(List<?> values) {
		if (values.isEmpty()) {
			throw new IllegalArgumentException("A control chart needs at least one point");
		}
	}

	/** Per-point rates u_i = x_i / n_i, pooled rate ū and the Poisson sigma √(ū / n_i). */
	private record Rates(List<Double> values, double mean, List<Double> sigmas) {

		static Rates of(List<Long> counts, List<? extends Number> exposures) {
			requireSome(counts);
			if (counts.size() != exposures.size()) {
				throw new IllegalArgumentException("Need one exposure per count");
			}
			double totalCount = 0;
			double totalExposure = 0;
			List<Double> values = new ArrayList<>();
			for (int i = 0; i < counts.size(); i++) {
				double exposure = exposures.get(i).doubleValue();
				if (!(exposure > 0)) {
					throw new IllegalArgumentException("Exposures must be positive");
				}
				totalCount += counts.get(i);
				totalExposure += exposure;
				values.add(counts.get(i) / exposure);
			}
			double mean = totalCount / totalExposure;
			List<Double> sigmas = exposures.stream().map(exposure -> Math.sqrt(mean / exposure.doubleValue())).toList();
			return new Rates(values, mean, sigmas);
		}

	}

}
