package org.safercommunities.organisations;

/** Kinds of partner organisation. A reporting centre is hosted by one of these (see the centres module). */
public enum OrganisationType {

	COUNCIL, POLICE, VICTIM_SERVICE, HOUSING, HEALTH, EDUCATION, CHARITY, FAITH_GROUP, PARTNERSHIP_BOARD, OTHER;

	public String messageKey() {
		return "organisation.type." + name().toLowerCase().replace('_', '-');
	}

}
