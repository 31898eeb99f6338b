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
 * every crime but anti-social behaviour); for a percentage indicator, the numerator
 * @param denominatorFilter for a percentage indicator, the measure of the same source that is its denominator
 * (the numerator being {@link #measure()}); null for an indicator of counts
 */
record Indicator(String code, String name, String priority, IndicatorSource source, String sourceFilter,
		String denominatorFilter, AreaType geography, Polarity polarity, Target target, String description, int order) {

	static final String ALL_STRANDS = "ALL";

	/** A percentage change to reach by a date, against the calendar year {@code baselineYear}. */
	record Target(double percent, int baselineYear, LocalDate by) {
	}

	/** The measure of the source this indicator counts. */
	String measure() {
		return sourceFilter == null ? IndicatorCounts.ALL : sourceFilter;
	}

	/**
	 * Whether the indicator is a percentage, numerator over denominator: its figures are {@link RatioFigures}, and
	 * the tests of counts (Poisson, control charts, early warnings, rates, benchmarks) do not apply to it.
	 */
	public boolean ratio() {
		return denominatorFilter != null;
	}

	public boolean hasWards() {
		return geography == AreaType.WARD;
	}

	public boolean hasTarget() {
		return target != null;
	}

}
