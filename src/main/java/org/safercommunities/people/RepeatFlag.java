package org.safercommunities.people;

/**
 * Whether a person is a repeat victim: {@code occasions} distinct reports or cases as a victim within the last
 * {@code months} months, flagged at {@code threshold} or more (default 3 in 12).
 */
public record RepeatFlag(int occasions, int threshold, int months) {

	public boolean flagged() {
		return occasions >= threshold;
	}

}
