package org.safercommunities.shared;

import java.time.YearMonth;

/**
 * An event a module publishes, in the transaction that changed them, when counts of one of its
 * {@link IndicatorCounts} sources change; the dashboard refreshes the months named once the change has committed.
 * A module's own event may implement it (a report sent), or publish {@link #of}.
 */
public interface IndicatorCountsChanged {

	String source();

	IndicatorCounts.Months months();

	static IndicatorCountsChanged of(String source, YearMonth month) {
		return new Change(source, IndicatorCounts.Months.of(month));
	}

	/** A change named by source and months only. */
	record Change(String source, IndicatorCounts.Months months) implements IndicatorCountsChanged {
	}

}
