package org.safercommunities.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.safercommunities.shared.Role;
import org.safercommunities.shared.StaffActor;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in staff member, kept in the (database-backed) session. */
final class StaffPrincipal implements UserDetails, StaffActor, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long userId;

	private final String username;

	private final String displayName;

	private final long organisationId;

	private final String organisationName;

	private final EnumSet<Role> roles;

	private final boolean enabled;

	private final boolean mustChangePassword;

	private final boolean disabledAsDormant;

	private final boolean secondFactorEnrolled;

	private final boolean secondFactorRequired;

	private String passwordHash;

	StaffPrincipal(StaffUser user, String organisationName, boolean organisationActive, boolean secondFactorRequired) {
		this.userId = user.getId();
		this.username = user.getEmail();
		this.displayName = user.getDisplayName();
		this.organisationId = user.getOrganisationId();
		this.organisationName = organisationName;
		this.roles = user.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.getRoles());
		this.enabled = user.isEnabled() && organisationActive;
		this.mustChangePassword = user.isMustChangePassword();
		this.passwordHash = user.getPasswordHash();
		this.disabledAsDormant = user.getDisabledReason() == StaffUser.DisabledReason.DORMANT;
		this.secondFactorEnrolled = user.isSecondFactorEnrolled();
		this.secondFactorRequired = secondFactorRequired;
	}

	private StaffPrincipal(StaffPrincipal signedIn, boolean mustChangePassword) {
		this.userId = signedIn.userId;
		this.username = signedIn.username;
		this.displayName = signedIn.displayName;
		this.organisationId = signedIn.organisationId;
		this.organisationName = signedIn.organisationName;
		this.roles = EnumSet.copyOf(signedIn.roles.isEmpty() ? EnumSet.noneOf(Role.class) : signedIn.roles);
		this.enabled = signedIn.enabled;
		this.mustChangePassword = mustChangePassword;
		this.disabledAsDormant = signedIn.disabledAsDormant;
		this.secondFactorEnrolled = signedIn.secondFactorEnrolled;
		this.secondFactorRequired = signedIn.secondFactorRequired;
		this.passwordHash = null;
	}

	/**
	 * The same staff member signed in at the council's identity provider: no password was used, so none needs
	 * changing now (a temporary one an administrator set is still asked for at the next password sign-in).
	 */
	StaffPrincipal signedInElsewhere() {
		return new StaffPrincipal(this, false);
	}

	@Override
	public long userId() {
		return userId;
	}

	@Override
	public String username() {
		return username;
	}

	public String displayName() {
		return displayName;
	}

	@Override
	public long organisationId() {
		return organisationId;
	}

	@Override
	public String organisationName() {
		return organisationName;
	}

	@Override
	public Set<Role> roles() {
		return Set.copyOf(roles);
	}

	boolean mustChangePassword() {
		return mustChangePassword;
	}

	boolean disabledAsDormant() {
		return disabledAsDormant;
	}

	/** Set up an authenticator app when they signed in. */
	boolean secondFactorEnrolled() {
		return secondFactorEnrolled;
	}

	/** Their roles see personal data, so they must use an authenticator app. */
	boolean secondFactorRequired() {
		return secondFactorRequired;
	}

	/** A code is asked for at sign-in: the role requires one, or the user chose to set one up. */
	boolean needsSecondFactor() {
		return secondFactorRequired || secondFactorEnrolled;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StaffPrincipal that && that.userId == userId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(userId);
	}

	@Override
	public String toString() {
		// Never the e-mail or name: this may end up in a log line.
		return "StaffPrincipal[userId=" + userId + "]";
	}

}
