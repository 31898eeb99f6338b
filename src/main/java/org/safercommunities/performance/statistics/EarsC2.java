package org.safercommunities.performance.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * The CDC Early Aberration Reporting System C2 ("medium") method (Hutwagner et al. 2003, J Urban Health 80(2) Suppl
 * 1; as implemented by R's {@code surveillance::earsC(method = "C2")}), by {@link #detect(List)}: each period is
 * compared with a baseline of the 7 periods ending 3 periods before it (a 2-period lag, so the start of a rise does
 * not inflate its own baseline). C2 = (x − baseline mean) / baseline sd (sample sd), signalling when C2 ≥ 3. The first
 * 9 periods have no baseline and are not tested. A flat baseline has sd 0, which would make any rise infinitely
 * significant; the sd is floored at {@link #DEFAULT_MINIMUM_SD} = 1 count (like {@code earsC}'s {@code minSigma},
 * whose default is 0), so with a flat baseline it takes at least 3 more than usual to signal, not a single incident.
 */
public final class EarsC2 {

	public static final int BASELINE = 7;

	public static final int LAG = 2;

	public static final double DEFAULT_THRESHOLD = 3;

	public static final double DEFAULT_MINIMUM_SD = 1;

	private EarsC2() {
	}

	/** One tested period. */
	public record Point(int index, long count, double baselineMean, double baselineSd, double c2, boolean signal) {
	}

	public static List<Point> detect(List<Long> counts) {
		return detect(counts, DEFAULT_THRESHOLD, DEFAULT_MINIMUM_SD);
	}

	public static List<Point> detect(List<Long> counts, double threshold, double minimumSd) {
		List<Point> points = new ArrayList<>();
		for (int t = BASELINE + LAG; t < counts.size(); t++) {
			List<Long> baseline = counts.subList(t - LAG - BASELINE, t - LAG);
			double mean = baseline.stream().mapToLong(Long::longValue).average().orElseThrow();
			double squares = baseline.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
			double sd = Math.sqrt(squares / (BASELINE - 1));
			double c2 = (counts.get(t) - mean) / Math.max(sd, minimumSd);
			points.add(new Point(t, counts.get(t), mean, sd, c2, c2 >= threshold));
		}
		return List.copyOf(points);
	}

	public static List<Integer> signalIndices(List<Point> points) {
		return points.stream().filter(Point::signal).map(Point::index).toList();
	}

}
