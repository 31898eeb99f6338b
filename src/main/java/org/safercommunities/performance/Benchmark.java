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
 * "11th of 32" (the words around it are {@code performance.rank.by-rate})
 * @param rankByNumber the same by number ({@code performance.rank.by-number})
 * @param leftOut boroughs left out of the basket and the ranks because the year does not all have data for them
 */
record Benchmark(String groupName, double pooledRatePer1000, List<Row> rows, Optional<String> rank,
		Optional<String> rankByNumber, int leftOut) {

	/** One borough of the basket. */
	record Row(String code, String name, PeerBenchmark.AreaBenchmark figures, boolean selected) {

		/**
		 * Where the borough sits in the funnel, as the end of a message key: {@code performance.benchmark.position.*}
		 * for the table, {@code performance.draft.position.*} inside a sentence.
		 */
		public String position() {
			return switch (figures.at998()) {
				case HIGHER -> "higher-998";
				case LOWER -> "lower-998";
				case SIMILAR -> switch (figures.at95()) {
					case HIGHER -> "higher-95";
					case LOWER -> "lower-95";
					case SIMILAR -> "similar";
				};
			};
		}

	}

	public Optional<Row> selected() {
		return rows.stream().filter(Row::selected).findFirst();
	}

}
