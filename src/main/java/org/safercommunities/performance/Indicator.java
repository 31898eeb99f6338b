package org.safercommunities.performance;

import java.time.LocalDate;

import org.safercommunities.performance.statistics.Polarity;
import org.safercommunities.shared.IndicatorCounts;

/**
 * A performance indicator: what is counted (source and filter), the finest geography it is kept at, which way is
 * better, an optional target and a description. Reference data in table indicator.
 *
 * @param priority strategy priority, P1 to P5 (message key performance.priority.P1 ...)
 * @param sourceFilter the measure of the source counted (a police.uk crime type, or {@code CENTRE} for reports a
 * reporting centre took); null counts the source's {@link IndicatorCounts#ALL} measure (for police street data,
 * every crime but anti-social behaviour)
 */
record Indicator(String code, String name, String priority, IndicatorSource source, String sourceFilter,
		AreaType geography, Polarity polarity, Target target, String description, int order) {

	static final String ALL_STRANDS = "ALL";

	/** A percentage change to reach by a date, against the calendar year {@code baselineYear}. */
	record Target(double percent, int baselineYear, LocalDate by) {
	}

	/** The measure of the source this indicator counts. */
	String measure() {
		return sourceFilter == null ? IndicatorCounts.ALL : sourceFilter;
	}

	public boolean hasWards() {
		return geography == AreaType.WARD;
	}

	public boolean hasTarget() {
		return target != null;
	}

}
