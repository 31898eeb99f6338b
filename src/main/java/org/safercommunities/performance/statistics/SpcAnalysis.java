package org.safercommunities.performance.statistics;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The special-cause signals {@link SpcRules#analyse} found on a chart of {@code points} points, and whether the chart
 * has fewer points than Making Data Count recommends (12). {@link #variationIcon(Polarity)} picks the Making Data
 * Count variation icon as {@code NHSRplotthedots} does: special cause if any signal covers the latest point, high or
 * low by which side of the mean that point is on ({@code latestSideOfMean}: +1, −1, or 0 on the line).
 */
public record SpcAnalysis(int points, List<SpcSignal> signals, boolean tooFewPoints, int latestSideOfMean) {

	public SpcAnalysis {
		signals = List.copyOf(signals);
	}

	/** The caution to show beside a chart with too few points, if it has too few. */
	public Optional<String> warning() {
		return warning(Wording.english());
	}

	/** The same in the given wording. */
	public Optional<String> warning(Wording words) {
		return tooFewPoints ? Optional.of(words.text("performance.spc.too-few-points",
				String.valueOf(SpcRules.RECOMMENDED_MINIMUM_POINTS))) : Optional.empty();
	}

	public List<SpcSignal> signalsAt(int index) {
		return signals.stream().filter(signal -> signal.covers(index)).toList();
	}

	public VariationIcon variationIcon(Polarity polarity) {
		return signalsAt(points - 1).stream()
			.min(Comparator.comparing(SpcSignal::rule))
			// A latest point exactly on the mean has no side; fall back to the signal's own direction
			.map(signal -> (latestSideOfMean == 0) ? signal.direction()
					: (latestSideOfMean > 0) ? SpcSignal.Direction.HIGH : SpcSignal.Direction.LOW)
			.map(direction -> VariationIcon.of(direction, polarity))
			.orElse(VariationIcon.COMMON_CAUSE);
	}

}
