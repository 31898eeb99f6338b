package org.safercommunities.centres;

/** The organisation a coordinator registers as a reporting centre. Kept as posted, so anything comes back. */
class RegistrationForm {

	private String organisation;

	/** The chosen organisation's id, or null when none (or not a number) was posted. */
	Long organisationId() {
		try {
			return organisation == null ? null : Long.valueOf(organisation.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	public String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

}
