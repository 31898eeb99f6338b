package org.safercommunities.engagement;

/** How a Hate Crime Reporting Champion would like to be contacted. */
enum ContactPreference {

	EMAIL, PHONE, TEXT_MESSAGE;

	public String messageKey() {
		return "engagement.contact-preference." + name();
	}

}
