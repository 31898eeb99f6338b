package org.safercommunities.performance.statistics;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Benchmarking against a basket of similar areas, the Fingertips (PHE/OHID Public Health Profiles) way, by
 * {@link #compare(List)}: crude rate per 1,000 population; the basket's pooled rate = Σ counts / Σ populations; and
 * exact Poisson funnel limits for an area of population n around the pooled rate, from the expected count
 * E = pooled rate × n: lower = χ²(α/2; 2E) / 2, upper = χ²(1 − α/2; 2E + 2) / 2, divided by n (APHO "Technical
 * Briefing 2: Commonly used public health statistics and their confidence intervals" and PHE "Technical Guide:
 * Funnel plots"; the same chi-square route as Garwood's interval, with a non-integer E). An area outside its 95% or
 * 99.8% limits is significantly higher or lower than its peers at that level. Areas are ranked from the highest rate
 * (1st); equal rates share a rank ("2nd, 2nd, 4th").
 */
public final class PeerBenchmark {

	public static final double PER_POPULATION = 1000;

	private PeerBenchmark() {
	}

	/** An area's count and resident population. */
	public record AreaCount(String area, long count, long population) {

		public AreaCount {
			if (count < 0 || population <= 0) {
				throw new IllegalArgumentException("Need a non-negative count and a positive population for " + area);
			}
		}

		public double ratePer1000() {
			return PER_POPULATION * count / population;
		}

	}

	/** An area's rate against its funnel: above the upper limit, inside, or below the lower limit. */
	public enum Comparison {

		HIGHER, SIMILAR, LOWER

	}

	/** Funnel limits, as rates per 1,000, at 95% and 99.8%. */
	public record FunnelLimits(ConfidenceInterval at95, ConfidenceInterval at998) {
	}

	/** One area against its basket. {@link #rankLabel()} reads like "11th of 32". */
	public record AreaBenchmark(AreaCount area, double ratePer1000, FunnelLimits limits, Comparison at95,
			Comparison at998, int rank, int of) {

		public String rankLabel() {
			return rankText(rank, of);
		}

	}

	/** The basket's pooled rate and each area's benchmark, in the order given. */
	public record Result(double pooledRatePer1000, List<AreaBenchmark> areas) {

		public Result {
			areas = List.copyOf(areas);
		}

	}

	public static Result compare(List<AreaCount> basket) {
		if (basket.isEmpty()) {
			throw new IllegalArgumentException("The basket has no areas");
		}
		double pooledRatePer1000 = PER_POPULATION * basket.stream().mapToLong(AreaCount::count).sum()
				/ basket.stream().mapToLong(AreaCount::population).sum();
		List<AreaBenchmark> benchmarks = new ArrayList<>();
		for (AreaCount area : basket) {
			FunnelLimits limits = funnelLimits(pooledRatePer1000, area.population());
			double rate = area.ratePer1000();
			int rank = 1 + (int) basket.stream().filter(other -> other.ratePer1000() > rate).count();
			benchmarks.add(new AreaBenchmark(area, rate, limits, compare(rate, limits.at95()),
					compare(rate, limits.at998()), rank, basket.size()));
		}
		return new Result(pooledRatePer1000, benchmarks);
	}

	/** The funnel at one population; call it across a range of populations to draw the funnel. */
	public static FunnelLimits funnelLimits(double pooledRatePer1000, double population) {
		double expected = pooledRatePer1000 * population / PER_POPULATION;
		return new FunnelLimits(exactLimits(expected, population, 0.95), exactLimits(expected, population, 0.998));
	}

	private static ConfidenceInterval exactLimits(double expected, double population, double confidence) {
		double alpha = 1 - confidence;
		double lower = (expected == 0) ? 0
				: ChiSquaredDistribution.of(2 * expected).inverseCumulativeProbability(alpha / 2) / 2;
		double upper = ChiSquaredDistribution.of(2 * expected + 2).inverseCumulativeProbability(1 - alpha / 2) / 2;
		return new ConfidenceInterval(PER_POPULATION * lower / population, PER_POPULATION * upper / population);
	}

	private static Comparison compare(double rate, ConfidenceInterval limits) {
		return (rate > limits.upper()) ? Comparison.HIGHER : (rate < limits.lower()) ? Comparison.LOWER
				: Comparison.SIMILAR;
	}

	/**
	 * An area's rank by rate among others, ranked as {@link #compare} ranks them, e.g. "11th of 32", without working
	 * out funnel limits for every one of them.
	 */
	public static String rankLabel(AreaCount area, List<AreaCount> among) {
		double rate = area.ratePer1000();
		int rank = 1 + (int) among.stream().filter(other -> other.ratePer1000() > rate).count();
		return rankText(rank, among.size());
	}

	/** An area's rank by number among others, highest first, e.g. "1st of 32" (ties share the higher place). */
	public static String rankByNumberLabel(AreaCount area, List<AreaCount> among) {
		int rank = 1 + (int) among.stream().filter(other -> other.count() > area.count()).count();
		return rankText(rank, among.size());
	}

	/** "11th of 32", in the bundle's words ({@code performance.rank.of}). */
	private static String rankText(int rank, int of) {
		return Wording.english().text("performance.rank.of", ordinal(rank), String.valueOf(of));
	}

	/**
	 * "11th": the number in the words of its ordinal category (CLDR's English categories: one, two, few, other;
	 * 11th to 13th are other), from the bundle ({@code performance.ordinal.*}).
	 */
	static String ordinal(int n) {
		int lastTwo = n % 100;
		String category = (lastTwo >= 11 && lastTwo <= 13) ? "other" : switch (n % 10) {
			case 1 -> "one";
			case 2 -> "two";
			case 3 -> "few";
			default -> "other";
		};
		return Wording.english().text("performance.ordinal." + category, String.valueOf(n));
	}

}
