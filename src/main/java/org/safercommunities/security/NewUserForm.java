package org.safercommunities.security;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.safercommunities.shared.Role;

/** The administrator's "add a staff user" form. The password rules are checked by {@link PasswordPolicy}. */
class NewUserForm {

	@NotBlank(message = "{user.display-name.blank}")
	@Size(max = 200, message = "{user.display-name.too-long}")
	private String displayName;

	@NotBlank(message = "{user.email.blank}")
	@Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{user.email.invalid}")
	@Size(max = 254, message = "{user.email.invalid}")
	private String email;

	@NotNull(message = "{user.organisation.blank}")
	private Long organisationId;

	@NotEmpty(message = "{user.roles.blank}")
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
