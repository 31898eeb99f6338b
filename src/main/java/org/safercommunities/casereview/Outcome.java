package org.safercommunities.casereview;

/** What the review concluded (published in the annual statistics). */
enum Outcome {

	ACTION_PLAN, NO_FURTHER_ACTION, REFERRED_ELSEWHERE;

	public String messageKey() {
		return "casereview.outcome." + name();
	}

}
