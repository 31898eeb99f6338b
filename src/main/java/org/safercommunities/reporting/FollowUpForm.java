package org.safercommunities.reporting;

/** The reporter's reference and secret words, to open their report. Fields in page order. */
class FollowUpForm {

	private String reference;

	private String secret;

	public String getReference() {
		return reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
	}

	public String getSecret() {
		return secret;
	}

	public void setSecret(String secret) {
		this.secret = secret;
	}

}
