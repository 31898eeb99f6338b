package org.safercommunities.performance;

import org.safercommunities.shared.IndicatorCounts;

/**
 * Where an indicator's counts come from: the source it names (table indicator, column source) and the module that
 * provides it through {@link IndicatorCounts}, if any does. A source nobody provides (for example
 * {@code NOT_YET_COLLECTED}, or a module not built yet) is not collected: its indicator shows "No data yet".
 */
record IndicatorSource(String name, IndicatorCounts counts) {

	static IndicatorSource notProvided(String name) {
		return new IndicatorSource(name, null);
	}

	public boolean collected() {
		return counts != null;
	}

	/** The product's own records, which count the month in progress too. */
	public boolean ownRecords() {
		return collected() && counts.ownRecords();
	}

	/** Message key of the attribution line the data needs, or null for the product's own records. */
	public String attributionKey() {
		return collected() ? counts.attributionKey() : null;
	}

}
