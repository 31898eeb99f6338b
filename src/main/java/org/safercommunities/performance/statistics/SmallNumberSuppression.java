package org.safercommunities.performance.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.IntStream;

/**
 * Small-number suppression for published open data, by {@link #suppress(long)} and {@link #suppressRow(List)}.
 * Primary suppression hides any count below the threshold (default 5, zero included, as the design asks).
 * Secondary suppression stops a shown total revealing a hidden cell: if exactly one cell in a row is hidden, the
 * next smallest cell is hidden too (the first of equals); a total below the threshold is itself hidden. Hidden
 * values are dropped, not just flagged, so they cannot leak into an export; they display as "[c]", the Government
 * Analysis Function symbol for confidential.
 */
public final class SmallNumberSuppression {

	public static final int DEFAULT_THRESHOLD = 5;

	public static final String SUPPRESSED = "[c]";

	private final long threshold;

	private SmallNumberSuppression(long threshold) {
		this.threshold = threshold;
	}

	public static SmallNumberSuppression withDefaultThreshold() {
		return withThreshold(DEFAULT_THRESHOLD);
	}

	public static SmallNumberSuppression withThreshold(long threshold) {
		if (threshold < 1) {
			throw new IllegalArgumentException("Threshold must be at least 1: " + threshold);
		}
		return new SmallNumberSuppression(threshold);
	}

	/** A count safe to publish: empty when suppressed. */
	public record PublishedCount(OptionalLong value) {

		static PublishedCount shown(long value) {
			return new PublishedCount(OptionalLong.of(value));
		}

		static PublishedCount hidden() {
			return new PublishedCount(OptionalLong.empty());
		}

		public boolean suppressed() {
			return value.isEmpty();
		}

		public String display() {
			return value.isPresent() ? Long.toString(value.getAsLong()) : SUPPRESSED;
		}

	}

	/** A row of cells and its total, ready to publish. */
	public record PublishedRow(List<PublishedCount> cells, PublishedCount total) {

		public PublishedRow {
			cells = List.copyOf(cells);
		}

	}

	public PublishedCount suppress(long count) {
		return (count < threshold) ? PublishedCount.hidden() : PublishedCount.shown(count);
	}

	public PublishedRow suppressRow(List<Long> cells) {
		long total = cells.stream().mapToLong(Long::longValue).sum();
		boolean[] hidden = new boolean[cells.size()];
		for (int i = 0; i < cells.size(); i++) {
			hidden[i] = cells.get(i) < threshold;
		}
		boolean hideTotal = total < threshold;
		if (!hideTotal && IntStream.range(0, hidden.length).filter(i -> hidden[i]).count() == 1) {
			// Total minus the other cells would give the hidden one away, so hide the least informative other cell.
			// There always is one: a lone small cell would have made the total small, and so hidden, too.
			IntStream.range(0, cells.size())
				.filter(i -> !hidden[i])
				.boxed()
				.min(Comparator.comparingLong(cells::get))
				.ifPresent(i -> hidden[i] = true);
		}
		List<PublishedCount> published = new ArrayList<>();
		for (int i = 0; i < cells.size(); i++) {
			published.add(hidden[i] ? PublishedCount.hidden() : PublishedCount.shown(cells.get(i)));
		}
		return new PublishedRow(published, hideTotal ? PublishedCount.hidden() : PublishedCount.shown(total));
	}

}
