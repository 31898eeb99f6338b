package org.safercommunities.centres;

/** Where a centre is in its lifecycle. Only an active centre is listed to the public and owes returns. */
enum CentreStatus {

	APPLICANT, ACTIVE, LAPSED, WITHDRAWN;

	public String messageKey() {
		return "centres.status." + name();
	}

	public String tagClass() {
		return switch (this) {
			case ACTIVE -> "govuk-tag--green";
			case APPLICANT -> "govuk-tag--blue";
			case LAPSED -> "govuk-tag--orange";
			case WITHDRAWN -> "govuk-tag--grey";
		};
	}

}
