package org.safercommunities.reporting;

/** What a reporter adds to their report from their own page. */
class InformationForm {

	private String information;

	public String getInformation() {
		return information;
	}

	public void setInformation(String information) {
		this.information = information;
	}

}
