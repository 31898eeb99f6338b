package org.safercommunities.people;

import java.util.List;

/** A person who may be the one described, and why (for the officer to decide; nothing is merged by itself). */
public record MatchSuggestion(PersonSummary person, List<Reason> reasons) {

	public enum Reason {

		SAME_PHONE, SAME_EMAIL, SAME_NAME, SIMILAR_NAME, ALIAS, SAME_DATE_OF_BIRTH, SAME_POSTCODE

	}

}
