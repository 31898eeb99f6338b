package org.safercommunities.security;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

import org.safercommunities.shared.Role;

/**
 * The administrator's forms on one staff user's page. They come back to the page after a redirect with their
 * errors, so they are serializable. {@link StaffUserFormValidators} holds their rules.
 */
final class StaffUserForms {

	private StaffUserForms() {
	}

	/** The user's roles, all of them at once. */
	static class RolesForm implements Serializable {

		private Set<Role> roles = EnumSet.noneOf(Role.class);

		public Set<Role> getRoles() { return roles; }
		public void setRoles(Set<Role> roles) { this.roles = roles; }

	}

	/** A temporary password the user must change when they next sign in. */
	static class TemporaryPasswordForm implements Serializable {

		private String temporaryPassword;

		public String getTemporaryPassword() { return temporaryPassword; }
		public void setTemporaryPassword(String temporaryPassword) { this.temporaryPassword = temporaryPassword; }

	}

}
