package org.safercommunities.casereview;

/** Who an incident was reported to, as the application form offers. */
enum ReportedTo {

	COUNCIL, POLICE, HOUSING;

	public String messageKey() {
		return "casereview.reported-to." + name();
	}

}
