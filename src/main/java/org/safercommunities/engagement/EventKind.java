package org.safercommunities.engagement;

/** An awareness event (a workshop, an assembly, a community meeting) or an information stand. */
enum EventKind {

	EVENT, STAND;

	public String messageKey() {
		return "engagement.event-kind." + name();
	}

}
