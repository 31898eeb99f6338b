package org.safercommunities.security;

import java.util.EnumSet;
import java.util.Set;

import org.safercommunities.shared.Role;

/** The administrator's "add a staff user" form; {@link NewUserFormValidator} holds the rules. Fields in page order. */
class NewUserForm {

	private String displayName;

	private String email;

	private Long organisationId;

	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private String password;

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public Long getOrganisationId() {
		return organisationId;
	}

	public void setOrganisationId(Long organisationId) {
		this.organisationId = organisationId;
	}

	public Set<Role> getRoles() {
		return roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	StaffAccounts.NewStaffUser toRequest() {
		return new StaffAccounts.NewStaffUser(email, displayName, organisationId, roles, password);
	}

}
