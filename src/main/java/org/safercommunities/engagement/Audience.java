package org.safercommunities.engagement;

/** Who a training session was for: staff of partner organisations, or residents (a workshop). */
enum Audience {

	STAFF, RESIDENTS;

	public String messageKey() {
		return "engagement.audience." + name();
	}

}
