package org.safercommunities.organisations;

/** Add or change an organisation; {@link OrganisationFormValidator} holds the rules. Fields in page order. */
class OrganisationForm {

	private String name;

	private OrganisationType type;

	private boolean active = true;

	static OrganisationForm of(Organisation organisation) {
		OrganisationForm form = new OrganisationForm();
		form.name = organisation.getName();
		form.type = organisation.getType();
		form.active = organisation.isActive();
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public OrganisationType getType() {
		return type;
	}

	public void setType(OrganisationType type) {
		this.type = type;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

}
