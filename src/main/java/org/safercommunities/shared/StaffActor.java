package org.safercommunities.shared;

import java.util.Set;

/**
 * The signed-in staff member as every module sees them: who, which organisation, which roles.
 * The security module's principal implements this, so other modules need not depend on it.
 */
public interface StaffActor {

	long userId();

	String username();

	/** The name colleagues know them by (the account's display name), e.g. as a case's owner. */
	default String displayName() {
		return username();
	}

	long organisationId();

	String organisationName();

	Set<Role> roles();

	default boolean hasRole(Role role) {
		return roles().contains(role);
	}

	default boolean hasAnyRole(Role... candidates) {
		for (Role candidate : candidates) {
			if (hasRole(candidate)) {
				return true;
			}
		}
		return false;
	}

	default boolean belongsTo(long organisation) {
		return organisationId() == organisation;
	}

}
