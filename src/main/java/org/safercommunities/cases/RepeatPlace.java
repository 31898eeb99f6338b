package org.safercommunities.cases;

/**
 * What the case page says about a case's place ({@link RepeatPlaces}): whether a postcode is written in it at all
 * ({@code known}), and if so how many cases were opened at it within the last {@code months} months.
 */
public record RepeatPlace(boolean known, int cases, int threshold, int months) {

	public boolean flagged() {
		return known && cases >= threshold;
	}

}
