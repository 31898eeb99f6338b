package org.safercommunities.performance.statistics;

import java.util.Collection;
import java.util.OptionalDouble;

/**
 * A part of a whole: {@code numerator} of {@code denominator} (32 of 50 cases informed of their rights). Periods
 * add up by summing both parts, so a year's percentage is its numerators over its denominators, never an average of
 * monthly percentages. A denominator of zero has no percentage (nothing to take a share of), which is not 0%.
 */
public record Proportion(long numerator, long denominator) {

	public static final Proportion NONE = new Proportion(0, 0);

	public Proportion {
		if (numerator < 0 || denominator < 0 || numerator > denominator) {
			throw new IllegalArgumentException(numerator + " of " + denominator + " is not a proportion");
		}
	}

	/** The sum of the parts: the proportion of the periods taken together. */
	public static Proportion sum(Collection<Proportion> parts) {
		long numerator = 0;
		long denominator = 0;
		for (Proportion part : parts) {
			numerator += part.numerator();
			denominator += part.denominator();
		}
		return new Proportion(numerator, denominator);
	}

	public boolean hasDenominator() {
		return denominator > 0;
	}

	/** The percentage, 0 to 100; absent when the denominator is zero. */
	public OptionalDouble percent() {
		return hasDenominator() ? OptionalDouble.of(100.0 * numerator / denominator) : OptionalDouble.empty();
	}

}
