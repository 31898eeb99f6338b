package org.safercommunities.performance;

import java.time.LocalDate;

import org.safercommunities.performance.statistics.Polarity;

/**
 * A performance indicator: what is counted (source and filter), the finest geography it is kept at, which way is
 * better, an optional target and a description. Reference data in table indicator.
 *
 * @param priority strategy priority, P1 to P5 (message key performance.priority.P1 ...)
 * @param sourceFilter police.uk crime type for {@link IndicatorSource#POLICE_STREET}; null counts every crime
 * but anti-social behaviour
 */
record Indicator(String code, String name, String priority, IndicatorSource source, String sourceFilter,
		AreaType geography, Polarity polarity, Target target, String description, int order) {

	static final String ALL_STRANDS = "ALL";

	/** A percentage change to reach by a date, against the calendar year {@code baselineYear}. */
	record Target(double percent, int baselineYear, LocalDate by) {
	}

	public boolean hasWards() {
		return geography == AreaType.WARD;
	}

	public boolean hasTarget() {
		return target != null;
	}

}
