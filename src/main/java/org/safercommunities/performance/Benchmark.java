package org.safercommunities.performance;

import java.util.List;
import java.util.Optional;

import org.safercommunities.performance.statistics.PeerBenchmark;

/**
 * An area's rolling year against its basket of similar boroughs (pooled rate, exact Poisson funnel limits) and
 * its rank among every borough with data.
 *
 * @param rows the basket, highest rate first
 * @param rank the selected area's place by rate among the boroughs with data for every month of the year, e.g.
 * "11th of 32 London boroughs"
 * @param rankByNumber the same by number
 * @param leftOut boroughs left out of the basket and the ranks because the year does not all have data for them
 */
record Benchmark(String groupName, double pooledRatePer1000, List<Row> rows, Optional<String> rank,
		Optional<String> rankByNumber, int leftOut) {

	/** One borough of the basket. */
	record Row(String code, String name, PeerBenchmark.AreaBenchmark figures, boolean selected) {

		public String position() {
			return switch (figures.at998()) {
				case HIGHER -> "Higher than similar boroughs (above the 99.8% limit)";
				case LOWER -> "Lower than similar boroughs (below the 99.8% limit)";
				case SIMILAR -> switch (figures.at95()) {
					case HIGHER -> "Higher than similar boroughs (above the 95% limit)";
					case LOWER -> "Lower than similar boroughs (below the 95% limit)";
					case SIMILAR -> "Similar to similar boroughs (within the 95% limits)";
				};
			};
		}

	}

	public Optional<Row> selected() {
		return rows.stream().filter(Row::selected).findFirst();
	}

}
