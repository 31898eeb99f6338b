package org.safercommunities.performance.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The special-cause rules of NHS England's "Making Data Count" as {@code NHSRplotthedots} applies them
 * ({@code R/ptd_calculate_point_type.R}), by {@link #analyse(ControlChart)}: a point outside the process limits; a
 * shift of 7 or more points in a row on one side of the mean (a point on the mean breaks the run); a trend of 7 or
 * more points each higher (or each lower) than the one before (an equal value breaks the run); and two of three
 * consecutive points close to a limit, that is beyond two sigma but inside the limit, with all three on that side of
 * the mean. Run lengths are parameters because some teams use 6. Fewer than 12 points is flagged because Making Data
 * Count advises that limits are unreliable below that.
 */
public final class SpcRules {

	public static final int DEFAULT_RUN_LENGTH = 7;

	public static final int RECOMMENDED_MINIMUM_POINTS = 12;

	private SpcRules() {
	}

	public static SpcAnalysis analyse(ControlChart chart) {
		return analyse(chart, DEFAULT_RUN_LENGTH, DEFAULT_RUN_LENGTH);
	}

	public static SpcAnalysis analyse(ControlChart chart, int shiftPoints, int trendPoints) {
		if (shiftPoints < 2 || trendPoints < 2) {
			throw new IllegalArgumentException("Runs need at least 2 points");
		}
		List<SpcSignal> signals = new ArrayList<>();
		signals.addAll(outsideLimits(chart));
		signals.addAll(twoOfThree(chart));
		signals.addAll(shifts(chart, shiftPoints));
		signals.addAll(trends(chart, trendPoints));
		signals.sort(Comparator.comparingInt(SpcSignal::lastIndex).thenComparing(SpcSignal::rule));
		int latestSide = chart.size() == 0 ? 0 : sideOfMean(chart, chart.size() - 1);
		return new SpcAnalysis(chart.size(), signals, chart.size() < RECOMMENDED_MINIMUM_POINTS, latestSide);
	}

	static List<SpcSignal> outsideLimits(ControlChart chart) {
		List<SpcSignal> signals = new ArrayList<>();
		for (int i = 0; i < chart.size(); i++) {
			double value = chart.values().get(i);
			if (value > chart.upperLimit(i)) {
				signals.add(new SpcSignal(SpcSignal.Rule.OUTSIDE_LIMITS, SpcSignal.Direction.HIGH, i, i, value,
						chart.upperLimit(i)));
			}
			else if (value < chart.lowerLimit(i)) {
				signals.add(new SpcSignal(SpcSignal.Rule.OUTSIDE_LIMITS, SpcSignal.Direction.LOW, i, i, value,
						chart.lowerLimit(i)));
			}
		}
		return signals;
	}

	/** Between the two-sigma line and the limit, "close to the limits" in plot-the-dots. */
	static boolean closeToLimits(ControlChart chart, int i) {
		double value = chart.values().get(i);
		double twoSigma = 2 * chart.sigma(i);
		boolean outside = value > chart.upperLimit(i) || value < chart.lowerLimit(i);
		return !outside && (value > chart.centre() + twoSigma || value < chart.centre() - twoSigma);
	}

	/**
	 * As plot-the-dots does it: a window of three points all on one side of the mean, two or more of them close to
	 * the limits (points outside the limits already signal on their own). The close points are flagged; overlapping
	 * windows on the same side make one signal.
	 */
	static List<SpcSignal> twoOfThree(ControlChart chart) {
		List<SpcSignal> signals = new ArrayList<>();
		for (int side : new int[] { 1, -1 }) {
			int first = -1;
			int last = -1;
			for (int start = 0; start + 3 <= chart.size(); start++) {
				List<Integer> close = new ArrayList<>();
				boolean sameSide = true;
				for (int i = start; i < start + 3; i++) {
					sameSide &= sideOfMean(chart, i) == side;
					if (closeToLimits(chart, i)) {
						close.add(i);
					}
				}
				if (!sameSide || close.size() < 2) {
					continue;
				}
				if (first >= 0 && close.get(0) > last) {
					signals.add(twoOfThreeSignal(chart, side, first, last));
					first = -1;
				}
				first = (first < 0) ? close.get(0) : first;
				last = Math.max(last, close.get(close.size() - 1));
			}
			if (first >= 0) {
				signals.add(twoOfThreeSignal(chart, side, first, last));
			}
		}
		return signals;
	}

	private static SpcSignal twoOfThreeSignal(ControlChart chart, int side, int first, int last) {
		return new SpcSignal(SpcSignal.Rule.TWO_OF_THREE_BEYOND_TWO_SIGMA, direction(side), first, last,
				chart.values().get(last), chart.centre() + side * 2 * chart.sigma(last));
	}

	static List<SpcSignal> shifts(ControlChart chart, int runLength) {
		List<SpcSignal> signals = new ArrayList<>();
		int runStart = 0;
		for (int i = 1; i <= chart.size(); i++) {
			int side = sideOfMean(chart, runStart);
			if (i < chart.size() && side != 0 && sideOfMean(chart, i) == side) {
				continue;
			}
			if (side != 0 && i - runStart >= runLength) {
				signals.add(new SpcSignal(SpcSignal.Rule.SHIFT, direction(side), runStart, i - 1,
						chart.values().get(i - 1), chart.centre()));
			}
			runStart = i;
		}
		return signals;
	}

	private static int sideOfMean(ControlChart chart, int i) {
		return (int) Math.signum(chart.values().get(i) - chart.centre());
	}

	static List<SpcSignal> trends(ControlChart chart, int runLength) {
		List<SpcSignal> signals = new ArrayList<>();
		int runStart = 0;
		int runSide = 0;
		for (int i = 1; i <= chart.size(); i++) {
			int step = (i < chart.size()) ? (int) Math.signum(chart.values().get(i) - chart.values().get(i - 1)) : 0;
			if (step != 0 && (step == runSide || i - 1 == runStart)) {
				runSide = step;
				continue;
			}
			if (runSide != 0 && i - runStart >= runLength) {
				signals.add(new SpcSignal(SpcSignal.Rule.TREND, direction(runSide), runStart, i - 1,
						chart.values().get(i - 1), chart.centre()));
			}
			// A change of direction starts a new run at the turning point; a tie starts it at the later point
			runStart = (step != 0) ? i - 1 : i;
			runSide = step;
		}
		return signals;
	}

	private static SpcSignal.Direction direction(int side) {
		return (side > 0) ? SpcSignal.Direction.HIGH : SpcSignal.Direction.LOW;
	}

}
