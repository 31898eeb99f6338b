package org.safercommunities.performance.statistics;

/**
 * Progress against a percentage-change target such as "+10% recorded hate crime by March 2027", by
 * {@link #assess(long, double, long)}: target volume = baseline × (1 + target% / 100); percentage of the target
 * achieved = (current − baseline) / (target volume − baseline) × 100, so moving the wrong way is negative. On track
 * means at least the share of the change due by now: all of it by default, or {@code fractionOfTimeElapsed} of it
 * for a straight-line trajectory part way through the target period.
 */
public final class TargetProgress {

	private TargetProgress() {
	}

	/** Where an indicator stands against its target. */
	public record Assessment(long baseline, double targetPercentageChange, double targetVolume, long current,
			double percentageChange, double percentageOfTargetAchieved, boolean onTrack) {
	}

	/** Judged against the whole target, as at the target date. */
	public static Assessment assess(long baseline, double targetPercentageChange, long current) {
		return assess(baseline, targetPercentageChange, current, 1.0);
	}

	public static Assessment assess(long baseline, double targetPercentageChange, long current,
			double fractionOfTimeElapsed) {
		if (baseline <= 0) {
			throw new IllegalArgumentException("A percentage target needs a positive baseline: " + baseline);
		}
		if (targetPercentageChange == 0) {
			throw new IllegalArgumentException("A target of no change has no progress to measure");
		}
		if (!(fractionOfTimeElapsed >= 0 && fractionOfTimeElapsed <= 1)) {
			throw new IllegalArgumentException("Fraction of time elapsed must be 0 to 1: " + fractionOfTimeElapsed);
		}
		double targetVolume = baseline * (1 + targetPercentageChange / 100);
		double percentageChange = 100.0 * (current - baseline) / baseline;
		double achieved = 100 * percentageChange / targetPercentageChange;
		// A small tolerance so that exactly meeting the target is not lost to rounding, e.g. 10% of 110
		boolean onTrack = achieved >= 100 * fractionOfTimeElapsed - 1e-9;
		return new Assessment(baseline, targetPercentageChange, targetVolume, current, percentageChange, achieved,
				onTrack);
	}

}
