package org.safercommunities.organisations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Add or change an organisation. */
class OrganisationForm {

	@NotBlank(message = "{organisation.name.blank}")
	@Size(max = 200, message = "{organisation.name.too-long}")
	private String name;

	@NotNull(message = "{organisation.type.blank}")
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
